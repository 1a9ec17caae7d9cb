package org.palermo.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.ar.ArabicAnalyzer;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;

/**
 * One analyzer per official language: Arabic normalisation and light stemming (clitics,
 * sound plurals), Chinese bigrams (no spaces needed), and Snowball or light stemmers for
 * English, French (with elision), Russian and Spanish.
 */
final class Analyzers {

	/** The six official languages, as the search names them. */
	static final List<String> LANGUAGES = List.of("ar", "zh", "en", "fr", "ru", "es");

	private Analyzers() {
	}

	static String textField(String language) {
		return "text_" + language;
	}

	static String titleField(String language) {
		return "title_" + language;
	}

	static Analyzer forLanguage(String language) {
		return switch (language) {
			case "ar" -> new ArabicAnalyzer();
			case "zh" -> new CJKAnalyzer();
			case "en" -> new EnglishAnalyzer();
			case "fr" -> new FrenchAnalyzer();
			case "ru" -> new RussianAnalyzer();
			case "es" -> new SpanishAnalyzer();
			default -> throw new IllegalArgumentException("language " + language);
		};
	}

	/** Text and title fields analysed in their language, everything else as keywords. */
	static Analyzer perField() {
		Map<String, Analyzer> fields = new HashMap<>();
		for (String language : LANGUAGES) {
			Analyzer analyzer = forLanguage(language);
			fields.put(textField(language), analyzer);
			fields.put(titleField(language), analyzer);
		}
		return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), fields);
	}

}
