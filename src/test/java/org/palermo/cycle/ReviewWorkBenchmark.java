package org.palermo.cycle;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Prints the server time of "My work" and of the secretariat's review table at real size:
 * every party, five cycles of four clusters (1,000 reviews), about 10,000 people. Run
 * with {@code mvn -Pbench verify}; it asserts no timing, only that the pages answer.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReviewWorkBenchmark {

	private static final String[] CLUSTERS = { "I", "II", "III", "IV" };

	@Autowired
	private MockMvc mvc;

	@Autowired
	private JdbcTemplate jdbc;

	private final List<String> focalPoints = new ArrayList<>();

	private final List<String> experts = new ArrayList<>();

	@Test
	void printFigures() throws Exception {
		long started = System.nanoTime();
		int reviews = generate();
		System.out.printf(
				"== Review workspace benchmark (%d cores, Java %s): %d reviews, %d people, generated in %.1f s%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), reviews,
				this.focalPoints.size() + this.experts.size(), (System.nanoTime() - started) / 1e9);
		Random random = new Random(7);
		RequestPostProcessor secretariat = user("secretariat").roles("SECRETARIAT");
		measure("My work, a focal point in 20 reviews", 200, () -> {
			String who = this.focalPoints.get(random.nextInt(this.focalPoints.size()));
			return this.mvc.perform(get("/my-work").with(user(who).roles("FOCAL_POINT")));
		});
		measure("My work, an expert in one review", 200, () -> {
			String who = this.experts.get(random.nextInt(this.experts.size()));
			return this.mvc.perform(get("/my-work").with(user(who).roles("EXPERT")));
		});
		measure("GET /api/me/work, a focal point", 200, () -> {
			String who = this.focalPoints.get(random.nextInt(this.focalPoints.size()));
			return this.mvc.perform(get("/api/me/work").with(user(who).roles("FOCAL_POINT")));
		});
		measure("Secretariat table, every review", 50, () -> this.mvc.perform(get("/admin/reviews").with(secretariat)));
		measure("Secretariat table, one cluster and phase", 100, () -> this.mvc
			.perform(get("/admin/reviews").param("cluster", "II").param("phase", "NAMING_PEOPLE").with(secretariat)));
		measure("Secretariat CSV export, every review", 50,
				() -> this.mvc.perform(get("/admin/reviews.csv").with(secretariat)));
	}

	interface Call {

		org.springframework.test.web.servlet.ResultActions run() throws Exception;

	}

	private void measure(String label, int runs, Call call) throws Exception {
		for (int i = 0; i < 20; i++) {
			call.run();
		}
		double[] millis = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			int status = call.run().andReturn().getResponse().getStatus();
			millis[i] = (System.nanoTime() - start) / 1e6;
			assertThat(status).as(label).isEqualTo(200);
		}
		Arrays.sort(millis);
		System.out.printf("%-45s p50 %7.1f ms   p95 %7.1f ms   (%d requests)%n", label, millis[runs / 2],
				millis[(int) Math.ceil(runs * 0.95) - 1], runs);
	}

	/** Five cycles of every cluster for 50 States, each review with about ten people. */
	private int generate() {
		List<String> states = this.jdbc.queryForList(
				"select code from state_party p where exists (select 1 from participation x where x.party_code = p.code) order by code",
				String.class);
		Timestamp now = Timestamp.from(Instant.now());
		List<Object[]> accounts = new ArrayList<>();
		for (String state : states) {
			String name = "bench-fp-" + state.toLowerCase();
			this.focalPoints.add(name);
			accounts
				.add(new Object[] { name, "Focal point " + state, name + "@bench.invalid", "FOCAL_POINT", state, now });
		}
		int review = 0;
		List<long[]> plan = new ArrayList<>();
		for (int cycle = 2; cycle <= 6; cycle++) {
			for (int k = 0; k < CLUSTERS.length; k++) {
				for (int i = 0; i < 50; i++) {
					review++;
					plan.add(new long[] { cycle, k, (i + cycle * 7 + k * 13) % states.size() });
				}
			}
		}
		for (int r = 0; r < plan.size(); r++) {
			String state = states.get((int) plan.get(r)[2]);
			for (int p = 0; p < 9; p++) {
				String name = "bench-" + r + "-" + p;
				this.experts.add(name);
				accounts.add(new Object[] { name, "Expert " + r + "." + p, name + "@bench.invalid",
						(p < 7) ? "EXPERT" : "OBSERVER", state, now });
			}
		}
		this.jdbc.batchUpdate(
				"insert into account (username, display_name, email, role, party_code, enabled, created_at) values (?, ?, ?, ?, ?, true, ?)",
				accounts);
		for (int r = 0; r < plan.size(); r++) {
			long[] p = plan.get(r);
			String sur = states.get((int) p[2]);
			String reviewer1 = states.get((int) ((p[2] + 1) % states.size()));
			String reviewer2 = states.get((int) ((p[2] + 2) % states.size()));
			LocalDate start = LocalDate.of(2020 + (int) p[0], 1, 1).plusDays(r % 300);
			this.jdbc.update(
					"insert into country_review (state_under_review, cluster, review_group, phase, review_cycle, active_key, started_on) values (?, ?, ?, 'SELF_ASSESSMENT', ?, ?, ?)",
					sur, CLUSTERS[(int) p[1]], 1 + r % 3, p[0], sur + ":" + CLUSTERS[(int) p[1]] + ":" + p[0], start);
			Long id = this.jdbc.queryForObject("select max(id) from country_review", Long.class);
			this.jdbc.update(
					"insert into country_review_reviewer (review_id, party_code, slot, instruments) values (?, ?, 'SAME_GROUP', 'UNTOC'), (?, ?, 'OTHER_GROUP', 'UNTOC')",
					id, reviewer1, id, reviewer2);
			String[] steps = { "FOCAL_POINTS_NAMED", "EXPERTS_NAMED", "SELF_ASSESSMENT", "WRITTEN_FEEDBACK",
					"LIST_OF_OBSERVATIONS", "SUMMARY" };
			int[] months = { 0, 1, 6, 12, 18, 24 };
			List<Object[]> deadlines = new ArrayList<>();
			for (int s = 0; s < steps.length; s++) {
				deadlines.add(new Object[] { id, steps[s], start.plusMonths(months[s]).plusDays(14) });
			}
			this.jdbc.batchUpdate("insert into country_review_deadline (review_id, step, due_on) values (?, ?, ?)",
					deadlines);
			this.jdbc.update(
					"insert into review_member (review_id, account_id, party_code, role, named_by, named_at, role_key, person_key) "
							+ "select ?, id, party_code, 'FOCAL_POINT', 'bench', ?, ?, ? from account where username = ?",
					id, now, id + ":" + sur + ":FOCAL_POINT", id + ":fp", "bench-fp-" + sur.toLowerCase());
			this.jdbc.update(
					"insert into review_member (review_id, account_id, party_code, role, named_by, named_at, role_key, person_key) "
							+ "select ?, id, party_code, role, 'bench', ?, ? || username, ? || username from account where username like ?",
					id, now, id + ":", id + ":", "bench-" + r + "-_");
		}
		return plan.size();
	}

}
