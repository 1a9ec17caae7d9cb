package org.palermo.cycle;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.palermo.parties.PartyNames;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public calendar: the upcoming deadlines of the country reviews (steps and dates
 * only, the same public data as the timeline on the public country page) and the public
 * events other modules contribute, grouped by month or as an iCalendar feed.
 */
@Service
public class PublicCalendarService {

	private final CycleService cycle;

	private final TimelineService timelines;

	private final MessageSource messages;

	private final PartyNames names;

	private final Clock clock;

	private final String publicUrl;

	private final List<PublicCalendarContribution> contributions;

	PublicCalendarService(CycleService cycle, TimelineService timelines, MessageSource messages, PartyNames names,
			Clock clock, @Value("${palermo.public-url}") String publicUrl,
			List<PublicCalendarContribution> contributions) {
		this.cycle = cycle;
		this.timelines = timelines;
		this.messages = messages;
		this.names = names;
		this.clock = clock;
		this.publicUrl = publicUrl;
		this.contributions = contributions;
	}

	/** One month of the public calendar. */
	public record Month(YearMonth month, List<CalendarEvent> events) {
	}

	/** Every upcoming public event, earliest first. */
	@Transactional(readOnly = true)
	public List<CalendarEvent> upcoming(Locale locale) {
		LocalDate today = LocalDate.now(this.clock);
		List<CalendarEvent> events = new ArrayList<>(reviewDeadlines(today, locale));
		for (PublicCalendarContribution contribution : this.contributions) {
			contribution.publicEvents(today, locale)
				.stream()
				.filter((e) -> !e.endsOn().isBefore(today))
				.forEach(events::add);
		}
		events.sort(Comparator.comparing(CalendarEvent::startsOn)
			.thenComparing(CalendarEvent::endsOn)
			.thenComparing(CalendarEvent::uid));
		return events;
	}

	/** The upcoming public events grouped by the month they start in. */
	@Transactional(readOnly = true)
	public List<Month> byMonth(Locale locale) {
		Map<YearMonth, List<CalendarEvent>> months = new LinkedHashMap<>();
		for (CalendarEvent event : upcoming(locale)) {
			months.computeIfAbsent(YearMonth.from(event.startsOn()), (m) -> new ArrayList<>()).add(event);
		}
		return months.entrySet().stream().map((e) -> new Month(e.getKey(), e.getValue())).toList();
	}

	/** The public iCalendar feed. */
	@Transactional(readOnly = true)
	public String ics(Locale locale) {
		return Ics.calendar(this.messages.getMessage("timeline.public.title", null, locale), Instant.now(this.clock),
				upcoming(locale));
	}

	private List<CalendarEvent> reviewDeadlines(LocalDate today, Locale locale) {
		List<CalendarEvent> events = new ArrayList<>();
		List<CountryReview> open = this.cycle.all()
			.stream()
			.filter((r) -> r.getPhase() != ReviewPhase.CANCELLED && r.getPhase() != ReviewPhase.CLOSED)
			.toList();
		Map<Long, List<ReviewTimeline.Entry>> steps = this.timelines.stepDates(open);
		for (CountryReview review : open) {
			String state = this.names.name(review.getStateUnderReview(), locale);
			String cluster = this.messages.getMessage(review.getCluster().nameKey(), null, locale);
			for (ReviewTimeline.Entry entry : steps.get(review.getId())) {
				if (entry.deadline() == null || entry.doneOn() != null || entry.deadline().isBefore(today)) {
					continue;
				}
				String step = this.messages.getMessage(entry.step().labelKey(), null, locale);
				events.add(new CalendarEvent("public-review-" + review.getId() + "-" + entry.step().name() + "@palermo",
						entry.deadline(), this.messages.getMessage("timeline.public.deadline",
								new Object[] { step, state, cluster }, locale),
						null, this.publicUrl + "/parties/" + review.getStateUnderReview()));
			}
		}
		return events;
	}

}
