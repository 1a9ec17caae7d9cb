package org.palermo.cycle;

import java.util.List;
import java.util.Locale;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.notifications.MailService;
import org.palermo.parties.PartyNames;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a review's people by mail when its deadlines move. The mail says only what a
 * public page says (State, cluster) and links to the review.
 */
@Component
class ReviewMail {

	private final CycleService cycle;

	private final ReviewMemberRepository members;

	private final AccountService accounts;

	private final MailService mail;

	private final MessageSource messages;

	private final PartyNames names;

	private final String publicUrl;

	ReviewMail(CycleService cycle, ReviewMemberRepository members, AccountService accounts, MailService mail,
			MessageSource messages, PartyNames names, @Value("${palermo.public-url}") String publicUrl) {
		this.cycle = cycle;
		this.members = members;
		this.accounts = accounts;
		this.mail = mail;
		this.messages = messages;
		this.names = names;
		this.publicUrl = publicUrl;
	}

	@ApplicationModuleListener
	void on(ReviewReplanned replanned) {
		CountryReview review = this.cycle.review(replanned.reviewId());
		List<Long> people = this.members.findByReviewIdAndEndedAtIsNull(review.getId())
			.stream()
			.map(ReviewMember::getAccountId)
			.distinct()
			.toList();
		// Until each person's preferred language is recorded, mail goes out in the
		// language of the person who re-planned.
		Locale locale = LocaleContextHolder.getLocale();
		String link = this.publicUrl + "/reviews/" + review.getId();
		for (Account person : this.accounts.byIds(people).values()) {
			if (!person.isEnabled()) {
				continue;
			}
			this.mail.send(person.getEmail(), this.messages.getMessage("mail.replanned.subject", null, locale),
					this.messages.getMessage("mail.replanned.body", new Object[] { person.getDisplayName(),
							this.names.name(review.getStateUnderReview(), locale), review.getCluster().name(), link },
							locale));
		}
	}

}
