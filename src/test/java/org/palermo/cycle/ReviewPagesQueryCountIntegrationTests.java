package org.palermo.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;
import org.palermo.parties.PartyNames;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The pages that list reviews ask the database a fixed number of times however many
 * reviews there are: no query per row can come back unnoticed.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
class ReviewPagesQueryCountIntegrationTests {

	private static final String PASSWORD = "a long enough passphrase";

	/**
	 * Parties to the Convention, of the Caribbean, the Pacific and Asia, that no other
	 * test class puts under review on cluster III: a State taken here would be refused as
	 * a duplicate to a class that names it and runs after (Trinidad and Tobago and Fiji
	 * are reviewed there by other classes, so they are not among them).
	 */
	private static final List<String> STATES = List.of("BB", "BS", "DM", "GD", "KN", "LC", "VC", "AG", "HT", "WS", "TO",
			"VU", "PW", "MH", "FM", "NR", "KI", "TL", "KW", "BH");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private CycleService cycle;

	@Autowired
	private ReviewPeopleService people;

	@Autowired
	private AccountService accounts;

	@Autowired
	private EntityManagerFactory entityManagers;

	@Autowired
	private PartyNames names;

	private Statistics statistics() {
		return this.entityManagers.unwrap(SessionFactory.class).getStatistics();
	}

	/**
	 * The statements one request asks. Hibernate counts for the whole application, so
	 * work of other threads (listeners of the events that naming people publishes, mail
	 * sent after commit) can add to a count: the fewest of three requests is the page's
	 * own, while a query per row would show in every one.
	 */
	private long statementsFor(String path, MockHttpSession session) throws Exception {
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			Statistics statistics = statistics();
			statistics.clear();
			int status = this.mvc.perform(get(path).session(session)).andReturn().getResponse().getStatus();
			assertThat(status).as(path).isEqualTo(200);
			fewest = Math.min(fewest, statistics.getPrepareStatementCount());
		}
		return fewest;
	}

	private MockHttpSession signIn(String username) throws Exception {
		MockHttpSession session = new MockHttpSession();
		this.mvc.perform(
				post("/login").param("username", username).param("password", PASSWORD).with(csrf()).session(session));
		return session;
	}

	private void openReviews(List<String> states, Account secretariat, Account expert) {
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(secretariat.getUsername(), null, List.of()));
		for (String state : states) {
			CountryReview review = this.cycle.openReview(state, ThematicCluster.III, 2, LocalDate.now(),
					List.of(new Reviewer("JM", ReviewerSlot.SAME_GROUP, List.of(Instrument.UNTOC))), null);
			this.people.name(review.getId(),
					new NamingForm("JM", ReviewRole.EXPERT, expert.getUsername(), null, null, null, null, null));
		}
		SecurityContextHolder.clearContext();
	}

	@Test
	void listingPagesAskTheSameNumberOfQueriesForFewAndForManyReviews() throws Exception {
		String tag = String.valueOf(System.nanoTime() % 100000);
		Account secretariat = this.accounts.createDemoAccount(new InvitationForm("qc-sec" + tag, "Secretariat " + tag,
				"qc-sec" + tag + "@example.org", Role.SECRETARIAT, null, null), PASSWORD);
		Account expert = this.accounts.createDemoAccount(new InvitationForm("qc-ex" + tag, "Expert " + tag,
				"qc-ex" + tag + "@example.org", Role.EXPERT, "JM", null), PASSWORD);
		// Other test classes share the database: leave out States already under review
		// in cluster III.
		List<String> busy = this.jdbc.queryForList(
				"select state_under_review from country_review where cluster = 'III' and active_key is not null",
				String.class);
		List<String> states = STATES.stream().filter((state) -> !busy.contains(state)).toList();
		openReviews(states.subList(0, 2), secretariat, expert);
		MockHttpSession asSecretariat = signIn(secretariat.getUsername());
		MockHttpSession asExpert = signIn(expert.getUsername());
		List<String> pages = List.of("/admin/reviews", "/api/reviews", "/my-work", "/api/me/work", "/parties/JM",
				"/calendar", "/admin/reviews/steps");
		long[] few = new long[pages.size()];
		for (int i = 0; i < pages.size(); i++) {
			few[i] = statementsFor(pages.get(i), pages.get(i).contains("admin") ? asSecretariat : asExpert);
		}
		openReviews(states.subList(2, states.size()), secretariat, expert);
		for (int i = 0; i < pages.size(); i++) {
			long many = statementsFor(pages.get(i), pages.get(i).contains("admin") ? asSecretariat : asExpert);
			assertThat(many).as(pages.get(i) + " with " + (states.size() - 2) + " more reviews").isEqualTo(few[i]);
		}
		String last = states.get(states.size() - 1);
		assertThat(this.mvc.perform(get("/my-work").session(asExpert)).andReturn().getResponse().getContentAsString())
			.contains(this.names.name(last, Locale.ENGLISH));
	}

}
