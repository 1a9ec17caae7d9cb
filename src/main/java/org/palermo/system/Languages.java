package org.palermo.system;

import java.util.List;
import java.util.Locale;

/** The six official languages of the United Nations, in which every page exists. */
public final class Languages {

	/** In the UN order: Arabic, Chinese, English, French, Russian, Spanish. */
	public static final List<String> CODES = List.of("ar", "zh", "en", "fr", "ru", "es");

	private Languages() {
	}

	public static Locale supportedOrDefault(Locale requested) {
		if (requested != null && CODES.contains(requested.getLanguage())) {
			return new Locale(requested.getLanguage());
		}
		return Locale.ENGLISH;
	}

}
