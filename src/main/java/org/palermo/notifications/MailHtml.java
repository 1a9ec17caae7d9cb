package org.palermo.notifications;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The HTML part of a mail, made from its plain text: escaped, paragraphs kept, links
 * clickable, and right-to-left for Arabic.
 */
final class MailHtml {

	private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

	private MailHtml() {
	}

	static String of(Locale locale, String subject, String text) {
		String language = (locale != null) ? locale.getLanguage() : "en";
		String dir = "ar".equals(language) ? "rtl" : "ltr";
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"")
			.append(HtmlUtils.htmlEscape(language))
			.append("\" dir=\"")
			.append(dir)
			.append("\">\n<head><meta charset=\"utf-8\"><title>")
			.append(HtmlUtils.htmlEscape(subject))
			.append("</title></head>\n<body style=\"font-family: sans-serif; line-height: 1.5\">\n");
		for (String paragraph : text.strip().split("\\n\\s*\\n")) {
			html.append("<p>").append(linked(paragraph.strip()).replace("\n", "<br>\n")).append("</p>\n");
		}
		html.append("</body>\n</html>\n");
		return html.toString();
	}

	private static String linked(String text) {
		Matcher matcher = LINK.matcher(text);
		StringBuilder out = new StringBuilder();
		int last = 0;
		while (matcher.find()) {
			out.append(HtmlUtils.htmlEscape(text.substring(last, matcher.start())));
			String url = HtmlUtils.htmlEscape(matcher.group());
			out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
			last = matcher.end();
		}
		out.append(HtmlUtils.htmlEscape(text.substring(last)));
		return out.toString();
	}

}
