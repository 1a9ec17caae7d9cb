package org.palermo.demo;

import java.time.LocalDate;
import java.util.List;

import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.civilsociety.Organisation;
import org.palermo.civilsociety.OrganisationKind;
import org.palermo.civilsociety.OrganisationService;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.NamingForm;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewRole;
import org.palermo.cycle.Reviewer;
import org.palermo.cycle.ReviewerSlot;
import org.palermo.drawing.Drawing;
import org.palermo.drawing.DrawingService;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;
import org.palermo.parties.PartyService;
import org.palermo.parties.StateParty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On first start, a demo review: Kenya under review on cluster I, reviewed by Ghana (same
 * regional group) and France (another group), with Kenya's focal point, expert and
 * observer, a French expert, a Kenyan NGO, a Bureau member and the secretariat. Every
 * password is {@code demo}.
 */
@Component
@Profile("!prod")
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final AccountService accounts;

	private final OrganisationService organisations;

	private final CycleService cycle;

	private final PartyService parties;

	private final DrawingService drawings;

	private final ReviewPeopleService people;

	DemoData(AccountService accounts, OrganisationService organisations, CycleService cycle, PartyService parties,
			DrawingService drawings, ReviewPeopleService people) {
		this.people = people;
		this.accounts = accounts;
		this.organisations = organisations;
		this.cycle = cycle;
		this.parties = parties;
		this.drawings = drawings;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.accounts.find("secretariat").isEmpty()) {
			load();
		}
		if (this.accounts.demoAccountsExist()) {
			log.warn("DEMO ACCOUNTS EXIST (secretariat, focalpoint, expert, reviewer, observer, ngo, bureau; "
					+ "password '{}'). Never expose this instance publicly; run with SPRING_PROFILES_ACTIVE=prod.",
					PASSWORD);
		}
	}

	private void load() {
		Organisation ngo = this.organisations.register("Kenya Coalition against Trafficking (demo)",
				OrganisationKind.NGO, "KE", null);
		create("secretariat", "Secretariat (demo)", Role.SECRETARIAT, null, null);
		create("focalpoint", "Focal point of Kenya (demo)", Role.FOCAL_POINT, "KE", null);
		create("expert", "Governmental expert of Kenya (demo)", Role.EXPERT, "KE", null);
		create("observer", "Observer, Permanent Mission of Kenya (demo)", Role.OBSERVER, "KE", null);
		create("reviewer", "Governmental expert of France (demo)", Role.EXPERT, "FR", null);
		create("ngo", "Member of a Kenyan NGO (demo)", Role.CIVIL_SOCIETY, null, ngo.getId());
		this.organisations.appointAdministrator(ngo.getId(), this.accounts.find("ngo").orElseThrow().getId());
		create("bureau", "Member of the Extended Bureau (demo)", Role.BUREAU, null, null);
		StateParty kenya = this.parties.party("KE");
		List<Instrument> kenyaInstruments = kenya.getParticipations()
			.stream()
			.filter((p) -> p.isConfirmedParty())
			.map((p) -> p.getInstrument())
			.toList();
		CountryReview review = this.cycle.openReview("KE", ThematicCluster.I, 1, LocalDate.of(2020, 11, 1),
				List.of(new Reviewer("GH", ReviewerSlot.SAME_GROUP, covered(kenyaInstruments, "GH")),
						new Reviewer("FR", ReviewerSlot.OTHER_GROUP, covered(kenyaInstruments, "FR"))),
				null);
		SecurityContext signedIn = SecurityContextHolder.getContext();
		try {
			// The secretariat records Kenya's focal point, who names Kenya's expert and
			// observer; the French expert is named by the secretariat (France has no
			// focal
			// point in the demo).
			SecurityContextHolder.setContext(as("secretariat"));
			name(review, "KE", ReviewRole.FOCAL_POINT, "focalpoint", "NV/KE/2020/117", LocalDate.of(2020, 11, 10));
			name(review, "FR", ReviewRole.EXPERT, "reviewer", null, null);
			SecurityContextHolder.setContext(as("focalpoint"));
			name(review, "KE", ReviewRole.EXPERT, "expert", null, null);
			name(review, "KE", ReviewRole.OBSERVER, "observer", null, null);
			// Kenya's people are named: the review moves on to the self-assessment, so
			// the
			// demo expert can answer the questionnaire from the first start.
			SecurityContextHolder.setContext(as("secretariat"));
			CountryReview named = this.cycle.review(review.getId());
			this.cycle.advance(named.getId(), named.getVersion());
		}
		finally {
			SecurityContextHolder.setContext(signedIn);
		}
		drawings();
	}

	/**
	 * Review groups drawn by lot, and a drawing of group 1 committed for the secretariat
	 * to reveal.
	 */
	private void drawings() {
		Drawing split = this.drawings.prepareGroupSplit("Review groups (demo)", 3);
		Drawing revealed = this.drawings.reveal(split.getId(), split.getVersion());
		// The groups reach the cycle after this transaction commits: read them from the
		// split.
		this.drawings.prepare("Review group 1, cluster II (demo)", 1, ThematicCluster.II,
				this.drawings.groupMembers(revealed, 1));
	}

	private void name(CountryReview review, String party, ReviewRole role, String username, String noteVerbale,
			LocalDate noteVerbaleDate) {
		this.people.name(review.getId(),
				new NamingForm(party, role, username, null, null, null, noteVerbale, noteVerbaleDate));
	}

	private static SecurityContext as(String username) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
		return context;
	}

	private List<Instrument> covered(List<Instrument> needed, String reviewer) {
		StateParty party = this.parties.party(reviewer);
		return needed.stream().filter(party::isPartyTo).toList();
	}

	private void create(String username, String displayName, Role role, String party, Long organisation) {
		this.accounts.createDemoAccount(new InvitationForm(username, displayName, username + "@demo.palermo.invalid",
				role, party, organisation), PASSWORD);
	}

}
