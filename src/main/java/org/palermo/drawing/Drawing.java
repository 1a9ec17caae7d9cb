package org.palermo.drawing;

import java.time.Instant;
import java.util.HexFormat;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.palermo.drawing.engine.DrawingEngine;
import org.palermo.instruments.ThematicCluster;

/**
 * A drawing of lots for a review group and cluster phase. Its input and the commitment to
 * its seed are public from the start; the seed and the result only once the secretariat
 * reveals it.
 */
@Entity
public class Drawing {

	/** What a drawing draws. */
	public enum Kind {

		/** Reviewing States for States under review. */
		LOTS,
		/** The split of the parties into review groups. */
		GROUP_SPLIT

	}

	/** Where a drawing stands. */
	public enum Status {

		/** Input and commitment published; the seed is still secret. */
		COMMITTED,
		/** Seed published, lots drawn, country reviews opened. */
		REVEALED,
		/** Cancelled before its reveal, with a public reason; the seed is never used. */
		CANCELLED,
		/**
		 * A redraw that could not be drawn at its reveal (its kept pairings were no
		 * longer current, or the engine found no draw or ran out of time); its
		 * explanation is public, its seed never used, and it does not count against the
		 * limit of redraws.
		 */
		FAILED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private Integer reviewGroup;

	@Enumerated(EnumType.STRING)
	private ThematicCluster cluster;

	@Enumerated(EnumType.STRING)
	private Status status;

	@Enumerated(EnumType.STRING)
	private Kind kind = Kind.LOTS;

	private String cancelReason;

	private String cancelledBy;

	private Instant cancelledAt;

	private String redrawReason;

	private String inputJson;

	private String inputSha256;

	private String commitment;

	private String seed;

	private String resultJson;

	private String createdBy;

	private Instant createdAt;

	private String revealedBy;

	private Instant revealedAt;

	private Long parentDrawingId;

	private Long countryReviewId;

	private String redrawStateUnderReview;

	private String refusedReviewer;

	private String requestedBy;

	/**
	 * The original drawing's id while this redraw waits for its reveal, null otherwise: a
	 * unique column, so the database itself allows one pending redraw per drawing.
	 */
	private Long pendingRedrawOf;

	private String failureJson;

	private String publicValueSource;

	private String publicValue;

	private Instant failedAt;

	@Version
	private long version;

	protected Drawing() {
	}

	Drawing(String title, Integer reviewGroup, ThematicCluster cluster, String inputJson, String inputSha256,
			String seed, String commitment, String createdBy, Instant createdAt) {
		this.title = title;
		this.reviewGroup = reviewGroup;
		this.cluster = cluster;
		this.inputJson = inputJson;
		this.inputSha256 = inputSha256;
		this.seed = seed;
		this.commitment = commitment;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.status = Status.COMMITTED;
	}

	/**
	 * Makes this drawing the redraw of one reviewer of a country review drawn by another
	 * drawing.
	 */
	void redrawOf(Long parentDrawingId, Long countryReviewId, String stateUnderReview, String refusedReviewer,
			String requestedBy) {
		this.parentDrawingId = parentDrawingId;
		this.countryReviewId = countryReviewId;
		this.redrawStateUnderReview = stateUnderReview;
		this.refusedReviewer = refusedReviewer;
		this.requestedBy = requestedBy;
		this.pendingRedrawOf = parentDrawingId;
	}

	void splitsIntoGroups() {
		this.kind = Kind.GROUP_SPLIT;
	}

	public Kind getKind() {
		return this.kind;
	}

	public boolean isGroupSplit() {
		return this.kind == Kind.GROUP_SPLIT;
	}

	/**
	 * The command anyone runs, with the two downloaded files, to check the drawing; null
	 * before reveal.
	 */
	public String getVerifyCommand() {
		if (!isRevealed()) {
			return null;
		}
		String input = "drawing-" + this.id + "-input.json";
		String seedOptions = " --seed " + this.seed
				+ ((this.publicValue != null) ? " --public-value " + shellQuoted(this.publicValue) : "");
		return isGroupSplit() ? "java -jar palermo.jar split-groups --input " + input + seedOptions
				: "java -jar palermo.jar verify-draw --input " + input + seedOptions + " --draw drawing-" + this.id
						+ "-draw.json";
	}

	/** A POSIX shell word: single quotes, each ' written as '\''. */
	static String shellQuoted(String text) {
		return "'" + text.replace("'", "'\\''") + "'";
	}

	public boolean isRedraw() {
		return this.countryReviewId != null;
	}

