package org.palermo.drawing;

import java.util.Locale;

import org.palermo.parties.PartyNames;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A drawing's name in the reader's language: the title the secretariat gave it, or for a
 * redraw, which reviewer of which State under review it replaces.
 */
@Component("drawingNames")
public class DrawingNames {

	private final MessageSource messages;

	private final PartyNames parties;

	DrawingNames(MessageSource messages, PartyNames parties) {
		this.messages = messages;
		this.parties = parties;
	}

	public String name(Drawing drawing, Locale locale) {
		if (!drawing.isRedraw()) {
			return drawing.getTitle();
		}
		return this.messages.getMessage("redraw.name",
				new Object[] { this.parties.name(drawing.getRedrawStateUnderReview(), locale),
						this.messages.getMessage(drawing.getCluster().nameKey(), null, locale),
						this.parties.name(drawing.getRefusedReviewer(), locale) },
				locale);
	}

}
