package org.palermo.drawing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.palermo.parties.PartyNames;
import org.palermo.parties.RegionalGroup;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An explanation of the engine (a message key of the drawing bundle with arguments) as a
 * sentence in the reader's language, its arguments named in that language too: a State's
 * code becomes its name, a regional group and an instrument their names; lists ("KE, UG
 * (+3)") are named item by item, numbers stay as they are.
 */
@Component("drawingExplanations")
public class DrawingExplanations {

	private static final Set<String> INSTRUMENTS = Set.of("UNTOC", "TIP", "SOM", "FA");

	private static final Set<String> GROUPS = Arrays.stream(RegionalGroup.values())
		.map(Enum::name)
		.collect(Collectors.toSet());

	private static final Pattern MORE = Pattern.compile("^(.*?)( \\(\\+\\d+\\))$");

	private final MessageSource messages;

	private final PartyNames parties;

	DrawingExplanations(MessageSource messages, PartyNames parties) {
		this.messages = messages;
		this.parties = parties;
	}

	public String text(DrawingRefusedException.Explanation explanation, Locale locale) {
		Object[] arguments = explanation.arguments().stream().map((a) -> named(a, locale)).toArray();
		return this.messages.getMessage(explanation.key(), arguments, explanation.key(), locale);
	}

	String named(String argument, Locale locale) {
		if (argument == null) {
			return "";
		}
		String list = argument;
		String more = "";
		Matcher matcher = MORE.matcher(argument);
		if (matcher.matches()) {
			list = matcher.group(1);
			more = matcher.group(2);
		}
		return Arrays.stream(list.split(", ", -1)).map((item) -> one(item, locale)).collect(Collectors.joining(", "))
				+ more;
	}

	private String one(String item, Locale locale) {
		if (INSTRUMENTS.contains(item)) {
			return this.messages.getMessage("instrument." + item + ".short", null, item, locale);
		}
		if (GROUPS.contains(item)) {
			return this.messages.getMessage("group." + item, null, item, locale);
		}
		if (item.matches("[A-Z]{2}") && !this.parties.name(item, Locale.ENGLISH).equals(item)) {
			return this.parties.name(item, locale);
		}
		return item;
	}

}
