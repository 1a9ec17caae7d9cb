package org.palermo.cycle;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one place that decides who may do what on a country review, from the person's
 * membership in that review (and the secretariat's global role). Controllers, the API and
 * templates ({@code ${@reviewPolicy.may(#authentication?.name, 'ASK_REDRAW', id)}}) ask
 * it.
 */
@Component("reviewPolicy")
public class ReviewPolicy {

	private final AccountService accounts;

	private final ReviewMemberRepository members;

	private final CountryReviewRepository reviews;

	ReviewPolicy(AccountService accounts, ReviewMemberRepository members, CountryReviewRepository reviews) {
		this.accounts = accounts;
		this.members = members;
		this.reviews = reviews;
	}

	/**
	 * Whether the signed-in person (by user name; none: anonymous) may act on a review.
	 */
	@Transactional(readOnly = true)
	public boolean may(String username, ReviewAction action, long reviewId) {
		Optional<Account> person = person(username);
		Optional<CountryReview> review = this.reviews.findById(reviewId);
		if (person.isEmpty() || review.isEmpty()) {
			return false;
		}
		return decide(person.get(), membershipsIn(person.get(), reviewId), action, review.get());
	}

	/**
	 * Whether the person may act on the review for one State of it: the decision counts
	 * only their places for that State (a reviewing State's drafts and clearance belong
	 * to that State's people alone).
	 */
	@Transactional(readOnly = true)
	public boolean mayFor(String username, ReviewAction action, long reviewId, String partyCode) {
		Optional<Account> person = person(username);
		Optional<CountryReview> review = this.reviews.findById(reviewId);
		if (person.isEmpty() || review.isEmpty() || partyCode == null) {
			return false;
		}
		List<ReviewMember> forParty = membershipsIn(person.get(), reviewId).stream()
			.filter((m) -> m.getPartyCode().equals(partyCode))
			.toList();
		return !forParty.isEmpty() && decide(person.get(), forParty, action, review.get());
	}

	/**
	 * The States a person acts for in a review (none for the secretariat or outsiders).
	 */
	@Transactional(readOnly = true)
	public Set<String> statesActedFor(String username, long reviewId) {
		return person(username)
			.map((p) -> membershipsIn(p, reviewId).stream()
				.map(ReviewMember::getPartyCode)
				.collect(Collectors.toUnmodifiableSet()))
			.orElse(Set.of());
	}

	/** Whether a person may end someone's place in a review. */
	@Transactional(readOnly = true)
	public boolean mayEnd(String username, ReviewMember member) {
		Optional<Account> person = person(username);
		CountryReview review = this.reviews.findById(member.getReviewId()).orElse(null);
		return person.isPresent() && review != null
				&& mayEnd(person.get(), membershipsIn(person.get(), review.getId()), member, review);
	}

	/**
	 * Everything the person may do on the review, decided with one look-up of the person
	 * and their places: what a page asks before showing its links and buttons.
	 */
	@Transactional(readOnly = true)
	public Allowed allowed(String username, CountryReview review) {
		Optional<Account> person = person(username);
		if (person.isEmpty()) {
			return new Allowed(EnumSet.noneOf(ReviewAction.class), Set.of());
		}
		List<ReviewMember> mine = membershipsIn(person.get(), review.getId());
		Set<ReviewAction> actions = EnumSet.noneOf(ReviewAction.class);
		for (ReviewAction action : ReviewAction.values()) {
			if (decide(person.get(), mine, action, review)) {
				actions.add(action);
			}
		}
		Set<Long> endable = new HashSet<>();
		if (actions.contains(ReviewAction.NAME_EXPERT)) {
			for (ReviewMember member : this.members.findByReviewIdAndEndedAtIsNull(review.getId())) {
				if (mayEnd(person.get(), mine, member, review)) {
					endable.add(member.getId());
				}
			}
		}
		return new Allowed(actions, endable);
	}

	private static boolean mayEnd(Account person, List<ReviewMember> mine, ReviewMember member, CountryReview review) {
		if (!person.isEnabled() || !member.isActive() || !review.getPhase().isActive()) {
			return false;
		}
		if (person.getRole() == Role.SECRETARIAT) {
			return true;
		}
		return member.getRole() != ReviewRole.FOCAL_POINT && mine.stream()
			.anyMatch((m) -> m.getRole() == ReviewRole.FOCAL_POINT && m.getPartyCode().equals(member.getPartyCode()));
	}

	/** The actions one person may take on one review, and the places they may end. */
	public record Allowed(Set<ReviewAction> actions, Set<Long> endableMembers) {

		/** For templates: {@code ${allowed.may('NAME_EXPERT')}}. */
		public boolean may(String action) {
			return this.actions.contains(ReviewAction.valueOf(action));
		}

		public boolean mayEnd(long memberId) {
			return this.endableMembers.contains(memberId);
		}

	}

	/**
	 * The rule itself, for one person and their places in one review: a table that tests
	 * read as such.
	 */
	static boolean decide(Account person, List<ReviewMember> mine, ReviewAction action, CountryReview review) {
		if (!person.isEnabled()) {
			return false;
		}
		boolean secretariat = person.getRole() == Role.SECRETARIAT;
		ReviewPhase phase = review.getPhase();
		boolean active = phase.isActive();
		String sur = review.getStateUnderReview();
		boolean focalPoint = has(mine, null, ReviewRole.FOCAL_POINT, null);
		boolean surFocalPoint = has(mine, sur, ReviewRole.FOCAL_POINT, null);
		boolean surDrafter = surFocalPoint || has(mine, sur, ReviewRole.EXPERT, null);
		boolean reviewerFocalPoint = has(mine, null, ReviewRole.FOCAL_POINT, sur);
		boolean reviewerDrafter = reviewerFocalPoint || has(mine, null, ReviewRole.EXPERT, sur);
		boolean feedbackPhase = phase == ReviewPhase.DESK_REVIEW || phase == ReviewPhase.DIALOGUE;
		boolean surMember = has(mine, sur, ReviewRole.FOCAL_POINT, null) || has(mine, sur, ReviewRole.EXPERT, null)
				|| has(mine, sur, ReviewRole.OBSERVER, null);
		boolean answersSubmitted = review.getAnswersSubmittedAt() != null;
		boolean drafting = phase == ReviewPhase.SELF_ASSESSMENT && !answersSubmitted;
		return switch (action) {
			case VIEW_PEOPLE -> secretariat || !mine.isEmpty();
			case NAME_FOCAL_POINT, REPLAN -> secretariat && active;
			case CHANGE_PHASE -> secretariat;
			case NAME_EXPERT -> active && (secretariat || focalPoint);
			case NAME_OBSERVER -> active && (secretariat || surFocalPoint);
			case ASK_REDRAW -> surFocalPoint && review.getDrawingId() != null
					&& (phase == ReviewPhase.NAMING_PEOPLE || phase == ReviewPhase.SELF_ASSESSMENT);
			case ANSWER_QUESTIONNAIRE -> surDrafter && drafting;
			case CLEAR_QUESTIONNAIRE -> surFocalPoint && drafting;
			case GIVE_FEEDBACK -> reviewerDrafter && feedbackPhase;
			case CLEAR_FEEDBACK -> reviewerFocalPoint && feedbackPhase;
			// Reviewing States see the answers only once the State under review submitted
			// them.
			case READ_ANSWERS -> secretariat || surMember || (answersSubmitted && !mine.isEmpty());
			case READ_COMMENTS -> secretariat || surMember;
			case ASSIGN_SECTIONS -> surFocalPoint && drafting;
			case COMMENT_ANSWERS -> (surDrafter || secretariat) && drafting;
			case REOPEN_QUESTIONNAIRE -> secretariat && answersSubmitted && active;
			case READ_FEEDBACK, READ_OBSERVATIONS -> secretariat || !mine.isEmpty();
			case DRAFT_OBSERVATIONS -> (surDrafter || reviewerDrafter) && phase == ReviewPhase.LIST_OF_OBSERVATIONS;
			case CLEAR_OBSERVATIONS ->
				(surFocalPoint || reviewerFocalPoint) && phase == ReviewPhase.LIST_OF_OBSERVATIONS;
			case DRAFT_SUMMARY -> (surDrafter || reviewerDrafter) && phase == ReviewPhase.SUMMARY;
			case CLEAR_SUMMARY -> (surFocalPoint || reviewerFocalPoint) && phase == ReviewPhase.SUMMARY;
			case TRANSLATE_SUMMARY -> (secretariat || surDrafter || reviewerDrafter)
					&& (phase == ReviewPhase.SUMMARY || phase == ReviewPhase.CLOSED);
			case DIALOGUE -> (secretariat || surDrafter || reviewerDrafter) && (phase == ReviewPhase.DESK_REVIEW
					|| phase == ReviewPhase.DIALOGUE || phase == ReviewPhase.LIST_OF_OBSERVATIONS);
			case PUBLISH -> surFocalPoint && (phase == ReviewPhase.LIST_OF_OBSERVATIONS || phase == ReviewPhase.SUMMARY
					|| phase == ReviewPhase.CLOSED);
			// Whether the person's organisation is verified is the civil society module's
			// own check; the review only has to be running.
			case SUBMIT_INPUT -> person.getRole() == Role.CIVIL_SOCIETY && active;
			case READ_SHARED_INPUT -> secretariat || !mine.isEmpty();
			case MANAGE_INPUT -> secretariat;
			case CONSULT_CIVIL_SOCIETY -> surFocalPoint && drafting;
			case GIVE_CIVIL_SOCIETY_INPUT -> person.getOrganisationId() != null && drafting;
		};
	}

	/**
	 * Whether one of the places is in the role, for the party (any), not for the other.
	 */
	private static boolean has(List<ReviewMember> mine, String party, ReviewRole role, String notParty) {
		return mine.stream()
			.anyMatch((m) -> m.getRole() == role && (party == null || m.getPartyCode().equals(party))
					&& (notParty == null || !m.getPartyCode().equals(notParty)));
	}

	Optional<Account> person(String username) {
		return (username == null) ? Optional.empty() : this.accounts.find(username).filter(Account::isEnabled);
	}

	List<ReviewMember> membershipsIn(Account person, long reviewId) {
		return this.members.findByReviewIdAndEndedAtIsNull(reviewId)
			.stream()
			.filter((m) -> m.getAccountId().equals(person.getId()))
			.toList();
	}

	/** A person's active places, by review: one query for list pages. */
	Map<Long, List<ReviewMember>> membershipsOf(Account person) {
		return this.members.findByAccountIdAndEndedAtIsNull(person.getId())
			.stream()
			.collect(Collectors.groupingBy(ReviewMember::getReviewId));
	}

	/** Whether a person sees the names in each of these reviews. */
	Map<Long, Boolean> seesPeople(Optional<Account> person, Collection<CountryReview> reviews) {
		Map<Long, List<ReviewMember>> mine = person.map(this::membershipsOf).orElse(Map.of());
		return reviews.stream()
			.collect(
					Collectors.toMap(
							CountryReview::getId, (r) -> person.isPresent() && decide(person.get(),
									mine.getOrDefault(r.getId(), List.of()), ReviewAction.VIEW_PEOPLE, r),
							(a, b) -> a));
	}

}
