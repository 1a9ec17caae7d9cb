package org.palermo.deskreview;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.palermo.cycle.ReviewDocument;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Written feedback and the list of observations as JSON, for the review's people; the
 * services ask the review policy, so the API allows exactly what the pages allow.
 */
@RestController
@Tag(name = "Desk review")
class DeskReviewApiController {

	private final FeedbackService feedback;

	private final ObservationService observations;

	private final SummaryService summaries;

	private final PublicationService publications;

	DeskReviewApiController(FeedbackService feedback, ObservationService observations, SummaryService summaries,
			PublicationService publications) {
		this.feedback = feedback;
		this.observations = observations;
		this.summaries = summaries;
		this.publications = publications;
	}

	@GetMapping("/api/reviews/{id}/feedback")
	@Operation(summary = "Written feedback: every reviewing State's sent feedback, and the caller's own State's drafts")
	DeskReviewJson.FeedbackJson feedback(@PathVariable long id, Principal principal) {
		return DeskReviewJson.FeedbackJson.of(this.feedback.view(id, principal.getName()));
	}

	@PostMapping("/api/reviews/{id}/feedback/{articleId}")
	@Operation(
			summary = "Drafts the caller's State's feedback on one article (version: the one read; none for a first draft); 409 if it changed meanwhile")
	DeskReviewJson.EntryJson draft(@PathVariable long id, @PathVariable long articleId,
			@RequestBody(required = false) FeedbackForm form, Principal principal) {
		// The policy is asked before the body is read: a refusal never depends on input.
		FeedbackEntry entry = this.feedback.draft(id, articleId,
				(form != null) ? form : new FeedbackForm(null, null, null, null), principal.getName());
		return new DeskReviewJson.EntryJson(entry.getArticleId(), null, 0, entry.getGoodPractices(),
				entry.getChallenges(), entry.getQuestions(), entry.getStatus().name(), entry.getSentAt(),
				entry.getVersion());
	}

	@PostMapping("/api/reviews/{id}/feedback/send")
	@Operation(summary = "The focal point clears and sends every draft of their State to the State under review")
	SentJson send(@PathVariable long id, Principal principal) {
		return new SentJson(this.feedback.send(id, principal.getName()));
	}

	@GetMapping("/api/reviews/{id}/observations")
	@Operation(summary = "The list of observations: items per article with the clearance of each State")
	DeskReviewJson.ObservationsJson observations(@PathVariable long id, Principal principal) {
		return DeskReviewJson.ObservationsJson.of(this.observations.view(id, principal.getName()));
	}

	@PostMapping("/api/reviews/{id}/observations")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds an item (articleId, type, body)")
	ItemCreated add(@PathVariable long id, @RequestBody(required = false) ObservationForm form, Principal principal) {
		ObservationItem item = this.observations.add(id, orEmpty(form), principal.getName());
		return new ItemCreated(item.getId(), item.getRevision(), item.getVersion());
	}

	@PostMapping("/api/reviews/{id}/observations/{itemId}")
	@Operation(
			summary = "Changes an item (type, body, version read): a new revision; every clearance of it is withdrawn; 409 if it changed meanwhile")
	ItemCreated change(@PathVariable long id, @PathVariable long itemId,
			@RequestBody(required = false) ObservationForm form, Principal principal) {
		ObservationItem item = this.observations.change(id, itemId, orEmpty(form), principal.getName());
		return new ItemCreated(item.getId(), item.getRevision(), item.getVersion());
	}

	@PostMapping("/api/reviews/{id}/observations/{itemId}/clearance")
	@Operation(
			summary = "The caller's State clears the revision read, through its focal point; 409 if the item changed since")
	DeskReviewJson.ClearanceJson clear(@PathVariable long id, @PathVariable long itemId,
			@RequestBody(required = false) DeskReviewJson.ClearanceRequest request, Principal principal) {
		ObservationClearance clearance = this.observations.clear(id, itemId,
				(request != null) ? request.revision() : null, principal.getName());
		return new DeskReviewJson.ClearanceJson(clearance.getClearedBy(), clearance.getClearedAt(),
				clearance.getRevision());
	}

	@GetMapping("/api/reviews/{id}/summary")
	@Operation(
			summary = "The summary: text, revision, clearance per State, translations (stale when made from an older revision)")
	DeskReviewJson.SummaryJson summary(@PathVariable long id, Principal principal) {
		return DeskReviewJson.SummaryJson.of(this.summaries.view(id, principal.getName()));
	}

	@PostMapping("/api/reviews/{id}/summary")
	@Operation(
			summary = "Writes the summary (body; language for the first draft; version read); every clearance is withdrawn; 409 if it changed meanwhile")
	DeskReviewJson.SummaryJson saveSummary(@PathVariable long id, @RequestBody(required = false) SummaryForm form,
			Principal principal) {
		this.summaries.save(id, (form != null) ? form : new SummaryForm(null, null, null), principal.getName());
		return DeskReviewJson.SummaryJson.of(this.summaries.view(id, principal.getName()));
	}

	@PostMapping("/api/reviews/{id}/summary/clearance")
	@Operation(
			summary = "The caller's State clears the revision read, through its focal point; 409 if the summary changed since")
	DeskReviewJson.ClearanceJson clearSummary(@PathVariable long id,
			@RequestBody(required = false) DeskReviewJson.ClearanceRequest request, Principal principal) {
		SummaryClearance clearance = this.summaries.clear(id, (request != null) ? request.revision() : null,
				principal.getName());
		return new DeskReviewJson.ClearanceJson(clearance.getClearedBy(), clearance.getClearedAt(),
				clearance.getRevision());
	}

	@PostMapping("/api/reviews/{id}/summary/translations/{language}")
	@Operation(summary = "Enters the summary in one language (ar, zh, en, fr, ru, es), made from the current revision")
	DeskReviewJson.SummaryJson translate(@PathVariable long id, @PathVariable String language,
			@RequestBody(required = false) TranslationForm form, Principal principal) {
		this.summaries.translate(id, language, (form != null) ? form : new TranslationForm(null, null),
				principal.getName());
		return DeskReviewJson.SummaryJson.of(this.summaries.view(id, principal.getName()));
	}

	@GetMapping("/api/reviews/{id}/publication")
	@Operation(summary = "The State under review's publication decisions, document by document")
	List<DeskReviewJson.PublicationJson> publication(@PathVariable long id, Principal principal) {
		return DeskReviewJson.PublicationJson.of(this.publications.view(id, principal.getName()));
	}

	@PostMapping("/api/reviews/{id}/publication/{document}")
	@Operation(
			summary = "The focal point of the State under review publishes (publish=true) or withdraws one document; only an agreed list or summary is published")
	List<DeskReviewJson.PublicationJson> decide(@PathVariable long id, @PathVariable ReviewDocument document,
			@RequestBody(required = false) DeskReviewJson.PublicationRequest request, Principal principal) {
		this.publications.decide(id, document, request != null && request.publish(),
				(request != null) ? request.version() : null, principal.getName());
		return DeskReviewJson.PublicationJson.of(this.publications.view(id, principal.getName()));
	}

	private static ObservationForm orEmpty(ObservationForm form) {
		return (form != null) ? form : new ObservationForm(null, null, null, null);
	}

	/** How many entries were sent. */
	record SentJson(int sent) {
	}

	/** The item as saved. */
	record ItemCreated(long id, int revision, long version) {
	}

}
