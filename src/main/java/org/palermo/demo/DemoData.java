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
import org.palermo.cycle.ReviewPhase;
import org.palermo.cycle.Reviewer;
import org.palermo.cycle.ReviewerSlot;
import org.palermo.deskreview.FeedbackForm;
import org.palermo.deskreview.FeedbackService;
import org.palermo.deskreview.ObservationForm;
import org.palermo.deskreview.ObservationItem;
import org.palermo.deskreview.ObservationService;
import org.palermo.deskreview.ObservationType;
import org.palermo.deskreview.ReviewDialogueService;
import org.palermo.deskreview.SummaryDocument;
import org.palermo.deskreview.SummaryService;
import org.palermo.drawing.Drawing;
import org.palermo.drawing.DrawingService;
import org.palermo.instruments.Article;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.InstrumentService;
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

	private DeskReviewServices deskReview;

	/** The desk review's front doors, for the demo review carried through it. */
	record DeskReviewServices(InstrumentService instruments, FeedbackService feedback, ReviewDialogueService dialogue,
			ObservationService observations, SummaryService summaries) {
	}

	// Injected apart from the constructor so that the desk review's demo stays one block
	// added to this shared file (other modules add theirs to the constructor).
	@org.springframework.beans.factory.annotation.Autowired
	void setDeskReview(InstrumentService instruments, FeedbackService feedback, ReviewDialogueService dialogue,
			ObservationService observations, SummaryService summaries) {
		this.deskReview = new DeskReviewServices(instruments, feedback, dialogue, observations, summaries);
	}

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
		deskReview(kenyaInstruments);
	}

	/**
	 * A second review of Kenya, on cluster III, carried into its summary so that every
	 * role meets a populated desk review: France's written feedback sent, a dialogue
	 * thread, a list of observations (one item cleared by Kenya and France, Ghana yet to
	 * clear) and its summary, cleared by Kenya. The French demo expert acts as France's
	 * focal point in this review.
	 */
	private void deskReview(List<Instrument> kenyaInstruments) {
		CountryReview review = this.cycle.openReview("KE", ThematicCluster.III, 1, LocalDate.of(2024, 6, 3),
				List.of(new Reviewer("GH", ReviewerSlot.SAME_GROUP, covered(kenyaInstruments, "GH")),
						new Reviewer("FR", ReviewerSlot.OTHER_GROUP, covered(kenyaInstruments, "FR"))),
				null);
		long id = review.getId();
		List<Article> articles = this.deskReview.instruments()
			.articlesByInstrument()
			.get(Instrument.UNTOC)
			.stream()
			.filter((a) -> a.getCluster() == ThematicCluster.III)
			.limit(2)
			.toList();
		Article first = articles.get(0);
		Article second = articles.get(articles.size() - 1);
		SecurityContext signedIn = SecurityContextHolder.getContext();
		try {
			SecurityContextHolder.setContext(as("secretariat"));
			name(review, "KE", ReviewRole.FOCAL_POINT, "focalpoint", "NV/KE/2024/052", LocalDate.of(2024, 6, 10));
			name(review, "FR", ReviewRole.FOCAL_POINT, "reviewer", "NV/FR/2024/311", LocalDate.of(2024, 6, 12));
			SecurityContextHolder.setContext(as("focalpoint"));
			name(review, "KE", ReviewRole.EXPERT, "expert", null, null);
			name(review, "KE", ReviewRole.OBSERVER, "observer", null, null);
			advanceTo(id, ReviewPhase.DESK_REVIEW);

			SecurityContextHolder.setContext(as("reviewer"));
			this.deskReview.feedback()
				.draft(id, first.getId(),
						new FeedbackForm(
								"The financial intelligence unit shares reports with the police within days (demo).",
								"Few money-laundering cases reach a conviction (demo).",
								"How many suspicious transaction reports led to an investigation in 2023? (demo)",
								null),
						"reviewer");
			this.deskReview.feedback().send(id, "reviewer");
			SecurityContextHolder.setContext(as("expert"));
			long thread = this.deskReview.dialogue()
				.write(id, first.getId(), null,
						"The figures for 2023 are in the annual report of the financial intelligence unit (demo).",
						"expert")
				.getId();
			SecurityContextHolder.setContext(as("reviewer"));
			this.deskReview.dialogue()
				.write(id, null, thread, "Thank you; could you say how many of those cases were prosecuted? (demo)",
						"reviewer");
			advanceTo(id, ReviewPhase.LIST_OF_OBSERVATIONS);

			SecurityContextHolder.setContext(as("reviewer"));
			ObservationItem practice = this.deskReview.observations()
				.add(id, new ObservationForm(first.getId(), ObservationType.GOOD_PRACTICE,
						"Quick sharing of financial intelligence with the police (demo).", null), "reviewer");
			this.deskReview.observations()
				.add(id, new ObservationForm(first.getId(), ObservationType.GAP_OR_CHALLENGE,
						"Few money-laundering prosecutions lead to a conviction (demo).", null), "reviewer");
			SecurityContextHolder.setContext(as("expert"));
			this.deskReview.observations()
				.add(id, new ObservationForm(second.getId(), ObservationType.TECHNICAL_ASSISTANCE_NEED,
						"Training of investigators in joint investigations with neighbouring States (demo).", null),
						"expert");
			SecurityContextHolder.setContext(as("focalpoint"));
			this.deskReview.observations().clear(id, practice.getId(), practice.getRevision(), "focalpoint");
			SecurityContextHolder.setContext(as("reviewer"));
			this.deskReview.observations().clear(id, practice.getId(), practice.getRevision(), "reviewer");
			advanceTo(id, ReviewPhase.SUMMARY);

			SecurityContextHolder.setContext(as("expert"));
			SummaryDocument summary = this.deskReview.summaries().startFromList(id, "en", "expert");
			SecurityContextHolder.setContext(as("focalpoint"));
			this.deskReview.summaries().clear(id, summary.getRevision(), "focalpoint");
		}
		finally {
			SecurityContextHolder.setContext(signedIn);
		}
	}

	private void advanceTo(long id, ReviewPhase phase) {
		SecurityContext previous = SecurityContextHolder.getContext();
		SecurityContextHolder.setContext(as("secretariat"));
		while (this.cycle.review(id).getPhase() != phase) {
			this.cycle.advance(id, this.cycle.review(id).getVersion());
		}
		SecurityContextHolder.setContext(previous);
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
