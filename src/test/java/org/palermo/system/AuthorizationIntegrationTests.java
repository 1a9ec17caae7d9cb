package org.palermo.system;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;
import org.palermo.accounts.TestAccounts;
import org.palermo.accounts.TokenScope;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Who may call what, for <em>every</em> endpoint: the list of endpoints comes from
 * Spring's request mappings, and an endpoint without a row in {@link #RULES} fails the
 * build. Every row is asked by every caller, signed in the real way (the sign-in form,
 * the second factor for the secretariat, bearer tokens for API clients): allowed callers
 * must get through, the others must be sent to sign in or refused.
 *
 * <p>
 * Adding an endpoint: add one row, {@code get("/path/{id}", Access.X)} or
 * {@code post(...)}, with an example path if the default ({@code {id}} as 1 for reading,
 * 999999 for changes, {@code {code}} as KE) does not suit.
 */
@SpringBootTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationIntegrationTests {

	/** Who may call an endpoint. */
	enum Access {

		/** Anyone, signed in or not. */
		PUBLIC,
		/** Any signed-in person (a token only where the path is under /api). */
		SIGNED_IN,
		/** The secretariat only. */
		SECRETARIAT,
		/** Focal points only (the page itself then checks the State). */
		FOCAL_POINT,
		/**
		 * Only people with a place in the review, as the review policy decides: none of
		 * the callers here has one (ReviewWorkspaceIntegrationTests checks the members).
		 */
		REVIEW_MEMBERS,
		/**
		 * The review's people and the secretariat (reading a review's internal work): of
		 * the callers here only the secretariat.
		 */
		REVIEW_READERS,
		/**
		 * Those who may add to the library: the secretariat, States' people, civil
		 * society.
		 */
		UPLOADERS,
		/**
		 * A multipart upload whose every role and level
		 * DocumentAuthorizationIntegrationTests checks with real files; here only the
		 * anonymous refusal is.
		 */
		OWN_TABLE,
		/** Members of a civil society organisation (the page then checks which). */
		CIVIL_SOCIETY,
		/** Members of the Extended Bureau. */
		BUREAU,
		/**
		 * The administrator of an organisation: none of the callers here is one
		 * (CivilSocietyIntegrationTests checks the administrator).
		 */
		ORGANISATION_ADMINISTRATOR,
		/**
		 * A State's focal points and the secretariat (the callers' focal point is
		 * Kenya's; TransparencyIntegrationTests checks other States' focal points).
		 */
		STATE_MANAGERS

	}

	/**
	 * Who asks: nobody, a person of each role signed in, or an API client with a token.
	 */
	enum Caller {

		ANONYMOUS(null), SECRETARIAT(Role.SECRETARIAT), FOCAL_POINT(Role.FOCAL_POINT), EXPERT(Role.EXPERT),
		OBSERVER(Role.OBSERVER), CIVIL_SOCIETY(Role.CIVIL_SOCIETY), BUREAU(Role.BUREAU),
		/** An expert's read-only token. */
		EXPERT_READ_TOKEN(Role.EXPERT),
		/** A secretariat's read-and-write token. */
		SECRETARIAT_WRITE_TOKEN(Role.SECRETARIAT);

		final Role role;

		Caller(Role role) {
			this.role = role;
		}

		boolean isToken() {
			return name().endsWith("_TOKEN");
		}

	}

	/**
	 * One row of the table: a mapping (method and pattern as Spring knows it), who may
	 * call it, the path asked, and what an allowed caller gets: a status, or
	 * {@link #REACHED} (anything but a refusal or a server error, for changes asked with
	 * no valid input).
	 */
	record Rule(String method, String pattern, Access access, String example, int okStatus) {

		String key() {
			return this.method + " " + this.pattern;
		}

		@Override
		public String toString() {
			return key();
		}

	}

	static final int REACHED = 0;

	/** The demo review (Kenya, cluster I), open for civil society input. */
	static final String DEMO_REVIEW = "1";

	static Rule get(String pattern, Access access) {
		return new Rule("GET", pattern, access, fill(pattern, "1"), 200);
	}

	static Rule get(String pattern, Access access, String example, int okStatus) {
		return new Rule("GET", pattern, access, example, okStatus);
	}

	static Rule post(String pattern, Access access) {
		return new Rule("POST", pattern, access, fill(pattern, "999999"), REACHED);
	}

	static Rule any(String pattern, Access access, int okStatus) {
		return new Rule("ANY", pattern, access, pattern, okStatus);
	}

	private static String fill(String pattern, String id) {
		return pattern.replace("{id}", id).replace("{code}", "KE").replace("{token}", "no-such-token");
	}

	/** The table: every mapping of the application, once. */
	static final List<Rule> RULES = List.of(
			// system
			get("/", Access.PUBLIC), get("/login", Access.PUBLIC), get("/admin", Access.SECRETARIAT),
			any("/error", Access.PUBLIC, 500),
			// parties and instruments
			get("/parties", Access.PUBLIC), get("/parties/{code}", Access.PUBLIC), get("/api/parties", Access.PUBLIC),
			get("/api/parties/{code}", Access.PUBLIC), get("/api/parties.csv", Access.PUBLIC),
			get("/instruments", Access.PUBLIC), get("/api/instruments", Access.PUBLIC),
			get("/admin/participation", Access.SECRETARIAT),
			get("/admin/participation/imports/{id}", Access.SECRETARIAT, "/admin/participation/imports/999999",
					REACHED),
			post("/admin/participation/imports", Access.SECRETARIAT),
			post("/admin/participation/imports/{id}/apply", Access.SECRETARIAT),
			post("/admin/participation/imports/{id}/discard", Access.SECRETARIAT),
			get("/admin/clusters", Access.SECRETARIAT), get("/admin/clusters/articles/{id}", Access.SECRETARIAT),
			post("/admin/clusters/articles/{id}", Access.SECRETARIAT),
			// audit and notifications
			get("/admin/audit", Access.SECRETARIAT), get("/admin/outbox", Access.SECRETARIAT),
			// drawing and cycle
			get("/drawings", Access.PUBLIC), get("/drawings/{id}", Access.PUBLIC), get("/api/drawings", Access.PUBLIC),
			get("/api/drawings/{id}", Access.PUBLIC), get("/api/drawings/{id}/input.json", Access.PUBLIC),
			get("/api/drawings/{id}/draw.json", Access.PUBLIC), get("/admin/drawings/new", Access.SECRETARIAT),
			post("/admin/drawings", Access.SECRETARIAT), post("/admin/drawings/split", Access.SECRETARIAT),
			post("/admin/drawings/{id}/reveal", Access.SECRETARIAT),
			get("/admin/drawings/{id}/reveal", Access.SECRETARIAT),
			get("/admin/drawings/{id}/cancel", Access.SECRETARIAT),
			post("/admin/drawings/{id}/cancel", Access.SECRETARIAT), get("/reviews/{id}/redraw", Access.REVIEW_MEMBERS),
			new Rule("POST", "/reviews/{id}/redraw", Access.REVIEW_MEMBERS, "/reviews/1/redraw", REACHED),
			get("/admin/drawings/requests/{token}", Access.SECRETARIAT, "/admin/drawings/requests/no-such-token", 404),
			get("/reviews/{id}/redraw/requests/{token}", Access.REVIEW_MEMBERS,
					"/reviews/1/redraw/requests/no-such-token", 404),
			get("/admin/reviews/{id}", Access.SECRETARIAT), post("/admin/reviews/{id}", Access.SECRETARIAT),
			// the review workspace: pages, the people of a review, phases, "My work"
			get("/reviews/{id}", Access.PUBLIC), get("/api/reviews", Access.PUBLIC),
			get("/api/reviews/{id}", Access.PUBLIC), get("/my-work", Access.SIGNED_IN),
			get("/api/me/work", Access.SIGNED_IN), get("/admin/reviews", Access.SECRETARIAT),
			get("/admin/reviews.csv", Access.SECRETARIAT),
			// the review timeline and the secretariat's reviews by step
			get("/reviews/{id}/timeline", Access.REVIEW_READERS), get("/admin/reviews/steps", Access.SECRETARIAT),
			new Rule("POST", "/reviews/{id}/people", Access.SECRETARIAT, "/reviews/1/people", REACHED),
			new Rule("POST", "/reviews/{id}/people/{memberId}/end", Access.SECRETARIAT, "/reviews/1/people/999999/end",
					REACHED),
			get("/reviews/{id}/phase/{action}", Access.SECRETARIAT, "/reviews/1/phase/suspend", 200),
			new Rule("POST", "/reviews/{id}/phase/{action}", Access.SECRETARIAT, "/reviews/1/phase/suspend", REACHED),
			// desk review: written feedback and the list of observations (review 1: the
			// demo review, of which no caller here is a member)
			get("/reviews/{id}/feedback", Access.REVIEW_READERS),
			get("/api/reviews/{id}/feedback", Access.REVIEW_READERS),
			get("/reviews/{id}/observations", Access.REVIEW_READERS),
			get("/api/reviews/{id}/observations", Access.REVIEW_READERS),
			new Rule("POST", "/reviews/{id}/feedback/{articleId}", Access.REVIEW_MEMBERS, "/reviews/1/feedback/1",
					REACHED),
			new Rule("POST", "/reviews/{id}/feedback/send", Access.REVIEW_MEMBERS, "/reviews/1/feedback/send", REACHED),
			new Rule("POST", "/reviews/{id}/observations", Access.REVIEW_MEMBERS, "/reviews/1/observations", REACHED),
			new Rule("POST", "/reviews/{id}/observations/{itemId}", Access.REVIEW_MEMBERS,
					"/reviews/1/observations/999999", REACHED),
			new Rule("POST", "/reviews/{id}/observations/{itemId}/remove", Access.REVIEW_MEMBERS,
					"/reviews/1/observations/999999/remove", REACHED),
			new Rule("POST", "/reviews/{id}/observations/{itemId}/clearance", Access.REVIEW_MEMBERS,
					"/reviews/1/observations/999999/clearance", REACHED),
			new Rule("POST", "/reviews/{id}/observations/{itemId}/comments", Access.REVIEW_MEMBERS,
					"/reviews/1/observations/999999/comments", REACHED),
			new Rule("POST", "/api/reviews/{id}/feedback/{articleId}", Access.REVIEW_MEMBERS,
					"/api/reviews/1/feedback/1", REACHED),
			new Rule("POST", "/api/reviews/{id}/feedback/send", Access.REVIEW_MEMBERS, "/api/reviews/1/feedback/send",
					REACHED),
			new Rule("POST", "/api/reviews/{id}/observations", Access.REVIEW_MEMBERS, "/api/reviews/1/observations",
					REACHED),
			new Rule("POST", "/api/reviews/{id}/observations/{itemId}", Access.REVIEW_MEMBERS,
					"/api/reviews/1/observations/999999", REACHED),
			new Rule("POST", "/api/reviews/{id}/observations/{itemId}/clearance", Access.REVIEW_MEMBERS,
					"/api/reviews/1/observations/999999/clearance", REACHED),
			get("/reviews/{id}/summary", Access.REVIEW_READERS),
			get("/api/reviews/{id}/summary", Access.REVIEW_READERS),
			get("/reviews/{id}/publication", Access.REVIEW_READERS),
			get("/api/reviews/{id}/publication", Access.REVIEW_READERS),
			new Rule("POST", "/reviews/{id}/summary", Access.REVIEW_MEMBERS, "/reviews/1/summary", REACHED),
			new Rule("POST", "/reviews/{id}/summary/from-list", Access.REVIEW_MEMBERS, "/reviews/1/summary/from-list",
					REACHED),
			new Rule("POST", "/reviews/{id}/summary/clearance", Access.REVIEW_MEMBERS, "/reviews/1/summary/clearance",
					REACHED),
			new Rule("POST", "/reviews/{id}/summary/translations/{language}", Access.REVIEW_MEMBERS,
					"/reviews/1/summary/translations/fr", REACHED),
			new Rule("POST", "/reviews/{id}/summary/translations/{language}/file", Access.REVIEW_MEMBERS,
					"/reviews/1/summary/translations/fr/file", REACHED),
			new Rule("POST", "/reviews/{id}/publication/{document}", Access.REVIEW_MEMBERS,
					"/reviews/1/publication/SUMMARY", REACHED),
			new Rule("POST", "/api/reviews/{id}/summary", Access.REVIEW_MEMBERS, "/api/reviews/1/summary", REACHED),
			new Rule("POST", "/api/reviews/{id}/summary/clearance", Access.REVIEW_MEMBERS,
					"/api/reviews/1/summary/clearance", REACHED),
			new Rule("POST", "/api/reviews/{id}/summary/translations/{language}", Access.REVIEW_MEMBERS,
					"/api/reviews/1/summary/translations/fr", REACHED),
			new Rule("POST", "/api/reviews/{id}/publication/{document}", Access.REVIEW_MEMBERS,
					"/api/reviews/1/publication/SUMMARY", REACHED),
			get("/reviews/{id}/observations.{format}", Access.REVIEW_READERS, "/reviews/1/observations.pdf", 200),
			// documents generated in the background: only the person who asked finds one
			new Rule("POST", "/reviews/{id}/documents", Access.REVIEW_READERS, "/reviews/1/documents", REACHED),
			get("/reviews/{id}/documents/{generation}", Access.REVIEW_READERS, "/reviews/1/documents/none", 404),
			get("/reviews/{id}/documents/{generation}/status", Access.REVIEW_READERS,
					"/reviews/1/documents/none/status", 404),
			get("/reviews/{id}/documents/{generation}/file", Access.REVIEW_READERS, "/reviews/1/documents/none/file",
					404),
			get("/reviews/{id}/summary.{format}", Access.REVIEW_READERS, "/reviews/1/summary.docx", REACHED),
			// the dialogue: the secretariat may join it, but not in review 1's phase
			// (naming
			// people)
			get("/reviews/{id}/dialogue", Access.REVIEW_READERS),
			get("/api/reviews/{id}/dialogue", Access.REVIEW_READERS),
			new Rule("POST", "/reviews/{id}/dialogue", Access.REVIEW_MEMBERS, "/reviews/1/dialogue", REACHED),
			new Rule("POST", "/api/reviews/{id}/dialogue", Access.REVIEW_MEMBERS, "/api/reviews/1/dialogue", REACHED),
			get("/admin/general-review", Access.SECRETARIAT), get("/admin/general-review.csv", Access.SECRETARIAT),
			get("/admin/general-review.xlsx", Access.SECRETARIAT),
			// published review documents: public, and 404 until the State publishes
			get("/parties/{code}/reviews/{id}/observations.{format}", Access.PUBLIC,
					"/parties/KE/reviews/1/observations.pdf", 404),
			get("/parties/{code}/reviews/{id}/summary.{format}", Access.PUBLIC, "/parties/KE/reviews/1/summary.pdf",
					404),
			get("/parties/{code}/reviews/{id}/observations", Access.PUBLIC, "/parties/KE/reviews/1/observations", 404),
			get("/parties/{code}/reviews/{id}/summary", Access.PUBLIC, "/parties/KE/reviews/1/summary", 404),
			get("/api/parties/{code}/reviews/{id}/documents", Access.PUBLIC, "/api/parties/KE/reviews/1/documents",
					404),
			// questionnaires: the page, one question, saves, comments, assignments,
			// submission and reopening, the API (review 1 is the demo review of Kenya,
			// cluster I)
			get("/reviews/{id}/questionnaire", Access.REVIEW_READERS),
			get("/reviews/{id}/questionnaire/questions/{questionId}", Access.REVIEW_READERS,
					"/reviews/1/questionnaire/questions/UNTOC-5-STATUS", 200),
			get("/reviews/{id}/questionnaire/submit", Access.REVIEW_MEMBERS, "/reviews/1/questionnaire/submit", 200),
			new Rule("POST", "/reviews/{id}/questionnaire/answers/{questionId}", Access.REVIEW_MEMBERS,
					"/reviews/999999/questionnaire/answers/UNTOC-5-STATUS", REACHED),
			new Rule("POST", "/reviews/{id}/questionnaire/questions/{questionId}/comments", Access.REVIEW_MEMBERS,
					"/reviews/999999/questionnaire/questions/UNTOC-5-STATUS/comments", REACHED),
			new Rule("POST", "/reviews/{id}/questionnaire/questions/{questionId}/reuse", Access.REVIEW_MEMBERS,
					"/reviews/999999/questionnaire/questions/UNTOC-5-STATUS/reuse", REACHED),
			new Rule("POST", "/reviews/{id}/questionnaire/comments/{commentId}/resolve", Access.REVIEW_MEMBERS,
					"/reviews/999999/questionnaire/comments/1/resolve", REACHED),
			post("/reviews/{id}/questionnaire/assignments", Access.REVIEW_MEMBERS),
			post("/reviews/{id}/questionnaire/submit", Access.REVIEW_MEMBERS),
			post("/reviews/{id}/questionnaire/reopen", Access.REVIEW_MEMBERS),
			get("/api/reviews/{id}/questionnaire", Access.REVIEW_READERS),
			new Rule("PUT", "/api/reviews/{id}/questionnaire/answers/{questionId}", Access.REVIEW_MEMBERS,
					"/api/reviews/999999/questionnaire/answers/UNTOC-5-STATUS", REACHED),
			post("/api/reviews/{id}/questionnaire/submit", Access.REVIEW_MEMBERS),
			get("/reviews/{id}/questionnaire/export.docx", Access.REVIEW_READERS),
			get("/reviews/{id}/questionnaire/export.xlsx", Access.REVIEW_READERS),
			get("/reviews/{id}/questionnaire/answers.pdf", Access.REVIEW_READERS),
			get("/api/reviews/{id}/questionnaire/answers.pdf", Access.REVIEW_READERS),
			post("/reviews/{id}/questionnaire/import", Access.REVIEW_MEMBERS),
			post("/reviews/{id}/questionnaire/import/apply", Access.REVIEW_MEMBERS),
			get("/api/reviews/{id}/questionnaire/export.docx", Access.REVIEW_READERS),
			get("/api/reviews/{id}/questionnaire/export.xlsx", Access.REVIEW_READERS),
			post("/api/reviews/{id}/questionnaire/import", Access.REVIEW_MEMBERS),
			// questionnaire evidence: downloads for those who may read the answers,
			// attaching
			// and removing for the State under review's drafters
			get("/reviews/{id}/questionnaire/evidence/{evidenceId}", Access.REVIEW_READERS,
					"/reviews/1/questionnaire/evidence/999999", 404),
			get("/api/reviews/{id}/questionnaire/evidence/{evidenceId}", Access.REVIEW_READERS,
					"/api/reviews/1/questionnaire/evidence/999999", 404),
			new Rule("POST", "/reviews/{id}/questionnaire/questions/{questionId}/evidence", Access.REVIEW_MEMBERS,
					"/reviews/999999/questionnaire/questions/UNTOC-5-STATUS/evidence", REACHED),
			new Rule("POST", "/reviews/{id}/questionnaire/evidence/{evidenceId}/remove", Access.REVIEW_MEMBERS,
					"/reviews/999999/questionnaire/evidence/1/remove", REACHED),
			// moving a draft questionnaire to a newer template version: the focal point
			// only
			get("/reviews/{id}/questionnaire/template-version", Access.REVIEW_MEMBERS,
					"/reviews/1/questionnaire/template-version", 200),
			post("/reviews/{id}/questionnaire/template-version", Access.REVIEW_MEMBERS),
			// the secretariat's editor of questionnaire template versions
			get("/admin/questionnaire-templates", Access.SECRETARIAT),
			post("/admin/questionnaire-templates", Access.SECRETARIAT), get("/admin/questionnaire-templates/{id}",
					Access.SECRETARIAT, "/admin/questionnaire-templates/999999", 404),
			post("/admin/questionnaire-templates/{id}/questions", Access.SECRETARIAT),
			new Rule("POST", "/admin/questionnaire-templates/{id}/questions/{key}/text", Access.SECRETARIAT,
					"/admin/questionnaire-templates/999999/questions/UNTOC-5-STATUS/text", REACHED),
			new Rule("POST", "/admin/questionnaire-templates/{id}/questions/{key}/id", Access.SECRETARIAT,
					"/admin/questionnaire-templates/999999/questions/UNTOC-5-STATUS/id", REACHED),
			new Rule("POST", "/admin/questionnaire-templates/{id}/questions/{key}/remove", Access.SECRETARIAT,
					"/admin/questionnaire-templates/999999/questions/UNTOC-5-STATUS/remove", REACHED),
			post("/admin/questionnaire-templates/{id}/publish", Access.SECRETARIAT),
			// published answers: public, only while published and submitted
			get("/parties/{code}/reviews/{id}/answers", Access.PUBLIC, "/parties/KE/reviews/999999/answers", 404),
			get("/api/parties/{code}/reviews/{id}/answers", Access.PUBLIC, "/api/parties/KE/reviews/999999/answers",
					404),
			get("/reviews/{id}/questionnaire/consultation", Access.CIVIL_SOCIETY),
			new Rule("POST", "/reviews/{id}/questionnaire/consultation/{questionId}", Access.REVIEW_MEMBERS,
					"/reviews/999999/questionnaire/consultation/UNTOC-5-STATUS", REACHED),
			new Rule("POST", "/reviews/{id}/questionnaire/questions/{questionId}/consultations", Access.REVIEW_MEMBERS,
					"/reviews/999999/questionnaire/questions/UNTOC-5-STATUS/consultations", REACHED),
			// documents: library, search, uploads, re-indexing
			get("/library", Access.PUBLIC), get("/library/{id}", Access.PUBLIC, "/library/999999", 404),
			get("/api/search", Access.PUBLIC), get("/api/documents/{id}", Access.PUBLIC, "/api/documents/999999", 404),
			get("/api/documents/{id}/file", Access.PUBLIC, "/api/documents/999999/file", 404),
			post("/api/documents", Access.OWN_TABLE), get("/documents/new", Access.UPLOADERS),
			post("/documents", Access.UPLOADERS), get("/admin/search", Access.SECRETARIAT),
			post("/admin/search/reindex", Access.SECRETARIAT),
			// accounts: sign-in steps, reset, invitations (public), a person's own
			// account
			get("/login/totp", Access.PUBLIC, "/login/totp", 302),
			get("/login/totp-setup", Access.PUBLIC, "/login/totp-setup", 302), post("/login/totp", Access.PUBLIC),
			post("/login/totp-setup", Access.PUBLIC), get("/login/reset", Access.PUBLIC),
			post("/login/reset", Access.PUBLIC), get("/login/reset/{token}", Access.PUBLIC),
			post("/login/reset/{token}", Access.PUBLIC), get("/email-confirmation/{token}", Access.PUBLIC),
			post("/email-confirmation/{token}", Access.PUBLIC),
			get("/invitation/{token}", Access.PUBLIC, "/invitation/no-such-token", REACHED),
			post("/invitation/{token}", Access.PUBLIC), get("/account", Access.SIGNED_IN),
			get("/account/totp", Access.SIGNED_IN), post("/account/totp", Access.SIGNED_IN),
			post("/account/totp/disable", Access.SIGNED_IN), post("/account/recovery-codes", Access.SIGNED_IN),
			get("/account/password", Access.SIGNED_IN), post("/account/password", Access.SIGNED_IN),
			post("/account/tokens", Access.SIGNED_IN), post("/account/tokens/{id}/revoke", Access.SIGNED_IN),
			// passkeys: registering and signing in are Spring Security's filters
			// (/webauthn/**,
			// /login/webauthn), outside the mappings: PasskeyIntegrationTests covers them
			post("/account/passkeys/confirm", Access.SIGNED_IN),
			post("/account/passkeys/{id}/delete", Access.SIGNED_IN),
			// accounts: the secretariat's screens
			get("/admin/accounts", Access.SECRETARIAT), post("/admin/accounts", Access.SECRETARIAT),
			get("/admin/accounts/{id}", Access.SECRETARIAT), post("/admin/accounts/{id}", Access.SECRETARIAT),
			post("/admin/accounts/{id}/disable", Access.SECRETARIAT),
			post("/admin/accounts/{id}/enable", Access.SECRETARIAT),
			post("/admin/accounts/{id}/invitation", Access.SECRETARIAT),
			post("/admin/accounts/{id}/invitation/cancel", Access.SECRETARIAT),
			post("/admin/accounts/{id}/sessions/end", Access.SECRETARIAT),
			get("/admin/security-events", Access.SECRETARIAT),
			// civil society: directory, registration, the organisation's page, country
			// input, constructive dialogues
			get("/organisations", Access.PUBLIC),
			get("/organisations/{id}", Access.PUBLIC, "/organisations/999999", 404),
			get("/organisations/register", Access.PUBLIC), post("/organisations/register", Access.PUBLIC),
			get("/api/organisations", Access.PUBLIC),
			get("/api/organisations/{id}", Access.PUBLIC, "/api/organisations/999999", 404),
			get("/organisation", Access.CIVIL_SOCIETY),
			post("/organisation/members", Access.ORGANISATION_ADMINISTRATOR),
			post("/organisation/listing", Access.ORGANISATION_ADMINISTRATOR),
			get("/api/organisation/inputs", Access.CIVIL_SOCIETY),
			get("/api/organisation/applications", Access.CIVIL_SOCIETY),
			get("/admin/organisations", Access.SECRETARIAT),
			post("/admin/organisations/{id}/verify", Access.SECRETARIAT),
			post("/admin/organisations/{id}/reject", Access.SECRETARIAT),
			get("/reviews/{id}/input", Access.CIVIL_SOCIETY, "/reviews/" + DEMO_REVIEW + "/input", 200),
			new Rule("POST", "/reviews/{id}/input", Access.CIVIL_SOCIETY, "/reviews/" + DEMO_REVIEW + "/input",
					REACHED),
			get("/organisation/inputs/{id}", Access.CIVIL_SOCIETY, "/organisation/inputs/999999", REACHED),
			get("/api/reviews/{id}/inputs", Access.PUBLIC), get("/admin/inputs", Access.SECRETARIAT),
			get("/admin/inputs/{id}", Access.SECRETARIAT, "/admin/inputs/999999", REACHED),
			post("/admin/inputs/{id}/status", Access.SECRETARIAT), get("/dialogues", Access.PUBLIC),
			get("/dialogues/{id}", Access.PUBLIC, "/dialogues/999999", 404),
			get("/dialogues/calendar.ics", Access.PUBLIC),
			get("/dialogues/{id}/calendar.ics", Access.PUBLIC, "/dialogues/999999/calendar.ics", 404),
			get("/api/dialogues", Access.PUBLIC),
			get("/api/dialogues/{id}", Access.PUBLIC, "/api/dialogues/999999", 404),
			get("/dialogues/{id}/apply", Access.CIVIL_SOCIETY, "/dialogues/999999/apply", REACHED),
			post("/dialogues/{id}/applications", Access.CIVIL_SOCIETY),
			new Rule("POST", "/dialogues/{id}/applications/{applicationId}/objections", Access.BUREAU,
					"/dialogues/999999/applications/999999/objections", REACHED),
			post("/dialogues/{id}/statements", Access.CIVIL_SOCIETY), get("/admin/dialogues", Access.SECRETARIAT),
			post("/admin/dialogues", Access.SECRETARIAT),
			get("/admin/dialogues/{id}", Access.SECRETARIAT, "/admin/dialogues/999999", REACHED),
			post("/admin/dialogues/{id}/speakers", Access.SECRETARIAT),
			post("/admin/dialogues/{id}/summary", Access.SECRETARIAT), post("/subscriptions", Access.PUBLIC),
			// national working groups (every role on real groups:
			// NationalGroupIntegrationTests),
			// files of country input
			get("/groups", Access.CIVIL_SOCIETY), post("/groups", Access.ORGANISATION_ADMINISTRATOR),
			get("/admin/groups", Access.SECRETARIAT), get("/groups/{id}", Access.SIGNED_IN, "/groups/999999", 404),
			post("/groups/{id}/invitations", Access.SIGNED_IN), post("/groups/{id}/accept", Access.SIGNED_IN),
			post("/groups/{id}/leave", Access.SIGNED_IN), post("/groups/{id}/coordinator", Access.SIGNED_IN),
			post("/groups/{id}/messages", Access.SIGNED_IN), post("/groups/{id}/files", Access.SIGNED_IN),
			get("/groups/{id}/files/{fileId}", Access.SIGNED_IN, "/groups/999999/files/1", 404),
			get("/groups/{id}/letter", Access.SIGNED_IN, "/groups/999999/letter", 404),
			get("/groups/{id}/letter.pdf", Access.SIGNED_IN, "/groups/999999/letter.pdf", 404),
			post("/groups/{id}/letter/send", Access.SIGNED_IN), get("/api/groups", Access.PUBLIC),
			get("/api/groups/{id}", Access.PUBLIC, "/api/groups/999999", 404),
			get("/api/organisation/groups", Access.CIVIL_SOCIETY),
			post("/organisation/inputs/{id}/files", Access.CIVIL_SOCIETY),
			get("/inputs/{id}/files/{fileId}", Access.PUBLIC, "/inputs/999999/files/1", 404),
			get("/subscriptions/{token}/confirm", Access.PUBLIC, "/subscriptions/no-such-token/confirm", 404),
			post("/subscriptions/{token}/confirm", Access.PUBLIC),
			get("/subscriptions/{token}/unsubscribe", Access.PUBLIC, "/subscriptions/no-such-token/unsubscribe", 404),
			post("/subscriptions/{token}/unsubscribe", Access.PUBLIC),
			// capacity building: the library, events, registration, the secretariat's
			// screens and the API
			get("/capacity", Access.PUBLIC),
			get("/capacity/resources/{id}", Access.PUBLIC, "/capacity/resources/999999", 404),
			get("/capacity/events", Access.PUBLIC),
			get("/capacity/events/{id}", Access.PUBLIC, "/capacity/events/999999", 404),
			get("/capacity/events/{id}/calendar.ics", Access.PUBLIC, "/capacity/events/999999/calendar.ics", 404),
			post("/capacity/events/{id}/registrations", Access.CIVIL_SOCIETY),
			post("/capacity/events/{id}/registrations/cancel", Access.CIVIL_SOCIETY),
			get("/admin/capacity", Access.SECRETARIAT), get("/admin/capacity/resources/new", Access.SECRETARIAT),
			post("/admin/capacity/resources", Access.SECRETARIAT),
			get("/admin/capacity/resources/{id}", Access.SECRETARIAT, "/admin/capacity/resources/999999", REACHED),
			post("/admin/capacity/resources/{id}", Access.SECRETARIAT),
			post("/admin/capacity/resources/{id}/publication", Access.SECRETARIAT),
			get("/admin/capacity/events/new", Access.SECRETARIAT), post("/admin/capacity/events", Access.SECRETARIAT),
			get("/admin/capacity/events/{id}", Access.SECRETARIAT, "/admin/capacity/events/999999", REACHED),
			post("/admin/capacity/events/{id}", Access.SECRETARIAT),
			get("/admin/capacity/events/{id}/registrations.csv", Access.SECRETARIAT,
					"/admin/capacity/events/999999/registrations.csv", REACHED),
			get("/api/capacity/resources", Access.PUBLIC),
			get("/api/capacity/resources/{id}", Access.PUBLIC, "/api/capacity/resources/999999", 404),
			get("/api/capacity/events", Access.PUBLIC),
			get("/api/capacity/events/{id}", Access.PUBLIC, "/api/capacity/events/999999", 404),
			post("/api/capacity/events/{id}/registration", Access.CIVIL_SOCIETY),
			post("/api/capacity/events/{id}/registration/cancel", Access.CIVIL_SOCIETY),
			// OpenAPI (springdoc)
			get("/notifications", Access.SIGNED_IN), post("/notifications/{id}/read", Access.SIGNED_IN),
			post("/notifications/read-all", Access.SIGNED_IN), get("/account/notifications", Access.SIGNED_IN),
			post("/account/notifications", Access.SIGNED_IN), post("/account/language", Access.SIGNED_IN),
			get("/admin/mail", Access.SECRETARIAT), post("/admin/mail/{id}/retry", Access.SECRETARIAT),
			get("/api/me/notifications", Access.SIGNED_IN), post("/api/me/notifications/{id}/read", Access.SIGNED_IN),
			get("/api/me/deadlines", Access.SIGNED_IN),
			get("/calendar/{secret}.ics", Access.PUBLIC, "/calendar/cal_no-such-secret.ics", 404),
			get("/calendar", Access.PUBLIC), get("/calendar.ics", Access.PUBLIC),
			get("/states/{code}/transparency", Access.STATE_MANAGERS),
			post("/states/{code}/transparency", Access.STATE_MANAGERS), get("/account/calendar", Access.SIGNED_IN),
			post("/account/calendar", Access.SIGNED_IN), post("/account/calendar/revoke", Access.SIGNED_IN),
			get("/v3/api-docs", Access.PUBLIC), get("/v3/api-docs.yaml", Access.PUBLIC),
			get("/v3/api-docs/swagger-config", Access.PUBLIC),
			get("/swagger-ui.html", Access.PUBLIC, "/swagger-ui.html", 302));

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	private final Map<Caller, MockHttpSession> sessions = new EnumMap<>(Caller.class);

	private final Map<Caller, String> tokens = new EnumMap<>(Caller.class);

	private List<String> secretariatCodes;

	@BeforeAll
	void signEveryoneIn() throws Exception {
		for (Caller caller : Caller.values()) {
			if (caller == Caller.ANONYMOUS || caller.isToken()) {
				continue;
			}
			if (caller == Caller.SECRETARIAT) {
				TestAccounts.WithSecondFactor secretariat = TestAccounts.createWithSecondFactor(this.accounts,
						Role.SECRETARIAT);
				this.secretariatCodes = new ArrayList<>(secretariat.recoveryCodes());
				this.sessions.put(caller, TestAccounts.signIn(this.mvc, secretariat.account().getUsername(),
						TestAccounts.PASSWORD, this.secretariatCodes.remove(0)));
			}
			else {
				this.sessions.put(caller,
						TestAccounts.signIn(this.mvc, TestAccounts.create(this.accounts, caller.role)));
			}
		}
		Account expert = TestAccounts.create(this.accounts, Role.EXPERT);
		this.tokens.put(Caller.EXPERT_READ_TOKEN,
				this.accounts.createToken(expert.getUsername(), "read", TokenScope.READ, 1, null));
		Account secretariat = TestAccounts.create(this.accounts, Role.SECRETARIAT);
		this.tokens.put(Caller.SECRETARIAT_WRITE_TOKEN,
				this.accounts.createToken(secretariat.getUsername(), "write", TokenScope.READ_WRITE, 1, null));
	}

	/**
	 * Every mapping Spring serves, as "METHOD pattern" ("ANY" when it takes every
	 * method).
	 */
	private Set<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.mappings.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add("ANY " + pattern);
				}
				for (RequestMethod method : methods) {
					endpoints.add(method.name() + " " + pattern);
				}
			}
		}
		return endpoints;
	}

	@Test
	void everyEndpointHasExactlyOneRowAndEveryRowAnEndpoint() {
		Set<String> mapped = mappedEndpoints();
		Set<String> rows = new TreeSet<>();
		List<String> duplicates = new ArrayList<>();
		for (Rule rule : RULES) {
			if (!rows.add(rule.key())) {
				duplicates.add(rule.key());
			}
		}
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(rows);
		Set<String> stale = new TreeSet<>(rows);
		stale.removeAll(mapped);
		assertThat(missing).as("endpoints with no row in AuthorizationIntegrationTests.RULES: add one each").isEmpty();
		assertThat(stale).as("rows for endpoints that no longer exist").isEmpty();
		assertThat(duplicates).as("rows given twice").isEmpty();
	}

	Stream<Arguments> rulesAndCallers() {
		List<Arguments> cases = new ArrayList<>();
		for (Rule rule : RULES) {
			for (Caller caller : Caller.values()) {
				cases.add(Arguments.of(rule, caller));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} as {1}")
	@MethodSource("rulesAndCallers")
	void eachEndpointAnswersEachCallerAsItsRowSays(Rule rule, Caller caller) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request(rule, caller)).andReturn().getResponse();
		boolean api = rule.example().startsWith("/api/");
		int status = response.getStatus();
		String location = response.getHeader("Location");
		boolean sentToSignIn = status == 302 && location != null && location.endsWith("/login");
		if (caller.isToken() && !api) {
			assertThat(status).as("a token outside /api").isEqualTo(401);
			return;
		}
		if (rule.access() == Access.OWN_TABLE) {
			if (caller == Caller.ANONYMOUS) {
				assertThat(status).isIn(302, 401);
			}
			return;
		}
		if (allowed(rule, caller)) {
			if (rule.okStatus() == REACHED) {
				assertThat(status).as("status").isNotIn(401, 403).isLessThan(500);
				assertThat(sentToSignIn).as("sent to sign in").isFalse();
			}
			else {
				assertThat(status).as("status").isEqualTo(rule.okStatus());
			}
		}
		else if (caller == Caller.ANONYMOUS) {
			if (api) {
				assertThat(status).isEqualTo(401);
			}
			else {
				assertThat(sentToSignIn).as("sent to sign in (status " + status + ", " + location + ")").isTrue();
			}
		}
		else {
			assertThat(status).isEqualTo(403);
		}
	}

	private static boolean allowed(Rule rule, Caller caller) {
		if (caller == Caller.EXPERT_READ_TOKEN && !rule.method().equals("GET") && !rule.method().equals("ANY")) {
			return false;
		}
		return switch (rule.access()) {
			case PUBLIC -> true;
			case SIGNED_IN -> caller != Caller.ANONYMOUS;
			case SECRETARIAT, REVIEW_READERS -> caller.role == Role.SECRETARIAT;
			case FOCAL_POINT -> caller.role == Role.FOCAL_POINT;
			case STATE_MANAGERS -> caller.role == Role.FOCAL_POINT || caller.role == Role.SECRETARIAT;
			case REVIEW_MEMBERS, OWN_TABLE, ORGANISATION_ADMINISTRATOR -> false;
			case CIVIL_SOCIETY -> caller.role == Role.CIVIL_SOCIETY;
			case BUREAU -> caller.role == Role.BUREAU;
			case UPLOADERS -> caller.role == Role.SECRETARIAT || caller.role == Role.FOCAL_POINT
					|| caller.role == Role.EXPERT || caller.role == Role.CIVIL_SOCIETY;
		};
	}

	private MockHttpServletRequestBuilder request(Rule rule, Caller caller) throws Exception {
		MockHttpServletRequestBuilder request = switch (rule.method()) {
			case "POST" -> MockMvcRequestBuilders.post(rule.example()).with(csrf());
			case "PUT" -> MockMvcRequestBuilders.put(rule.example())
				.contentType("application/json")
				.content("{\"value\": \"YES\"}")
				.with(csrf());
			default -> MockMvcRequestBuilders.get(rule.example());
		};
		request.with((r) -> {
			r.setRemoteAddr("10.250.0." + (caller.ordinal() + 1));
			return r;
		});
		if (caller.isToken()) {
			return request.header("Authorization", "Bearer " + this.tokens.get(caller));
		}
		MockHttpSession session = this.sessions.get(caller);
		return (session != null) ? request.session(session) : request;
	}

	@Test
	void aChangeWithoutCsrfTokenIsRefusedEvenForTheSecretariat() throws Exception {
		int status = this.mvc
			.perform(MockMvcRequestBuilders.post("/admin/clusters/articles/1")
				.param("version", "0")
				.param("cluster", "I")
				.param("reason", "no token")
				.session(this.sessions.get(Caller.SECRETARIAT)))
			.andReturn()
			.getResponse()
			.getStatus();
		assertThat(status).isEqualTo(403);
	}

	@Test
	void signingOutEndsTheSessionForEveryRole() throws Exception {
		MockHttpSession session = TestAccounts.signIn(this.mvc, TestAccounts.create(this.accounts, Role.BUREAU));
		this.mvc.perform(MockMvcRequestBuilders.post("/logout").with(csrf()).session(session));
		assertThat(this.mvc.perform(MockMvcRequestBuilders.get("/account").session(session))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
	}

	@Test
	void anonymousPostsToTheApiGetProblemJson() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(MockMvcRequestBuilders.post("/api/parties").with(csrf()))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/problem+json");
	}

}
