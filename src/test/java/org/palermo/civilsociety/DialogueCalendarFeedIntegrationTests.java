package org.palermo.civilsociety;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.InvitationForm;
import org.palermo.accounts.Role;
import org.palermo.cycle.CalendarService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Constructive dialogues in the private calendar feed: a member of an organisation
 * approved for a dialogue finds it there, in RFC 5545 form; a member of an organisation
 * that was not approved, and a State's focal point, do not; the secretariat and the
 * Extended Bureau see every dialogue.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DialogueCalendarFeedIntegrationTests {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	@Autowired
	private MockMvc mvc;

	@Autowired
	private AccountService accounts;

	@Autowired
	private CalendarService calendars;

	@Autowired
	private OrganisationRepository organisations;

	@Autowired
	private ConstructiveDialogueRepository dialogues;

	@Autowired
	private DialogueApplicationRepository applications;

	@Test
	void anApprovedOrganisationsMembersFindTheDialogueInTheirFeedAndOthersDoNot() throws Exception {
		Instant now = Instant.parse("2026-11-01T09:00:00Z");
		Organisation approved = this.organisations
			.save(new Organisation("Feed Approved Coalition " + System.nanoTime(), OrganisationKind.NGO, "KE", null));
		Organisation refused = this.organisations
			.save(new Organisation("Feed Refused Network " + System.nanoTime(), OrganisationKind.NGO, "KE", null));
		ConstructiveDialogue dialogue = this.dialogues
			.save(new ConstructiveDialogue(new DialogueForm("Routes, ports; and victims",
					WorkingGroup.TRAFFICKING_IN_PERSONS, LocalDate.of(2031, 3, 10), LocalDate.of(2031, 3, 11),
					DialogueFormat.HYBRID, "Vienna International Centre, Board Room D", LocalDate.of(2031, 3, 9),
					LocalDate.of(2031, 2, 1), null), now));
		Account memberOfApproved = account(Role.CIVIL_SOCIETY, null, approved.getId());
		Account memberOfRefused = account(Role.CIVIL_SOCIETY, null, refused.getId());
		DialogueApplication yes = new DialogueApplication(dialogue.getId(), approved.getId(),
				new ApplicationForm("Two people", "Victim support", false, null), memberOfApproved.getId(), now, now);
		yes.decide(false, null, now);
		this.applications.save(yes);
		DialogueApplication no = new DialogueApplication(dialogue.getId(), refused.getId(),
				new ApplicationForm("One person", "Research", false, null), memberOfRefused.getId(), now, now);
		no.decide(true, "objection", now);
		this.applications.save(no);

		String ics = feedOf(memberOfApproved);
		String id = String.valueOf(dialogue.getId());
		String url = ics.replace("\r\n ", "").replaceAll("(?s).*URL:(http://[^/]+)/dialogues/" + id + "\r\n.*", "$1");
		String event = "BEGIN:VEVENT\r\n" + "UID:dialogue-" + id + "@palermo\r\n" + "DTSTAMP:STAMP\r\n"
				+ "DTSTART;VALUE=DATE:20310310\r\n" + "DTEND;VALUE=DATE:20310312\r\n"
				+ "SUMMARY:Constructive dialogue: Routes\\, ports\\; and victims\r\n"
				+ "DESCRIPTION:Trafficking in persons\\nIn person and online\r\n"
				+ "LOCATION:Vienna International Centre\\, Board Room D\r\n" + "URL:" + url + "/dialogues/" + id
				+ "\r\n" + "TRANSP:TRANSPARENT\r\n" + "END:VEVENT\r\n";
		String unfolded = ics.replace("\r\n ", "").replaceAll("DTSTAMP:\\d{8}T\\d{6}Z", "DTSTAMP:STAMP");
		assertThat(unfolded).contains(event)
			.contains("UID:dialogue-" + id + "-preparation@palermo\r\nDTSTAMP:STAMP\r\n"
					+ "DTSTART;VALUE=DATE:20310309\r\nDTEND;VALUE=DATE:20310310\r\n"
					+ "SUMMARY:Preparation day: Routes\\, ports\\; and victims\r\n");
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics).doesNotContainPattern("[^\\r]\\n");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}

		assertThat(feedOf(memberOfRefused)).doesNotContain("UID:dialogue-" + id);
		assertThat(feedOf(account(Role.FOCAL_POINT, "KE", null))).doesNotContain("UID:dialogue-");
		assertThat(feedOf(account(Role.SECRETARIAT, null, null))).contains("UID:dialogue-" + id + "@palermo");
		assertThat(feedOf(account(Role.BUREAU, null, null))).contains("UID:dialogue-" + id + "@palermo");
	}

	private String feedOf(Account person) throws Exception {
		String address = this.calendars.newFeed(person.getUsername());
		MockHttpServletResponse response = this.mvc.perform(get(address.substring(address.indexOf("/calendar/"))))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/calendar");
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private Account account(Role role, String party, Long organisationId) {
		String username = "dcf" + System.nanoTime() % 1_000_000 + "-" + SEQUENCE.incrementAndGet();
		return this.accounts.createDemoAccount(new InvitationForm(username, "Feed " + username,
				username + "@example.org", role, party, organisationId, "en"), "correct horse battery");
	}

}
