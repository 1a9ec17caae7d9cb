package org.palermo.parties;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A party's name in the reader's language: a message key {@code party.name.XX} where the
 * UN short name differs from the common one, otherwise the CLDR name for the ISO code,
 * otherwise the English name of the reference file.
 */
@Component("partyNames")
public class PartyNames {

	private final MessageSource messages;

	private final Map<String, String> english = new ConcurrentHashMap<>();

	PartyNames(MessageSource messages, StatePartyRepository parties) {
		this.messages = messages;
		parties.findAllWithParticipation().forEach((party) -> this.english.put(party.getCode(), party.getName()));
	}

	public String name(String code, Locale locale) {
		String englishName = this.english.getOrDefault(code, code);
		if (locale == null || "en".equals(locale.getLanguage())) {
			return englishName;
		}
		String override = this.messages.getMessage("party.name." + code, null, null, locale);
		if (override != null) {
			return override;
		}
		String cldr = new Locale("", code).getDisplayCountry(locale);
		return (cldr.isBlank() || cldr.equals(code)) ? englishName : cldr;
	}

	void remember(String code, String englishName) {
		this.english.put(code, englishName);
	}

}
