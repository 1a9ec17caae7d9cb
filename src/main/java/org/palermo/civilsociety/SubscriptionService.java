package org.palermo.civilsociety;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.ReviewPhaseChanged;
import org.palermo.notifications.MailService;
import org.palermo.parties.PartyNames;
import org.palermo.parties.PartyService;
import org.palermo.system.UserInputException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mail subscriptions to a country's updates: double opt-in (a confirmation link), a link
 * to leave in every mail; updates are its reviews' phase changes and input made public.
 */
@Service
public class SubscriptionService {

	private static final Set<String> LANGUAGES = Set.of("ar", "zh", "en", "fr", "ru", "es");

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

	private static final SecureRandom RANDOM = new SecureRandom();

	private final CountrySubscriptionRepository subscriptions;

	private final PartyService parties;

	private final PartyNames names;

	private final CycleService cycle;

	private final MailService mail;

	private final MessageSource messages;

	private final Clock clock;

	private final String publicUrl;

	SubscriptionService(CountrySubscriptionRepository subscriptions, PartyService parties, PartyNames names,
			CycleService cycle, MailService mail, MessageSource messages, Clock clock,
			@Value("${palermo.public-url}") String publicUrl) {
		this.subscriptions = subscriptions;
		this.parties = parties;
		this.names = names;
		this.cycle = cycle;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock;
		this.publicUrl = publicUrl;
	}

	/**
	 * Mails a confirmation link; says nothing of whether the address already follows the
	 * country (the answer is the same either way).
	 */
	@Transactional
	public void subscribe(String countryCode, String email, Locale locale) {
		String code = (countryCode != null) ? countryCode.strip().toUpperCase(Locale.ROOT) : "";
		if (!code.matches("[A-Z]{2}") || !this.parties.exists(code)) {
			throw new UserInputException("civilsociety.error.country");
		}
		String address = (email != null) ? email.strip() : "";
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw new UserInputException("validation.email");
		}
		String language = LANGUAGES.contains(locale.getLanguage()) ? locale.getLanguage() : "en";
		Optional<CountrySubscription> existing = this.subscriptions.findByCountryCodeAndEmailIgnoreCase(code, address);
		if (existing.isPresent() && existing.get().isConfirmed()) {
			return;
		}
		String token = newToken();
		if (existing.isPresent()) {
			existing.get().renew(sha256(token), language);
		}
		else {
			this.subscriptions.save(new CountrySubscription(code, address, language, sha256(token), newToken(),
					Instant.now(this.clock)));
		}
		Locale in = Locale.forLanguageTag(language);
		this.mail.send(address, message("civilsociety.subscription.mail.confirm.subject", in, country(code, in)),
				message("civilsociety.subscription.mail.confirm.body", in, country(code, in),
						this.publicUrl + "/subscriptions/" + token + "/confirm"));
	}

	/** The subscription a confirmation link belongs to, if any. */
	@Transactional(readOnly = true)
	public Optional<CountrySubscription> toConfirm(String token) {
		return (token != null && token.length() <= 100) ? this.subscriptions.findByTokenHash(sha256(token))
				: Optional.empty();
	}

	/** The subscription a link to leave belongs to, if any. */
	@Transactional(readOnly = true)
	public Optional<CountrySubscription> toLeave(String token) {
		return (token != null && token.length() <= 100) ? this.subscriptions.findByLeaveToken(token) : Optional.empty();
	}

	@Transactional
	public boolean confirm(String token) {
		Optional<CountrySubscription> subscription = toConfirm(token);
		subscription.ifPresent((s) -> s.confirm(Instant.now(this.clock)));
		return subscription.isPresent();
	}

	@Transactional
	public boolean unsubscribe(String token) {
		Optional<CountrySubscription> subscription = toLeave(token);
		subscription.ifPresent(this.subscriptions::delete);
		return subscription.isPresent();
	}

	/** A review of a followed State changed phase. */
	@ApplicationModuleListener
	void on(ReviewPhaseChanged changed) {
		CountryReview review = this.cycle.review(changed.reviewId());
		tell(review.getStateUnderReview(), "civilsociety.subscription.mail.phase",
				(in) -> new Object[] { country(review.getStateUnderReview(), in), message(changed.to().labelKey(), in),
						this.publicUrl + "/reviews/" + review.getId() });
	}

	/** Input on a review of a followed State became public. */
	@ApplicationModuleListener
	void on(CountryInputPublished published) {
		tell(published.stateUnderReview(), "civilsociety.subscription.mail.input",
				(in) -> new Object[] { country(published.stateUnderReview(), in), published.title(),
						this.publicUrl + "/reviews/" + published.reviewId() });
	}

	private void tell(String state, String key, java.util.function.Function<Locale, Object[]> arguments) {
		for (CountrySubscription subscription : this.subscriptions.findByCountryCodeAndConfirmedAtIsNotNull(state)) {
			Locale in = Locale.forLanguageTag(subscription.getLanguage());
			String leaveUrl = this.publicUrl + "/subscriptions/" + subscription.getLeaveToken() + "/unsubscribe";
			String leave = message("civilsociety.subscription.mail.leave", in, leaveUrl);
			// RFC 8058 one-click unsubscribe: the mail client POSTs to the same link,
			// which
			// takes no CSRF token (CountrySubscriptionSecurity); opening it changes
			// nothing.
			this.mail.send(subscription.getEmail(), in, message(key + ".subject", in, country(state, in)),
					message(key + ".body", in, arguments.apply(in)) + "\n\n" + leave, Map.of("List-Unsubscribe",
							"<" + leaveUrl + ">", "List-Unsubscribe-Post", "List-Unsubscribe=One-Click"));
		}
	}

	private String country(String code, Locale locale) {
		return this.names.name(code, locale);
	}

	private String message(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

	private static String newToken() {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		return "sub_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static String sha256(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
