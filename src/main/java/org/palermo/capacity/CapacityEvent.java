package org.palermo.capacity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/**
 * A training or workshop: dates, a place and/or online, its languages, a number of seats
 * (one per registered organisation) and a registration deadline. Public.
 */
@Entity
public class CapacityEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	private String title;

	private String description;

	private LocalDate startsOn;

	private LocalDate endsOn;

	private String place;

	private boolean online;

	private String languages;

	private int seats;

	private LocalDate registrationDeadline;

	private Instant createdAt;

	@Version
	private long version;

	protected CapacityEvent() {
	}

	CapacityEvent(EventForm form, Instant now) {
		this.createdAt = now;
		change(form);
	}

	void change(EventForm form) {
		this.kind = form.kind();
		this.title = form.title();
		this.description = form.description();
		this.startsOn = form.startsOn();
		this.endsOn = form.endsOn();
		this.place = form.place();
		this.online = form.online();
		this.languages = String.join(",", form.languages());
		this.seats = form.seats();
		this.registrationDeadline = form.registrationDeadline();
	}

	/**
	 * Registration is open until the end of the deadline's day, and never after the
	 * start.
	 */
	public boolean isOpenForRegistration(LocalDate today) {
		return !today.isAfter(this.registrationDeadline) && today.isBefore(this.startsOn.plusDays(1));
	}

	public Long getId() {
		return this.id;
	}

	public EventKind getKind() {
		return this.kind;
	}

	public String getTitle() {
		return this.title;
	}

	public String getDescription() {
		return this.description;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public String getPlace() {
		return this.place;
	}

	public boolean isOnline() {
		return this.online;
	}

	public List<String> getLanguages() {
		return Arrays.asList(this.languages.split(","));
	}

	public int getSeats() {
		return this.seats;
	}

	public LocalDate getRegistrationDeadline() {
		return this.registrationDeadline;
	}

	public long getVersion() {
		return this.version;
	}

}
