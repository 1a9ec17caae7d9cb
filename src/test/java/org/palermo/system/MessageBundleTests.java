package org.palermo.system;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every visible string is a message key present in all six languages; templates hold no
 * raw text.
 */
class MessageBundleTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	private static final Pattern STATIC_KEY = Pattern.compile("#\\{([A-Za-z0-9_.]+)\\}");

	private static final Set<String> TEXT_ATTRIBUTES = Set.of("placeholder", "title", "alt", "aria-label");

	/**
	 * Every bundle the application reads, as {@code spring.messages.basename} lists them.
	 */
	private static List<String> basenames() throws IOException {
		Properties application = new Properties();
		try (Reader reader = new InputStreamReader(
				MessageBundleTests.class.getResourceAsStream("/application.properties"), StandardCharsets.UTF_8)) {
			application.load(reader);
		}
		return List.of(application.getProperty("spring.messages.basename").split(","));
	}

	/** All keys of one language (no suffix: the fallback file), over every bundle. */
	private static Properties bundle(String language) throws IOException {
		Properties properties = new Properties();
		for (String basename : basenames()) {
			String name = "/" + basename.trim() + (language.isEmpty() ? "" : "_" + language) + ".properties";
			var stream = MessageBundleTests.class.getResourceAsStream(name);
			assertThat(stream).as(name).isNotNull();
			try (Reader reader = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
				Properties one = new Properties();
				one.load(reader);
				for (String key : one.stringPropertyNames()) {
					assertThat(properties).as(key + " of " + name + " is in another bundle too").doesNotContainKey(key);
				}
				properties.putAll(one);
			}
		}
		return properties;
	}

	@Test
	void everyLanguageHasEveryKeyAndNoEmptyMessage() throws IOException {
		Set<String> english = new TreeSet<>(bundle("en").stringPropertyNames());
		assertThat(english).hasSizeGreaterThan(300);
		List<String> languages = new ArrayList<>(Languages.CODES);
		languages.add("");
		for (String language : languages) {
			Properties messages = bundle(language);
			assertThat(new TreeSet<>(messages.stringPropertyNames())).as("keys of " + language).isEqualTo(english);
			assertThat(messages.entrySet()).as("empty messages in " + language)
				.allSatisfy((entry) -> assertThat(entry.getValue().toString()).isNotBlank());
		}
	}

	@Test
	void translationsAreNotEnglishCopies() throws IOException {
		Properties english = bundle("en");
		for (String language : List.of("ar", "zh", "ru")) {
			Properties messages = bundle(language);
			long copies = english.stringPropertyNames()
				.stream()
				.filter((key) -> !key.startsWith("language.") && !key.equals("app.name"))
				.filter((key) -> english.getProperty(key).equals(messages.getProperty(key)))
				.filter((key) -> english.getProperty(key).matches(".*[A-Za-z]{3,}.*"))
				.count();
			assertThat(copies).as("untranslated messages in " + language).isZero();
		}
	}

	@Test
	void everyKeyATemplateNamesExists() throws IOException {
		Properties english = bundle("en");
		List<String> missing = new ArrayList<>();
		for (Path template : templates()) {
			Matcher matcher = STATIC_KEY.matcher(Files.readString(template));
			while (matcher.find()) {
				if (!english.containsKey(matcher.group(1))) {
					missing.add(template.getFileName() + ": " + matcher.group(1));
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void templatesHoldNoRawText() throws IOException {
		List<String> raw = new ArrayList<>();
		for (Path template : templates()) {
			Document document = Jsoup.parse(Files.readString(template));
			for (Element element : document.getAllElements()) {
				if (element.tagName().equals("script") || element.tagName().equals("style")) {
					continue;
				}
				for (TextNode text : element.textNodes()) {
					if (text.text().codePoints().anyMatch(Character::isLetter)) {
						raw.add(template.getFileName() + ": <" + element.tagName() + "> " + text.text().trim());
					}
				}
				element.attributes().forEach((attribute) -> {
					if (TEXT_ATTRIBUTES.contains(attribute.getKey())
							&& attribute.getValue().codePoints().anyMatch(Character::isLetter)) {
						raw.add(template.getFileName() + ": " + attribute.getKey() + "=" + attribute.getValue());
					}
				});
			}
		}
		assertThat(raw).isEmpty();
	}

	private static List<Path> templates() throws IOException {
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			List<Path> html = files.filter((p) -> p.toString().endsWith(".html")).toList();
			assertThat(html).isNotEmpty();
			return html;
		}
	}

}
