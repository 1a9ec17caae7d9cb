package org.palermo.notifications;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTML part of a mail: escaped, links clickable, Arabic right-to-left. */
class MailHtmlTests {

	@Test
	void textIsEscapedParagraphsKeptAndLinksClickable() {
		String html = MailHtml.of(Locale.ENGLISH, "A <b>subject</b>",
				"Hello <script>alert(1)</script> & co,\n\nSee https://palermo.example.org/reviews/7?a=1&b=2 now.\nBye");
		assertThat(html).contains("<html lang=\"en\" dir=\"ltr\">")
			.contains("<title>A &lt;b&gt;subject&lt;/b&gt;</title>")
			.contains("<p>Hello &lt;script&gt;alert(1)&lt;/script&gt; &amp; co,</p>")
			.contains("<a href=\"https://palermo.example.org/reviews/7?a=1&amp;b=2\">"
					+ "https://palermo.example.org/reviews/7?a=1&amp;b=2</a> now.<br>\nBye</p>")
			.doesNotContain("<script>");
	}

	@Test
	void arabicMailIsRightToLeft() {
		assertThat(MailHtml.of(Locale.forLanguageTag("ar"), "باليرمو", "مرحبًا")).contains("lang=\"ar\" dir=\"rtl\"")
			.contains("<p>مرحبًا</p>");
	}

}
