package org.palermo.questionnaires;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.NamingForm;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewRole;
import org.palermo.cycle.Reviewer;
import org.palermo.cycle.ReviewerSlot;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * Prints the server time of a questionnaire of 300 questions, every one answered: the
 * page, the API, and one save. Run with {@code mvn -Pbench verify}; it asserts no timing,
 * only that the pages answer. The template is a published version of cluster II made for
 * the benchmark (43 articles of the Convention, seven questions each).
 */
@SpringBootTest
@AutoConfigureMockMvc
class QuestionnaireBenchmark {

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
	private QuestionnaireService questionnaires;

	@Test
	void printFigures() throws Exception {
		long template = templateOf300Questions();
		CountryReview review = this.cycle.openReview("IT", ThematicCluster.II, 2, LocalDate.now().minusDays(30),
				List.of(new Reviewer("MA", ReviewerSlot.OTHER_GROUP, List.of(Instrument.UNTOC))), null);
		for (String who : List.of("bench-sec", "bench-fp", "bench-ex")) {
			Role role = who.endsWith("sec") ? Role.SECRETARIAT : who.endsWith("fp") ? Role.FOCAL_POINT : Role.EXPERT;
			this.accounts.createDemoAccount(new InvitationForm(who, who, who + "@example.org", role,
					(role == Role.SECRETARIAT) ? null : "IT", null), "a long enough passphrase");
		}
		as("bench-sec");
		this.people.name(review.getId(), new NamingForm("IT", ReviewRole.FOCAL_POINT, "bench-fp", null, null, null,
				"NV/1", LocalDate.now().minusDays(2)));
		as("bench-fp");
		this.people.name(review.getId(),
				new NamingForm(null, ReviewRole.EXPERT, "bench-ex", null, null, null, null, null));
		as("bench-sec");
		this.cycle.advance(review.getId(), this.cycle.review(review.getId()).getVersion());
		as("bench-ex");
		QuestionnaireView view = this.questionnaires.view(review.getId(), "bench-ex");
		assertThat(view.questionnaire().getTemplateId()).isEqualTo(template);
		for (TemplateQuestion question : view.questions()) {
			String value = switch (question.getKind()) {
				case STATUS -> "YES_IN_PART";
				case NEEDS_TYPES -> "CAPACITY_BUILDING,TECHNOLOGY";
				default -> "An answer of a realistic length, ".repeat(20);
			};
			this.questionnaires.save(review.getId(), question.getQuestionKey(), value, null, "bench-ex");
		}
		SecurityContextHolder.clearContext();
		System.out.printf("== Questionnaire benchmark (%d cores, Java %s): %d questions, all answered%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				view.questions().size());
		String page = "/reviews/" + review.getId() + "/questionnaire";
		measure("Questionnaire page, 300 questions (expert)", 50,
				() -> this.mvc.perform(get(page).with(user("bench-ex").roles("EXPERT"))));
		measure("GET /api/reviews/{id}/questionnaire", 50,
				() -> this.mvc.perform(get("/api" + page).with(user("bench-ex").roles("EXPERT"))));
		String explanation = view.questions().get(1).getQuestionKey();
		long[] version = { 1 };
		measure("PUT one answer (a new version each time)", 200, () -> {
			ResultActions result = this.mvc
				.perform(put("/api" + page + "/answers/" + explanation).with(user("bench-ex").roles("EXPERT"))
					.with(csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"value\":\"Version " + (version[0] + 1) + "\",\"version\":" + version[0] + "}"));
			version[0]++;
			return result;
		});
	}

	/** A published template of cluster II, newer than the default, with 301 questions. */
	private long templateOf300Questions() {
		this.jdbc.update(
				"insert into questionnaire_template (cluster, template_version, status, created_at, "
						+ "published_at) values ('II', 900, 'PUBLISHED', ?, ?)",
				Timestamp.from(Instant.now()), Timestamp.from(Instant.now()));
		long id = this.jdbc.queryForObject("select id from questionnaire_template where template_version = 900",
				Long.class);
		int position = 0;
		for (int article = 1; article <= 43; article++) {
			for (QuestionKind kind : QuestionKind.values()) {
				String key = "UNTOC-" + article + "-" + kind.name();
				this.jdbc.update(
						"insert into template_question (template_id, question_key, instrument, article_number, "
								+ "article_title, kind, position, condition_key, prompt_en, guidance_en) "
								+ "values (?, ?, 'UNTOC', ?, ?, ?, ?, ?, ?, ?)",
						id, key, article, "Article " + article, kind.name(), position++,
						(kind == QuestionKind.NEEDS || kind == QuestionKind.NEEDS_TYPES)
								? "UNTOC-" + article + "-STATUS" : null,
						"Question " + key + "?", "Guidance for " + key + ".");
			}
		}
		return id;
	}

	private static void as(String username) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
	}

	private void measure(String label, int runs, Call call) throws Exception {
		for (int i = 0; i < 5; i++) {
			assertThat(call.run().andReturn().getResponse().getStatus()).isEqualTo(200);
		}
		double[] millis = new double[runs];
		double[] cpu = new double[runs];
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			long cpuStart = threads.getCurrentThreadCpuTime();
			int status = call.run().andReturn().getResponse().getStatus();
			cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
			millis[i] = (System.nanoTime() - start) / 1e6;
			assertThat(status).isEqualTo(200);
		}
		Arrays.sort(millis);
		Arrays.sort(cpu);
		// MockMvc serves the request on this thread: its CPU time is the server's work,
		// which other processes on a loaded machine do not inflate as they do the elapsed
		// time.
		System.out.printf("%-45s p50 %7.1f ms   p95 %7.1f ms   CPU p50 %7.1f ms   (%d requests)%n", label,
				millis[runs / 2], millis[(int) (runs * 0.95)], cpu[runs / 2], runs);
	}

	@FunctionalInterface
	private interface Call {

		ResultActions run() throws Exception;

	}

}
