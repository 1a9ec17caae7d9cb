package org.palermo.cycle;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is awaited for which step of which review, by when: the data behind reminders, the
 * deadlines API and each person's calendar.
 */
@Service
public class DeadlineService {

	private final CountryReviewRepository reviews;

	private final ReviewMemberRepository members;

	private final AccountService accounts;

	private final CycleService cycle;

	DeadlineService(CountryReviewRepository reviews, ReviewMemberRepository members, AccountService accounts,
			CycleService cycle) {
		this.reviews = reviews;
		this.members = members;
		this.accounts = accounts;
		this.cycle = cycle;
	}

	/** A step awaiting the person on one review, by a date. */
	public record Deadline(long reviewId, String stateUnderReview, String cluster, ReviewStep step, LocalDate due,
			long daysLeft) {

		public boolean overdue() {
			return this.daysLeft < 0;
		}

	}

	/** One step of one review and its deadline, for a calendar. */
	public record StepDate(CountryReview review, ReviewStep step, LocalDate due) {
	}

	/** Every working review with its steps awaiting people. */
	@Transactional(readOnly = true)
	public Map<CountryReview, List<StepsAwaiting.Pending>> pendingEverywhere() {
		List<CountryReview> working = this.reviews.findAll()
			.stream()
			.filter((r) -> r.getPhase().isWorking())
			.sorted(Comparator.comparing(CountryReview::getId))
			.toList();
		return pending(working);
	}

	/** The steps awaiting the signed-in person, soonest first. */
	@Transactional(readOnly = true)
	public List<Deadline> awaiting(String username) {
		Optional<Account> found = this.accounts.find(username).filter(Account::isEnabled);
		if (found.isEmpty()) {
			return List.of();
		}
		Account person = found.get();
		Collection<CountryReview> candidates;
		if (person.getRole() == Role.SECRETARIAT) {
			candidates = this.reviews.findAll().stream().filter((r) -> r.getPhase().isWorking()).toList();
		}
		else {
			Set<Long> ids = new HashSet<>();
			this.members.findByAccountIdAndEndedAtIsNull(person.getId()).forEach((m) -> ids.add(m.getReviewId()));
			candidates = this.reviews.findAllById(ids).stream().filter((r) -> r.getPhase().isWorking()).toList();
		}
		LocalDate today = this.cycle.today();
		List<Deadline> deadlines = new ArrayList<>();
		pending(candidates).forEach((review, steps) -> steps.stream()
			.filter((p) -> p.people().contains(person.getId()))
			.forEach((p) -> deadlines.add(new Deadline(review.getId(), review.getStateUnderReview(),
					review.getCluster().name(), p.step(), p.due(), ChronoUnit.DAYS.between(today, p.due())))));
		deadlines.sort(Comparator.comparing(Deadline::due).thenComparing(Deadline::reviewId));
		return deadlines;
	}

	/** Every deadline of the active reviews the person takes part in, for a calendar. */
	@Transactional(readOnly = true)
	public List<StepDate> calendarOf(long accountId) {
		Set<Long> ids = new HashSet<>();
		this.members.findByAccountIdAndEndedAtIsNull(accountId).forEach((m) -> ids.add(m.getReviewId()));
		List<StepDate> dates = new ArrayList<>();
		for (CountryReview review : this.reviews.findAllById(ids)) {
			if (!review.getPhase().isActive()) {
				continue;
			}
			review.getDeadlines().forEach((step, due) -> dates.add(new StepDate(review, step, due)));
		}
		dates.sort(Comparator.comparing(StepDate::due).thenComparing((d) -> d.review().getId()));
		return dates;
	}

	/** The steps of one review awaiting people, and who. */
	List<StepsAwaiting.Pending> pendingFor(CountryReview review) {
		if (!review.getPhase().isWorking()) {
			return List.of();
		}
		return pending(List.of(review)).getOrDefault(review, List.of());
	}

	private Map<CountryReview, List<StepsAwaiting.Pending>> pending(Collection<CountryReview> reviews) {
		Map<CountryReview, List<StepsAwaiting.Pending>> result = new LinkedHashMap<>();
		if (reviews.isEmpty()) {
			return result;
		}
		Map<Long, List<ReviewMember>> byReview = new HashMap<>();
		this.members.findByReviewIdInAndEndedAtIsNull(reviews.stream().map(CountryReview::getId).toList())
			.forEach((m) -> byReview.computeIfAbsent(m.getReviewId(), (id) -> new ArrayList<>()).add(m));
		Set<Long> people = new HashSet<>();
		byReview.values().forEach((list) -> list.forEach((m) -> people.add(m.getAccountId())));
		Map<Long, Account> accounts = new HashMap<>(this.accounts.byIds(people));
		List<Account> secretariat = this.accounts.all()
			.stream()
			.filter((a) -> a.getRole() == Role.SECRETARIAT && a.isEnabled())
			.toList();
		for (CountryReview review : reviews) {
			result.put(review,
					StepsAwaiting.of(review, byReview.getOrDefault(review.getId(), List.of()), accounts, secretariat));
		}
		return result;
	}

}