	public Long getParentDrawingId() {
		return this.parentDrawingId;
	}

	public Long getCountryReviewId() {
		return this.countryReviewId;
	}

	/** For a redraw: the State under review whose reviewer is replaced. */
	public String getRedrawStateUnderReview() {
		return this.redrawStateUnderReview;
	}

	public String getRefusedReviewer() {
		return this.refusedReviewer;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	/**
	 * Announces, at commitment, the public randomness value that will be mixed into the
	 * seed (a description such as "EuroMillions draw of 2026-12-04").
	 */
	void announcePublicValue(String source) {
		this.publicValueSource = source;
	}

	/** The public randomness value announced at commitment, or null. */
	public String getPublicValueSource() {
		return this.publicValueSource;
	}

	/** The public value typed in at reveal; null before, or when none was announced. */
	public String getPublicValue() {
		return this.publicValue;
	}

	/** The seed that drew: the revealed seed mixed with the public value, if any. */
	public String getDrawSeed() {
		return isRevealed()
				? HexFormat.of()
					.formatHex(DrawingEngine.withPublicValue(HexFormat.of().parseHex(this.seed), this.publicValue))
				: null;
	}

	/** Publishes the seed, the public value if one was announced, and the result. */
	void reveal(String resultJson, String publicValue, String by, Instant at) {
		this.publicValue = publicValue;
		reveal(resultJson, by, at);
	}

	/** Publishes the seed and the result of the lots. */
	void reveal(String resultJson, String by, Instant at) {
		if (this.status != Status.COMMITTED) {
			throw new IllegalStateException("drawing " + this.id + " is " + this.status);
		}
		this.resultJson = resultJson;
		this.revealedBy = by;
		this.revealedAt = at;
		this.status = Status.REVEALED;
		this.pendingRedrawOf = null;
	}

	/**
	 * A redraw that cannot be drawn ends here, with its explanation (JSON of message keys
	 * and arguments); the seed stays unused and the next redraw may be asked for.
	 */
	void fail(String failureJson, Instant at) {
		if (this.status != Status.COMMITTED) {
			throw new IllegalStateException("drawing " + this.id + " is " + this.status);
		}
		this.status = Status.FAILED;
		this.failureJson = failureJson;
		this.failedAt = at;
		this.pendingRedrawOf = null;
	}

	public boolean isFailed() {
		return this.status == Status.FAILED;
	}

	public Instant getFailedAt() {
		return this.failedAt;
	}

	String getFailureJson() {
		return this.failureJson;
	}

	/** Whether this redraw counts against the limit per review: revealed or pending. */
	public boolean countsAsRedraw() {
		return this.status == Status.REVEALED || this.status == Status.COMMITTED;
	}

	public boolean isRevealed() {
		return this.status == Status.REVEALED;
	}

	public boolean isCancelled() {
		return this.status == Status.CANCELLED;
	}

	/**
	 * The secretariat cancels a committed drawing before its reveal, saying why in
	 * public; it stays listed.
	 */
	void cancel(String reason, String by, Instant at) {
		if (this.status != Status.COMMITTED) {
			throw new DrawingRefusedException("drawing.error.notCancellable", "");
		}
		this.status = Status.CANCELLED;
		this.cancelReason = reason;
		this.cancelledBy = by;
		this.cancelledAt = at;
		this.pendingRedrawOf = null;
	}

	public String getCancelReason() {
		return this.cancelReason;
	}

	public Instant getCancelledAt() {
		return this.cancelledAt;
	}

	/** Why the focal point asked for this redraw. */
	public String getRedrawReason() {
		return this.redrawReason;
	}

	void redrawReason(String reason) {
		this.redrawReason = reason;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public Integer getReviewGroup() {
		return this.reviewGroup;
	}

	public ThematicCluster getCluster() {
		return this.cluster;
	}

	public Status getStatus() {
		return this.status;
	}

	public String getInputJson() {
		return this.inputJson;
	}

	public String getInputSha256() {
		return this.inputSha256;
	}

	public String getCommitment() {
		return this.commitment;
	}

	/** The seed, only once revealed: nobody reads it before, the secretariat included. */
	public String getRevealedSeed() {
		return isRevealed() ? this.seed : null;
	}

	String getSecretSeed() {
		return this.seed;
	}

	public String getResultJson() {
		return isRevealed() ? this.resultJson : null;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getRevealedBy() {
		return this.revealedBy;
	}

	public Instant getRevealedAt() {
		return this.revealedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
