package org.palermo.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.palermo.system.UserInputException;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * What a new password must be (ASVS 5.0 V6.2): 12 to 128 characters, any characters, no
 * composition rules; not one of the passwords most found in breaches (the list shipped in
 * {@code security/common-passwords.txt.gz}); and not guessable by the zxcvbn estimate
 * (score 3 of 4 at least), which also weighs the person's own name and address.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	static final int MIN_SCORE = 3;

	private final Set<String> common;

	private final Zxcvbn zxcvbn = new Zxcvbn();

	PasswordPolicy() {
		this.common = load();
	}

	/** Throws with the reason, as a message key, when the password may not be used. */
	public void check(String password, String... personal) {
		int length = (password != null) ? password.codePointCount(0, password.length()) : 0;
		if (length < MIN_LENGTH || length > MAX_LENGTH) {
			throw new UserInputException("account.error.passwordLength");
		}
		if (isCommon(password)) {
			throw new UserInputException("password.error.common");
		}
		List<String> inputs = new ArrayList<>();
		for (String value : personal) {
			if (value != null && !value.isBlank()) {
				inputs.add(value);
				inputs.addAll(List.of(value.split("[@._\\s-]+")));
			}
		}
		// zxcvbn's cost grows with length; the first 64 characters decide well enough.
		String measured = (password.length() > 64) ? password.substring(0, 64) : password;
		if (this.zxcvbn.measure(measured, inputs).getScore() < MIN_SCORE) {
			throw new UserInputException("password.error.weak");
		}
	}

	boolean isCommon(String password) {
		return password != null && this.common.contains(password.trim().toLowerCase(Locale.ROOT));
	}

	/**
	 * Keeps in memory only the entries long enough to pass the length rule: the others
	 * are refused anyway.
	 */
	private static Set<String> load() {
		Set<String> entries = new HashSet<>();
		try (InputStream in = new ClassPathResource("security/common-passwords.txt.gz").getInputStream();
				BufferedReader reader = new BufferedReader(
						new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				String entry = line.trim().toLowerCase(Locale.ROOT);
				if (entry.length() >= MIN_LENGTH) {
					entries.add(entry);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(entries);
	}

}
