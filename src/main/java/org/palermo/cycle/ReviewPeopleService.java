package org.palermo.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.audit.AuditService;
import org.palermo.system.NotFoundException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people of a review: the secretariat records each State's focal point from its note
 * verbale, focal points name their experts (and the State under review its observers); a
 * new person is invited by mail. Replacing someone keeps the history.
 */
@Service
public class ReviewPeopleService {

	private final ReviewMemberRepository members;

	private final CountryReviewRepository reviews;

	private final ReviewPolicy policy;

	private final AccountService accounts;

	private final AuditService audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ReviewPeopleService(ReviewMemberRepository members, CountryReviewRepository reviews, ReviewPolicy policy,
			AccountService accounts, AuditService audit, ApplicationEventPublisher events, Clock clock) {
		this.members = members;
		this.reviews = reviews;
		this.policy = policy;
		this.accounts = accounts;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Everyone ever named to the review, active first, each with their account. */
	@Transactional(readOnly = true)
	public List<Person> people(long reviewId) {
		List<ReviewMember> all = this.members.findByReviewIdOrderByNamedAtAsc(reviewId);
		Map<Long, Account> accounts = this.accounts.byIds(all.stream().map(ReviewMember::getAccountId).toList());
		return all.stream()
			.sorted((a, b) -> Boolean.compare(b.isActive(), a.isActive()))
			.map((m) -> new Person(m, accounts.get(m.getAccountId())))
			.toList();
	}

	/**
	 * The active people of several reviews, with one query for the members and one for
	 * names.
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<Person>> activePeople(List<Long> reviewIds) {
		List<ReviewMember> all = this.members.findByReviewIdInAndEndedAtIsNull(reviewIds);
		Map<Long, Account> accounts = this.accounts.byIds(all.stream().map(ReviewMember::getAccountId).toList());
		Map<Long, List<Person>> byReview = new LinkedHashMap<>();
		for (ReviewMember member : all) {
			byReview.computeIfAbsent(member.getReviewId(), (id) -> new java.util.ArrayList<>())
				.add(new Person(member, accounts.get(member.getAccountId())));
		}
		return byReview;
	}

	/** Names a person to a review, inviting them first if they have no account. */
	@Transactional
	public ReviewMember name(long reviewId, NamingForm form) {
		CountryReview review = this.reviews.findById(reviewId).orElseThrow(() -> new NotFoundException("review"));
		String actor = AuditService.currentActor();
		if (form.role() == null) {
			if (!this.policy.may(actor, ReviewAction.NAME_EXPERT, reviewId)) {
				throw new AccessDeniedException("review " + reviewId);
			}
			throw new ReviewActionRefusedException("people.error.role");
		}
		ReviewAction action = switch (form.role()) {
			case FOCAL_POINT -> ReviewAction.NAME_FOCAL_POINT;
			case EXPERT -> ReviewAction.NAME_EXPERT;
			case OBSERVER -> ReviewAction.NAME_OBSERVER;
		};
		if (!this.policy.may(actor, action, reviewId)) {
			throw new AccessDeniedException("review " + reviewId);
		}
		String party = partyFor(review, actor, form);
		if (form.role() == ReviewRole.OBSERVER && !party.equals(review.getStateUnderReview())) {
			throw new ReviewActionRefusedException("people.error.observerOfStateUnderReview");
		}
		if (form.role() == ReviewRole.FOCAL_POINT) {
			checkNoteVerbale(form);
		}
		Account person = form.invitesNewPerson() ? invite(form, party) : existing(form.username(), party);
		Instant now = Instant.now(this.clock);
		List<ReviewMember> current = this.members.findByReviewIdAndEndedAtIsNull(reviewId);
		if (current.stream().anyMatch((m) -> m.getAccountId().equals(person.getId()))) {
			throw new ReviewActionRefusedException("people.error.alreadyNamed");
		}
		if (form.role() == ReviewRole.FOCAL_POINT) {
			current.stream()
				.filter((m) -> m.getRole() == ReviewRole.FOCAL_POINT && m.getPartyCode().equals(party))
				.forEach((replaced) -> end(replaced, actor, now));
			this.members.flush();
		}
		ReviewMember member = this.members.saveAndFlush(new ReviewMember(reviewId, person.getId(), party, form.role(),
				blankToNull(form.noteVerbaleReference()), form.noteVerbaleDate(), actor, now));
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("person", person.getUsername());
		after.put("party", party);
		after.put("role", form.role().name());
		after.put("noteVerbale", member.getNoteVerbaleReference());
		after.put("noteVerbaleDate",
				(member.getNoteVerbaleDate() != null) ? member.getNoteVerbaleDate().toString() : null);
		this.audit.record("review.person.named", "country-review", String.valueOf(reviewId), null, after);
		this.events.publishEvent(new ReviewMemberNamed(reviewId, person.getId(), party, form.role()));
		return member;
	}

	/** Ends a person's place in a review; it stays in the history. */
	@Transactional
	public void end(long reviewId, long memberId) {
		String actor = AuditService.currentActor();
		// Only those who may name people in the review learn whether a member exists.
		if (!this.policy.may(actor, ReviewAction.NAME_EXPERT, reviewId)) {
			throw new AccessDeniedException("review " + reviewId);
		}
		ReviewMember member = this.members.findById(memberId)
			.filter((m) -> m.getReviewId().equals(reviewId))
			.orElseThrow(() -> new NotFoundException("member"));
		if (!this.policy.mayEnd(actor, member)) {
			throw new AccessDeniedException("member " + memberId);
		}
		end(member, actor, Instant.now(this.clock));
	}

	private void end(ReviewMember member, String actor, Instant now) {
		member.end(actor, now);
		this.members.saveAndFlush(member);
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("accountId", member.getAccountId());
		before.put("party", member.getPartyCode());
		before.put("role", member.getRole().name());
		this.audit.record("review.person.ended", "country-review", String.valueOf(member.getReviewId()), before, null);
		this.events.publishEvent(new ReviewMemberEnded(member.getReviewId(), member.getAccountId(),
				member.getPartyCode(), member.getRole()));
	}

	/**
	 * The secretariat names for the State it chooses; a focal point for their own State.
	 */
	private String partyFor(CountryReview review, String actor, NamingForm form) {
		Account person = this.policy.person(actor).orElseThrow(() -> new AccessDeniedException(actor));
		if (person.getRole() == Role.SECRETARIAT) {
			String party = (form.party() != null) ? form.party().strip().toUpperCase(Locale.ROOT) : "";
			if (!review.involves(party)) {
				throw new ReviewActionRefusedException("people.error.party");
			}
			return party;
		}
		return this.policy.membershipsIn(person, review.getId())
			.stream()
			.filter((m) -> m.getRole() == ReviewRole.FOCAL_POINT)
			.map(ReviewMember::getPartyCode)
			.findFirst()
			.orElseThrow(() -> new AccessDeniedException(actor));
	}

	private void checkNoteVerbale(NamingForm form) {
		if (form.noteVerbaleReference() == null || form.noteVerbaleReference().isBlank()
				|| form.noteVerbaleDate() == null) {
			throw new ReviewActionRefusedException("people.error.noteVerbale");
		}
		LocalDate today = LocalDate.ofInstant(Instant.now(this.clock), this.clock.getZone());
		if (form.noteVerbaleDate().isAfter(today) || form.noteVerbaleDate().getYear() < 2000) {
			throw new ReviewActionRefusedException("people.error.noteVerbaleDate");
		}
	}

	private Account existing(String username, String party) {
		Account account = this.accounts.find(username.strip())
			.filter(Account::isEnabled)
			.orElseThrow(() -> new ReviewActionRefusedException("people.error.unknownPerson"));
		if (!party.equals(account.getPartyCode())) {
			throw new ReviewActionRefusedException("people.error.otherState");
		}
		return account;
	}

	private Account invite(NamingForm form, String party) {
		if (form.newUsername() == null || !form.newUsername().strip().matches("[a-z0-9._-]{3,50}")
				|| form.newDisplayName() == null || form.newDisplayName().isBlank() || form.newEmail() == null
				|| !form.newEmail().contains("@")) {
			throw new ReviewActionRefusedException("people.error.newPerson");
		}
		Role role = switch (form.role()) {
			case FOCAL_POINT -> Role.FOCAL_POINT;
			case EXPERT -> Role.EXPERT;
			case OBSERVER -> Role.OBSERVER;
		};
		return this.accounts.invite(new InvitationForm(form.newUsername().strip(), form.newDisplayName().strip(),
				form.newEmail().strip(), role, party, null));
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

	/**
	 * A member of a review with their account (name shown to members and the
	 * secretariat).
	 */
	public record Person(ReviewMember member, Account account) {

		public String name() {
			return (this.account != null) ? this.account.getDisplayName() : "";
		}

	}

}
