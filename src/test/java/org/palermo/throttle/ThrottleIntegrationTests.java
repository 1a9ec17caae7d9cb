package org.palermo.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Anonymous requests that send mail are limited per target address and per client address
 * (30 and 5 an hour, as configured), answered 429 with Retry-After in the reader's
 * language or as problem+json, and nothing is sent once over the limit; the count lives
 * in the database, so another instance sees it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ThrottleIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ThrottleSettings settings;

	@Test
	void aSixthSubscriptionForTheSameAddressWithinTheHourIsRefusedInTheReadersLanguageAndSendsNothing()
			throws Exception {
		String email = "throttled" + tag() + "@example.org";
		for (int i = 0; i < 5; i++) {
			assertThat(
					send(post("/subscriptions").param("country", "KE").param("email", email), newAddress()).getStatus())
				.isEqualTo(200);
		}
		assertThat(mailsTo(email)).isEqualTo(5);
		MockHttpServletResponse refused = send(
				post("/subscriptions").param("country", "KE").param("email", email).header("Accept-Language", "fr"),
				newAddress());
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(Long.parseLong(refused.getHeader("Retry-After"))).isBetween(1L, 3601L);
		assertThat(refused.getContentAsString()).contains("Trop de demandes").contains("Rien n’a été envoyé");
		assertThat(mailsTo(email)).isEqualTo(5);
		// The same address typed differently is the same target.
		assertThat(send(post("/subscriptions").param("country", "KE").param("email", " " + email.toUpperCase()),
				newAddress())
			.getStatus()).isEqualTo(429);
		// Another address is not affected.
		assertThat(send(post("/subscriptions").param("country", "KE").param("email", "other" + email), newAddress())
			.getStatus()).isEqualTo(200);
	}

	@Test
	void oneClientAddressRegisteringManyOrganisationsIsStoppedAtTheLimitWithProblemJsonWhenAsked() throws Exception {
		String address = newAddress();
		for (int i = 0; i < this.settings.perAddress(); i++) {
			MockHttpServletResponse response = send(
					post("/organisations/register").param("email", "bulk" + tag() + "@example.org"), address);
			assertThat(response.getStatus()).isEqualTo(400);
		}
		MockHttpServletResponse refused = send(
				post("/organisations/register").param("email", "bulk" + tag() + "@example.org")
					.header("Accept", "application/problem+json, application/json"),
				address);
		assertThat(refused.getStatus()).isEqualTo(429);
		assertThat(refused.getContentType()).startsWith("application/problem+json");
		assertThat(refused.getHeader("Retry-After")).isNotBlank();
		assertThat(refused.getContentAsString()).contains("\"status\":429").contains("Retry-After");
		// Another client is not held up by this one.
		assertThat(send(post("/organisations/register").param("email", "bulk" + tag() + "@example.org"), newAddress())
			.getStatus()).isEqualTo(400);
	}

	@Test
	void passwordResetMailsToOneAddressAreLimitedToo() throws Exception {
		String email = "reset" + tag() + "@example.org";
		for (int i = 0; i < this.settings.perEmail(); i++) {
			assertThat(send(post("/login/reset").param("email", email), newAddress()).getStatus()).isLessThan(400);
		}
		assertThat(send(post("/login/reset").param("email", email), newAddress()).getStatus()).isEqualTo(429);
	}

	@Test
	void anotherInstanceSeesTheSameCountAndTheLimitLiftsAfterTheWindow() {
		MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
		ThrottleSettings oneAMinute = new ThrottleSettings(1, 1, Duration.ofMinutes(1));
		AnonymousRequestThrottle first = new AnonymousRequestThrottle(this.jdbc, oneAMinute, clock);
		AnonymousRequestThrottle second = new AnonymousRequestThrottle(this.jdbc, oneAMinute, clock);
		String action = "test-" + tag();
		assertThat(first.tryAcquire(action, "10.1.1.1", "x@example.org")).isEmpty();
		clock.now = clock.now.plusSeconds(20);
		OptionalLong wait = second.tryAcquire(action, "10.1.1.2", "X@example.org");
		assertThat(wait).hasValue(41);
		clock.now = clock.now.plusSeconds(41);
		assertThat(second.tryAcquire(action, "10.1.1.2", "x@example.org")).isEmpty();
	}

	private long mailsTo(String email) {
		Long count = this.jdbc.queryForObject("select count(*) from mail_message where recipient = ?", Long.class,
				email);
		return (count != null) ? count : 0;
	}

	private MockHttpServletResponse send(MockHttpServletRequestBuilder request, String address) throws Exception {
		return this.mvc.perform(request.with(csrf()).with((r) -> {
			r.setRemoteAddr(address);
			return r;
		})).andReturn().getResponse();
	}

	private static String newAddress() {
		int n = SEQUENCE.incrementAndGet();
		return "10.98." + (n / 250) + "." + (n % 250 + 1);
	}

	private static String tag() {
		return System.nanoTime() % 100_000_000 + "x" + SEQUENCE.incrementAndGet();
	}

	static final class MutableClock extends Clock {

		Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
