package org.palermo.drawing.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The English messages of the drawing bundle ({@code i18n/drawing.properties}), read
 * without Spring so that the command line and the engine's explanations use the very
 * texts the pages show in English.
 */
public final class EnglishMessages {

	private static final Properties MESSAGES = load();

	private EnglishMessages() {
	}

	/** The message of a key with its arguments, as MessageFormat writes it. */
	public static String format(String key, List<?> arguments) {
		String pattern = MESSAGES.getProperty(key);
		if (pattern == null) {
			return key + " " + arguments;
		}
		if (arguments.isEmpty()) {
			// As Spring does: a message without arguments is not a MessageFormat pattern.
			return pattern;
		}
		return new MessageFormat(pattern, Locale.ENGLISH).format(arguments.toArray());
	}

	private static Properties load() {
		Properties properties = new Properties();
		try (InputStream in = EnglishMessages.class.getResourceAsStream("/i18n/drawing.properties")) {
			if (in != null) {
				properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return properties;
	}

}
