package org.palermo.cycle;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One re-planning of a review's deadlines, with its reason: shown on the review page. */
@Entity
@Table(name = "country_review_replan")
public class Replan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long reviewId;

	private String reason;

	/** The moved deadlines, as {@code STEP=old>new} separated by semicolons. */
	private String changes;

	private String changedBy;

	private Instant changedAt;

	protected Replan() {
	}

	Replan(Long reviewId, String reason, String changes, String changedBy, Instant changedAt) {
		this.reviewId = reviewId;
		this.reason = reason;
		this.changes = changes;
		this.changedBy = changedBy;
		this.changedAt = changedAt;
	}

	public String getReason() {
		return this.reason;
	}

	/** The moved deadlines, in step order. */
	public List<Move> getMoves() {
		List<Move> moves = new ArrayList<>();
		for (String part : this.changes.split(";")) {
			String[] fields = part.split("[=>]");
			if (fields.length == 3) {
				moves.add(new Move(ReviewStep.valueOf(fields[0]), LocalDate.parse(fields[1]),
						LocalDate.parse(fields[2])));
			}
		}
		return moves;
	}

	static String describe(Map<ReviewStep, LocalDate> before, Map<ReviewStep, LocalDate> after) {
		StringBuilder changes = new StringBuilder();
		for (ReviewStep step : ReviewStep.values()) {
			LocalDate from = before.get(step);
			LocalDate to = after.get(step);
			if (from != null && to != null && !from.equals(to)) {
				changes.append((changes.length() > 0) ? ";" : "")
					.append(step.name())
					.append('=')
					.append(from)
					.append('>')
					.append(to);
			}
		}
		return changes.toString();
	}

	/** One deadline moved from one date to another. */
	public record Move(ReviewStep step, LocalDate from, LocalDate to) {
	}

	public String getChangedBy() {
		return this.changedBy;
	}

	public Instant getChangedAt() {
		return this.changedAt;
	}

}
