package org.palermo.questionnaires;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The answers a State under review published, for everyone: a page linked from its
 * country page, and the same as JSON.
 */
@Controller
@Tag(name = "Published answers", description = "Self-assessment answers the State under review published")
class PublishedAnswersController {

	private final PublishedAnswers published;

	PublishedAnswersController(PublishedAnswers published) {
		this.published = published;
	}

	@GetMapping("/parties/{code}/reviews/{id}/answers")
	String page(@PathVariable String code, @PathVariable long id, Model model) {
		model.addAttribute("view", this.published.view(code, id));
		model.addAttribute("code", code);
		return "questionnaires/public-answers";
	}

	@GetMapping("/api/parties/{code}/reviews/{id}/answers")
	@ResponseBody
	@Operation(summary = "The published self-assessment answers of a review",
			description = "Only while the State under review publishes them and they are submitted; 404 otherwise. "
					+ "Sections and questions as in the questionnaire, each asked question with its answer value.")
	@ApiResponse(responseCode = "200", description = "The answers")
	@ApiResponse(responseCode = "404", description = "Not published (or no such review of this State)")
	PublicAnswersJson json(@PathVariable String code, @PathVariable long id, Locale locale) {
		return PublicAnswersJson.of(this.published.view(code, id), locale);
	}

	/** The published answers as JSON: no version, no author, nothing but the answers. */
	record PublicAnswersJson(long reviewId, String state, String cluster, java.time.Instant submittedAt,
			int templateVersion, List<Section> sections) {

		record Section(String id, String instrument, int article, String title, List<Question> questions) {
		}

		@com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
		record Question(String id, String kind, String prompt, String answer) {
		}

		static PublicAnswersJson of(QuestionnaireView view, Locale locale) {
			return new PublicAnswersJson(view.review().getId(), view.review().getStateUnderReview(),
					view.review().getCluster().name(), view.questionnaire().getSubmittedAt(), view.templateVersion(),
					view.sections()
						.stream()
						.map((s) -> new Section(s.key(), s.instrument().name(), s.article(), s.title(),
								s.questions()
									.stream()
									.filter(view::isAsked)
									.map((q) -> new Question(q.getQuestionKey(), q.getKind().name(), q.prompt(locale),
											(view.answer(q.getQuestionKey()) != null)
													? view.answer(q.getQuestionKey()).getValue() : null))
									.toList()))
						.toList());
		}

	}

}
