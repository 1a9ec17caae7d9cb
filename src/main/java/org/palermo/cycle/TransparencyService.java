package org.palermo.cycle;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;
import org.palermo.audit.AuditService;
import org.palermo.system.ConcurrentEditException;
import org.palermo.system.NotFoundException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A State's consent to show its focal point's contact on its public country page. Only
 * that State's focal points and the secretariat decide; each decision is audited.
 */
@Service("stateTransparency")
public class TransparencyService {

	private final StateTransparencyRepository consents;

	private final AccountService accounts;

	private final AuditService audit;

	private final Clock clock;

	TransparencyService(StateTransparencyRepository consents, AccountService accounts, AuditService audit,
			Clock clock) {
		this.consents = consents;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock;
	}

	/** The contact shown publicly. */
	public record Contact(String name, String email) {
	}

	/** What the form shows: the current choice and the default contact. */
	public record Current(boolean showContact, String contactName, String contactEmail, long version,
			List<Contact> defaults) {
	}

	/**
	 * Whether the person may decide for the State: its focal points and the secretariat.
	 */
	@Transactional(readOnly = true)
	public boolean mayManage(String username, String partyCode) {
		if (username == null) {
			return false;
		}
		return this.accounts.find(username)
			.filter(Account::isEnabled)
			.map((a) -> a.getRole() == Role.SECRETARIAT
					|| (a.getRole() == Role.FOCAL_POINT && partyCode.equalsIgnoreCase(a.getPartyCode())))
			.orElse(false);
	}

	@Transactional(readOnly = true)
	public Current current(String username, String partyCode) {
		check(username, partyCode);
		Optional<StateTransparency> consent = this.consents.findById(partyCode);
		return new Current(consent.map(StateTransparency::isShowContact).orElse(false),
				consent.map(StateTransparency::getContactName).orElse(null),
				consent.map(StateTransparency::getContactEmail).orElse(null),
				consent.map(StateTransparency::getVersion).orElse(-1L), focalPoints(partyCode));
	}

	@Transactional
	public void decide(String username, String partyCode, TransparencyForm form) {
		check(username, partyCode);
		Optional<StateTransparency> existing = this.consents.findById(partyCode);
		long current = existing.map(StateTransparency::getVersion).orElse(-1L);
		if (current != form.version()) {
			throw new ConcurrentEditException("party " + partyCode);
		}
		StateTransparency consent = existing.orElseGet(() -> new StateTransparency(partyCode));
		Map<String, Object> before = existing.map(TransparencyService::snapshot).orElse(null);
		consent.decide(form.showContact(), form.contactName(), form.contactEmail(), username, Instant.now(this.clock));
		this.consents.saveAndFlush(consent);
		this.audit.record("transparency.decided", "StateParty", partyCode, before, snapshot(consent));
	}

	/** The contacts to show publicly, empty unless the State agreed. */
	@Transactional(readOnly = true)
	public List<Contact> publicContacts(String partyCode) {
		return this.consents.findById(partyCode).filter(StateTransparency::isShowContact).map((c) -> {
			if (c.getContactEmail() != null || c.getContactName() != null) {
				return List.of(new Contact(c.getContactName(), c.getContactEmail()));
			}
			return focalPoints(partyCode);
		}).orElse(List.of());
	}

	private List<Contact> focalPoints(String partyCode) {
		return this.accounts.all()
			.stream()
			.filter((a) -> a.isEnabled() && a.getRole() == Role.FOCAL_POINT
					&& partyCode.equalsIgnoreCase(a.getPartyCode()))
			.map((a) -> new Contact(a.getDisplayName(), a.getEmail()))
			.toList();
	}

	private void check(String username, String partyCode) {
		if (partyCode == null || !partyCode.matches("[A-Z]{2}")) {
			throw new NotFoundException("party");
		}
		if (!mayManage(username, partyCode)) {
			throw new AccessDeniedException("transparency of " + partyCode);
		}
	}

	private static Map<String, Object> snapshot(StateTransparency consent) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("showContact", consent.isShowContact());
		values.put("contactName", consent.getContactName());
		values.put("contactEmail", consent.getContactEmail());
		return values;
	}

}
