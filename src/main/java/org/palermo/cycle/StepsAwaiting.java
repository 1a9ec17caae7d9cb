package org.palermo.cycle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.palermo.accounts.Account;
import org.palermo.accounts.Role;

/**
 * The steps of one review still awaiting someone, with their deadline and the people who
 * can act, as the review policy decides: the secretariat records focal points, each focal
 * point names experts, the State under review answers and clears, the reviewing States
 * give and clear feedback, the focal points of every State hold the preliminary
 * consultation (during the self-assessment), the drafters hold the dialogue, the focal
 * points of every State agree the list of observations and its summary.
 */
final class StepsAwaiting {

	private StepsAwaiting() {
	}

	/** A step awaiting people, by a date. */
	record Pending(ReviewStep step, LocalDate due, Set<Long> people) {
	}

	/**
	 * @param members the review's active places
	 * @param accounts the members' accounts (and the secretariat's), by id
	 * @param secretariat the enabled secretariat accounts
	 */
	static List<Pending> of(CountryReview review, List<ReviewMember> members, Map<Long, Account> accounts,
			Collection<Account> secretariat) {
		List<Pending> pending = new ArrayList<>();
		ReviewPhase phase = review.getPhase();
		if (!phase.isWorking()) {
			return pending;
		}
		Map<ReviewStep, LocalDate> deadlines = review.getDeadlines();
		Set<String> states = new TreeSet<>(review.getReviewingStates());
		states.add(review.getStateUnderReview());
		if (phase == ReviewPhase.NAMING_PEOPLE) {
			boolean focalPointMissing = states.stream().anyMatch((s) -> !has(members, s, ReviewRole.FOCAL_POINT));
			if (focalPointMissing) {
				add(pending, ReviewStep.FOCAL_POINTS_NAMED, deadlines,
						secretariat.stream()
							.filter((a) -> a.isEnabled() && a.getRole() == Role.SECRETARIAT)
							.map(Account::getId)
							.collect(Collectors.toCollection(LinkedHashSet::new)));
			}
			Set<Long> namers = new LinkedHashSet<>();
			for (ReviewMember member : members) {
				if (member.getRole() == ReviewRole.FOCAL_POINT
						&& !has(members, member.getPartyCode(), ReviewRole.EXPERT)
						&& decide(accounts, members, member.getAccountId(), review, ReviewAction.NAME_EXPERT)) {
					namers.add(member.getAccountId());
				}
			}
			add(pending, ReviewStep.EXPERTS_NAMED, deadlines, namers);
			return pending;
		}
		if (phase == ReviewPhase.SELF_ASSESSMENT) {
			// the preliminary consultation: every State's focal point
			Set<Long> consulted = new LinkedHashSet<>();
			for (ReviewMember member : members) {
				if (member.getRole() == ReviewRole.FOCAL_POINT
						&& decide(accounts, members, member.getAccountId(), review, ReviewAction.VIEW_PEOPLE)
						&& accounts.get(member.getAccountId()).isEnabled()) {
					consulted.add(member.getAccountId());
				}
			}
			add(pending, ReviewStep.PRELIMINARY_CONSULTATION, deadlines, consulted);
		}
		ReviewStep step = review.currentStep();
		List<ReviewAction> actions = switch (phase) {
			case SELF_ASSESSMENT -> List.of(ReviewAction.ANSWER_QUESTIONNAIRE, ReviewAction.CLEAR_QUESTIONNAIRE);
			case DESK_REVIEW -> List.of(ReviewAction.GIVE_FEEDBACK, ReviewAction.CLEAR_FEEDBACK);
			case DIALOGUE -> List.of(ReviewAction.DIALOGUE);
			default -> List.of();
		};
		Set<Long> people = new LinkedHashSet<>();
		for (ReviewMember member : members) {
			boolean acts = actions.isEmpty() ? member.getRole() == ReviewRole.FOCAL_POINT
					: actions.stream().anyMatch((a) -> decide(accounts, members, member.getAccountId(), review, a));
			if (acts && accounts.containsKey(member.getAccountId())
					&& accounts.get(member.getAccountId()).isEnabled()) {
				people.add(member.getAccountId());
			}
		}
		add(pending, step, deadlines, people);
		return pending;
	}

	private static void add(List<Pending> pending, ReviewStep step, Map<ReviewStep, LocalDate> deadlines,
			Set<Long> people) {
		if (!people.isEmpty() && deadlines.get(step) != null) {
			pending.add(new Pending(step, deadlines.get(step), Set.copyOf(people)));
		}
	}

	private static boolean has(List<ReviewMember> members, String party, ReviewRole role) {
		return members.stream().anyMatch((m) -> m.getRole() == role && m.getPartyCode().equals(party));
	}

	private static boolean decide(Map<Long, Account> accounts, List<ReviewMember> members, Long accountId,
			CountryReview review, ReviewAction action) {
		Account person = accounts.get(accountId);
		if (person == null) {
			return false;
		}
		List<ReviewMember> places = members.stream().filter((m) -> m.getAccountId().equals(accountId)).toList();
		return ReviewPolicy.decide(person, places, action, review);
	}

}
