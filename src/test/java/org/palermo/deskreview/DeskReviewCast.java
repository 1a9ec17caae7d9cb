package org.palermo.deskreview;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.NamingForm;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewPhase;
import org.palermo.cycle.ReviewRole;
import org.palermo.cycle.Reviewer;
import org.palermo.cycle.ReviewerSlot;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The people of one test's review on cluster II: a State under review and two reviewing
 * States (A and B), each with a focal point and an expert, an observer of the State under
 * review, the secretariat, and an expert of another review.
 */
final class DeskReviewCast {

	static final String PASSWORD = "a long enough passphrase";

	final CountryReview review;

	final String sur;

	final String reviewerA;

	final String reviewerB;

	final Map<String, Account> who = new LinkedHashMap<>();

	private final CycleService cycle;

	private final ReviewPeopleService people;

	DeskReviewCast(AccountService accounts, CycleService cycle, ReviewPeopleService people, String sur,
			String reviewerA, String reviewerB, String otherSur) {
		this.cycle = cycle;
		this.people = people;
		this.sur = sur;
		this.reviewerA = reviewerA;
		this.reviewerB = reviewerB;
		this.review = cycle.openReview(sur, ThematicCluster.II, 4, LocalDate.now().minusDays(10),
				List.of(new Reviewer(reviewerA, ReviewerSlot.SAME_GROUP, List.of(Instrument.UNTOC)),
						new Reviewer(reviewerB, ReviewerSlot.OTHER_GROUP, List.of(Instrument.UNTOC))),
				null);
		String tag = sur.toLowerCase() + System.nanoTime() % 100000;
		put(accounts, "secretariat", tag + "-sec", Role.SECRETARIAT, null);
		put(accounts, "surFocalPoint", tag + "-fp", Role.FOCAL_POINT, sur);
		put(accounts, "surExpert", tag + "-ex", Role.EXPERT, sur);
		put(accounts, "surObserver", tag + "-ob", Role.OBSERVER, sur);
		put(accounts, "aFocalPoint", tag + "-afp", Role.FOCAL_POINT, reviewerA);
		put(accounts, "aExpert", tag + "-aex", Role.EXPERT, reviewerA);
		put(accounts, "bFocalPoint", tag + "-bfp", Role.FOCAL_POINT, reviewerB);
		put(accounts, "bExpert", tag + "-bex", Role.EXPERT, reviewerB);
		put(accounts, "otherExpert", tag + "-oex", Role.EXPERT, otherSur);
		put(accounts, "otherFocalPoint", tag + "-ofp", Role.FOCAL_POINT, otherSur);
		as("secretariat");
		name(sur, ReviewRole.FOCAL_POINT, "surFocalPoint");
		name(reviewerA, ReviewRole.FOCAL_POINT, "aFocalPoint");
		name(reviewerB, ReviewRole.FOCAL_POINT, "bFocalPoint");
		as("surFocalPoint");
		name(null, ReviewRole.EXPERT, "surExpert");
		name(null, ReviewRole.OBSERVER, "surObserver");
		as("aFocalPoint");
		name(null, ReviewRole.EXPERT, "aExpert");
		as("bFocalPoint");
		name(null, ReviewRole.EXPERT, "bExpert");
		// An expert of another review (of another State, by the same cluster) who must
		// see nothing of this one.
		CountryReview other = cycle.openReview(otherSur, ThematicCluster.II, 4, LocalDate.now().minusDays(10),
				List.of(new Reviewer(reviewerA, ReviewerSlot.SAME_GROUP, List.of(Instrument.UNTOC))), null);
		as("secretariat");
		this.people.name(other.getId(), new NamingForm(otherSur, ReviewRole.FOCAL_POINT, user("otherFocalPoint"), null,
				null, null, "NV/2", LocalDate.now().minusDays(3)));
		as("otherFocalPoint");
		this.people.name(other.getId(),
				new NamingForm(null, ReviewRole.EXPERT, user("otherExpert"), null, null, null, null, null));
		SecurityContextHolder.clearContext();
	}

	private void put(AccountService accounts, String what, String username, Role role, String party) {
		this.who.put(what, accounts.createDemoAccount(
				new InvitationForm(username, "Person " + username, username + "@example.org", role, party, null),
				PASSWORD));
	}

	private void name(String party, ReviewRole role, String person) {
		this.people.name(this.review.getId(),
				new NamingForm(party, role, user(person), null, null, null,
						(role == ReviewRole.FOCAL_POINT) ? "NV/1" : null,
						(role == ReviewRole.FOCAL_POINT) ? LocalDate.now().minusDays(3) : null));
	}

	/** Moves the review on, as the secretariat, until it is in the phase. */
	DeskReviewCast inPhase(ReviewPhase phase) {
		as("secretariat");
		while (this.cycle.review(id()).getPhase() != phase) {
			this.cycle.advance(id(), this.cycle.review(id()).getVersion());
		}
		SecurityContextHolder.clearContext();
		return this;
	}

	void as(String what) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user(what), null, List.of()));
	}

	String user(String what) {
		return this.who.get(what).getUsername();
	}

	long id() {
		return this.review.getId();
	}

}
