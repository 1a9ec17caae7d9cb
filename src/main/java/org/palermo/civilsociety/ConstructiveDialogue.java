package org.palermo.civilsociety;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.palermo.system.UserInputException;

/**
 * A constructive dialogue with civil society after a working-group session (rule para.
 * 53), on its theme.
 */
@Entity
public class ConstructiveDialogue {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Enumerated(EnumType.STRING)
	private WorkingGroup theme;

	private LocalDate startsOn;

	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	private DialogueFormat format;

	private String venue;

	private LocalDate preparationDay;

	private LocalDate applicationDeadline;

	private String agenda;

	private String summary;

	private Instant summaryPublishedAt;

	private Instant createdAt;

	@Version
	private long version;

	protected ConstructiveDialogue() {
	}

	ConstructiveDialogue(DialogueForm form, Instant now) {
		if (form.endsOn().isBefore(form.startsOn())) {
			throw new UserInputException("civilsociety.error.dialogueDates");
		}
		if (form.applicationDeadline().isAfter(form.startsOn())) {
			throw new UserInputException("civilsociety.error.applicationDeadline");
		}
		if (form.preparationDay() != null && form.preparationDay().isAfter(form.startsOn())) {
			throw new UserInputException("civilsociety.error.preparationDay");
		}
		this.title = form.title().strip();
		this.theme = form.theme();
		this.startsOn = form.startsOn();
		this.endsOn = form.endsOn();
		this.format = form.format();
		this.venue = blankToNull(form.venue());
		this.preparationDay = form.preparationDay();
		this.applicationDeadline = form.applicationDeadline();
		this.agenda = blankToNull(form.agenda());
		this.createdAt = now;
	}

	/** Whether organisations may still apply on this day. */
	public boolean isOpenForApplications(LocalDate today) {
		return !today.isAfter(this.applicationDeadline);
	}

	/** Whether written statements are still taken (before the dialogue begins). */
	public boolean takesStatements(LocalDate today) {
		return today.isBefore(this.startsOn);
	}

	/** The summary is published once the dialogue has been held. */
	void publishSummary(String summary, LocalDate today, Instant now) {
		if (today.isBefore(this.endsOn)) {
			throw new UserInputException("civilsociety.error.summaryTooEarly");
		}
		if (summary == null || summary.isBlank() || summary.length() > 20000) {
			throw new UserInputException("civilsociety.error.summary");
		}
		this.summary = summary.strip();
		this.summaryPublishedAt = now;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public WorkingGroup getTheme() {
		return this.theme;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public DialogueFormat getFormat() {
		return this.format;
	}

	public String getVenue() {
		return this.venue;
	}

	public LocalDate getPreparationDay() {
		return this.preparationDay;
	}

	public LocalDate getApplicationDeadline() {
		return this.applicationDeadline;
	}

	public String getAgenda() {
		return this.agenda;
	}

	public String getSummary() {
		return this.summary;
	}

	public Instant getSummaryPublishedAt() {
		return this.summaryPublishedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public long getVersion() {
		return this.version;
	}

}
