package org.palermo.questionnaires;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import org.palermo.instruments.Instrument;

/**
 * One question of a template, with a key that stays the same across template versions and
 * exported files ({@code UNTOC-5-STATUS}), its prompt and guidance in English and, once
 * translated, in the other languages.
 */
@Entity
public class TemplateQuestion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String questionKey;

	@Enumerated(EnumType.STRING)
	private Instrument instrument;

	private int articleNumber;

	private String articleTitle;

	@Enumerated(EnumType.STRING)
	private QuestionKind kind;

	private int position;

	/** The status question whose NO or YES_IN_PART asks this one; null: always asked. */
	private String conditionKey;

	private String promptEn;

	/**
	 * The key of the question of the version before that this one replaces (its answer
	 * moves here); null when it is the same key or a new question.
	 */
	private String previousKey;

	private String guidanceEn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "template_question_text", joinColumns = @JoinColumn(name = "question_id"))
	@MapKeyColumn(name = "lang")
	private Map<String, Text> translations = new HashMap<>();

	protected TemplateQuestion() {
	}

	TemplateQuestion(String questionKey, Instrument instrument, int articleNumber, String articleTitle,
			QuestionKind kind, int position, String conditionKey, String promptEn, String guidanceEn) {
		this.questionKey = questionKey;
		this.instrument = instrument;
		this.articleNumber = articleNumber;
		this.articleTitle = articleTitle;
		this.kind = kind;
		this.position = position;
		this.conditionKey = conditionKey;
		this.promptEn = promptEn;
		this.guidanceEn = guidanceEn;
	}

	/** A copy for a new draft version: same key, texts and translations. */
	TemplateQuestion copy() {
		TemplateQuestion copy = new TemplateQuestion(this.questionKey, this.instrument, this.articleNumber,
				this.articleTitle, this.kind, this.position, this.conditionKey, this.promptEn, this.guidanceEn);
		this.translations.forEach((lang, text) -> copy.translations.put(lang, new Text(text.prompt, text.guidance)));
		return copy;
	}

	/** The prompt and guidance in one language (English replaces the default texts). */
	void write(String language, String prompt, String guidance) {
		if ("en".equals(language)) {
			this.promptEn = prompt;
			this.guidanceEn = guidance;
		}
		else {
			this.translations.put(language, new Text(prompt, guidance));
		}
	}

	/** A new key for the question; its answers move here from the old key. */
	void rekey(String newKey) {
		if (this.previousKey == null) {
			this.previousKey = this.questionKey;
		}
		this.questionKey = newKey;
	}

	void placeAt(int newPosition) {
		this.position = newPosition;
	}

	public String getPreviousKey() {
		return this.previousKey;
	}

	/** Whether the prompt is written in this language (English always is). */
	public boolean isWrittenIn(String language) {
		return "en".equals(language) || this.translations.containsKey(language);
	}

	public String getQuestionKey() {
		return this.questionKey;
	}

	public Instrument getInstrument() {
		return this.instrument;
	}

	public int getArticleNumber() {
		return this.articleNumber;
	}

	public String getArticleTitle() {
		return this.articleTitle;
	}

	/** The section the question belongs to: one article of one instrument. */
	public String getSectionKey() {
		return sectionKey(this.instrument, this.articleNumber);
	}

	static String sectionKey(Instrument instrument, int articleNumber) {
		return instrument.name() + "-" + articleNumber;
	}

	public QuestionKind getKind() {
		return this.kind;
	}

	public int getPosition() {
		return this.position;
	}

	public String getConditionKey() {
		return this.conditionKey;
	}

	/** The prompt in the reader's language where translated, otherwise in English. */
	public String prompt(Locale locale) {
		Text text = this.translations.get(locale.getLanguage());
		return (text != null) ? text.prompt : this.promptEn;
	}

	public String guidance(Locale locale) {
		Text text = this.translations.get(locale.getLanguage());
		return (text != null) ? text.guidance : this.guidanceEn;
	}

	/** The language the prompt is shown in, for the page's {@code lang} attribute. */
	public String languageFor(Locale locale) {
		return this.translations.containsKey(locale.getLanguage()) ? locale.getLanguage() : "en";
	}

	/** A prompt and its guidance in one language. */
	@Embeddable
	public static class Text {

		@Column(name = "prompt")
		private String prompt;

		@Column(name = "guidance")
		private String guidance;

		protected Text() {
		}

		Text(String prompt, String guidance) {
			this.prompt = prompt;
			this.guidance = guidance;
		}

	}

}
