package org.palermo.cycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.palermo.capacity.CapacityService;
import org.palermo.capacity.EventForm;
import org.palermo.capacity.EventKind;
import org.palermo.civilsociety.DialogueForm;
import org.palermo.civilsociety.DialogueFormat;
import org.palermo.civilsociety.DialogueService;
import org.palermo.civilsociety.WorkingGroup;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The public calendar at {@code /calendar} and its iCalendar feed: anyone, not signed in,
 * finds an upcoming constructive dialogue and the upcoming deadline of a country review
 * (step and date only) and a capacity-building event; a cancelled review's deadlines and
 * past dialogues never appear.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicCalendarIntegrationTests {

	@Autowired
	private MockMvc mvc;

	@Autowired
	private CycleService cycle;

	@Autowired
	private CountryReviewRepository reviews;

	@Autowired
	private TimelineService timelines;

	@Autowired
	private DialogueService dialogues;

	@Autowired
	private CapacityService capacity;

	@Test
	void anyoneSeesUpcomingDialoguesAndReviewDeadlinesButNotThoseOfACancelledReview() throws Exception {
		LocalDate today = LocalDate.now();
		String tag = "pc" + System.nanoTime() % 1_000_000;
		String title = "Public calendar dialogue " + tag;
		this.dialogues.schedule(new DialogueForm(title, WorkingGroup.FIREARMS, today.plusDays(50), today.plusDays(51),
				DialogueFormat.IN_PERSON, "Vienna " + tag, null, today.plusDays(30), "Agenda"));
		String training = "Public calendar training " + tag;
		this.capacity.createEvent(new EventForm(EventKind.TRAINING, training, "For focal points", today.plusDays(60),
				today.plusDays(60), "Nairobi", false, List.of("en"), 20, today.plusDays(45)));
		String past = "Past dialogue " + tag;
		this.dialogues.schedule(new DialogueForm(past, WorkingGroup.FIREARMS, today.minusDays(20), today.minusDays(19),
				DialogueFormat.ONLINE, null, null, today.minusDays(40), "Agenda"));
		CountryReview open = this.cycle.openReview("SL", ThematicCluster.II, 2, today.minusDays(5),
				List.of(new Reviewer("LR", ReviewerSlot.OTHER_GROUP, List.of(Instrument.UNTOC))), null);
		CountryReview cancelled = this.cycle.openReview("LR", ThematicCluster.II, 2, today.minusDays(5),
				List.of(new Reviewer("SL", ReviewerSlot.OTHER_GROUP, List.of(Instrument.UNTOC))), null);
		cancelled.cancel("test");
		this.reviews.saveAndFlush(cancelled);
		ReviewTimeline.Entry next = this.timelines.publicTimelinesOf("SL")
			.stream()
			.filter((t) -> t.review().getId().equals(open.getId()))
			.flatMap((t) -> t.steps().stream())
			.filter((e) -> e.deadline() != null && e.doneOn() == null && !e.deadline().isBefore(today))
			.findFirst()
			.orElseThrow();

		String page = this.mvc.perform(get("/calendar").locale(Locale.ENGLISH))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Calendar of dialogues and deadlines")
			.contains(title)
			.contains("Vienna " + tag)
			.contains(training)
			.doesNotContain(past)
			.contains("review of Sierra Leone")
			.contains(next.deadline().toString())
			.doesNotContain("review of Liberia")
			.contains("href=\"/calendar.ics\"");

		var response = this.mvc.perform(get("/calendar.ics").locale(Locale.ENGLISH)).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("text/calendar");
		String ics = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).replace("\r\n ", "");
		assertThat(ics).startsWith("BEGIN:VCALENDAR")
			.contains("UID:public-review-" + open.getId() + "-" + next.step().name() + "@palermo")
			.contains("DTSTART;VALUE=DATE:" + next.deadline().toString().replace("-", ""))
			.contains(title)
			.contains(training)
			.doesNotContain(past)
			.doesNotContain("public-review-" + cancelled.getId() + "-")
			.doesNotContain("review of Liberia");
	}

}
