package org.palermo.drawing;

import java.time.Instant;
import java.util.List;

import org.palermo.drawing.engine.Draw;
import org.palermo.drawing.engine.ReviewGroupSplit;

/**
 * A drawing as the public API shows it. {@code seed} and {@code result} are {@code null}
 * until the drawing is revealed; the commitment, SHA-256 of the seed's bytes, is
 * published from the start; a cancelled drawing carries its public reason.
 */
record DrawingJson(long id, String title, Integer reviewGroup, String cluster, String status, String inputSha256,
		String commitment, String seed, Instant createdAt, Instant revealedAt, List<String> statesUnderReview,
		String inputUrl, String drawUrl, String verifyCommand, Draw result, List<ReviewGroupSplit.Group> reviewGroups,
		String publicValueSource, String publicValue, String drawSeed,
		List<DrawingRefusedException.Explanation> failure, String cancelReason, Instant cancelledAt) {

	static DrawingJson of(Drawing drawing, List<String> statesUnderReview, Draw result, ReviewGroupSplit.Result split,
			List<DrawingRefusedException.Explanation> failure) {
		String input = "/api/drawings/" + drawing.getId() + "/input.json";
		String draw = drawing.isRevealed() ? "/api/drawings/" + drawing.getId() + "/draw.json" : null;
		String verify = drawing.getVerifyCommand();
		return new DrawingJson(drawing.getId(), drawing.getTitle(), drawing.getReviewGroup(),
				(drawing.getCluster() != null) ? drawing.getCluster().name() : null, drawing.getStatus().name(),
				drawing.getInputSha256(), drawing.getCommitment(), drawing.getRevealedSeed(), drawing.getCreatedAt(),
				drawing.getRevealedAt(), statesUnderReview, input, draw, verify, result,
				(split != null) ? split.groups() : null, drawing.getPublicValueSource(),
				drawing.isRevealed() ? drawing.getPublicValue() : null, drawing.getDrawSeed(), failure,
				drawing.getCancelReason(), drawing.getCancelledAt());
	}

}
