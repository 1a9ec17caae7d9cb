package org.palermo.system;

import java.util.Locale;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Somebody else changed the same thing since the user loaded it; nothing was overwritten.
 * Made with what changed: its kind and id ({@code "review 12"}).
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class ConcurrentEditException extends RuntimeException {

	public ConcurrentEditException(String what) {
		super(what);
	}

	/** The kind of thing that changed, as a message key of its name. */
	public String subjectKey() {
		String what = (getMessage() != null) ? getMessage() : "";
		int space = what.indexOf(' ');
		return subjectKeyOf((space > 0) ? what.substring(0, space) : what);
	}

	/**
	 * The message key naming a kind of thing ({@code review}, {@code CountryReview}...).
	 */
	public static String subjectKeyOf(String kind) {
		String key = switch (kind.toLowerCase(Locale.ROOT)) {
			case "review", "countryreview" -> "review";
			case "drawing" -> "drawing";
			case "account" -> "account";
			case "member", "reviewmember" -> "member";
			case "article" -> "article";
			case "feedback", "feedbackentry" -> "feedback";
			case "observation", "observationitem" -> "observation";
			case "summary", "summarydocument" -> "summary";
			case "publication", "reviewpublication" -> "publication";
			case "import", "participationimport" -> "import";
			case "party", "stateparty" -> "party";
			case "token", "accesstoken" -> "token";
			case "answer" -> "answer";
			default -> "other";
		};
		return "conflict.subject." + key;
	}

}
