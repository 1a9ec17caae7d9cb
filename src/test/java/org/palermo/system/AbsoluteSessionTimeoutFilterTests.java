package org.palermo.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class AbsoluteSessionTimeoutFilterTests {

	@Test
	void aSessionOlderThanTheLimitEndsHoweverActive() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Instant created = Instant.ofEpochMilli(session.getCreationTime());
		Clock nineHoursLater = Clock.fixed(created.plus(Duration.ofHours(9)), ZoneOffset.UTC);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
		request.setSession(session);
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain chain = new MockFilterChain();
		new AbsoluteSessionTimeoutFilter(Duration.ofHours(8), nineHoursLater).doFilter(request, response, chain);
		assertThat(session.isInvalid()).isTrue();
		assertThat(response.getRedirectedUrl()).isEqualTo("/login?expired");
		assertThat(chain.getRequest()).isNull();
	}

	@Test
	void aYoungerSessionGoesOn() throws Exception {
		MockHttpSession session = new MockHttpSession();
		Clock sevenHoursLater = Clock.fixed(Instant.ofEpochMilli(session.getCreationTime()).plus(Duration.ofHours(7)),
				ZoneOffset.UTC);
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/account");
		request.setSession(session);
		MockFilterChain chain = new MockFilterChain();
		new AbsoluteSessionTimeoutFilter(Duration.ofHours(8), sevenHoursLater).doFilter(request,
				new MockHttpServletResponse(), chain);
		assertThat(session.isInvalid()).isFalse();
		assertThat(chain.getRequest()).isSameAs(request);
	}

}
