package org.palermo.accounts;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.security.web.webauthn.api.AuthenticatorSelectionCriteria;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.ResidentKeyRequirement;
import org.springframework.security.web.webauthn.api.UserVerificationRequirement;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;

/**
 * Passkeys (WebAuthn) through Spring Security, kept in the database. A passkey must
 * verify its user (PIN or biometrics) both when it is made and each time it signs in: it
 * is then two factors in one, which is why it may stand in for the second factor.
 */
@Configuration(proxyBeanMethods = false)
class PasskeyConfiguration {

	@Bean
	RelyingParty relyingParty(@Value("${palermo.public-url}") String publicUrl,
			@Value("${palermo.passkeys.rp-id:}") String rpId,
			@Value("${palermo.passkeys.rp-name:Palermo}") String rpName) {
		return RelyingParty.of(publicUrl, rpId, rpName);
	}

	@Bean
	PublicKeyCredentialUserEntityRepository passkeyUsers(JdbcOperations jdbc) {
		return new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
	}

	@Bean
	WebAuthnRelyingPartyOperations relyingPartyOperations(PublicKeyCredentialUserEntityRepository users,
			Passkeys passkeys, RelyingParty relyingParty) {
		Webauthn4JRelyingPartyOperations operations = new Webauthn4JRelyingPartyOperations(users, passkeys,
				PublicKeyCredentialRpEntity.builder().id(relyingParty.id()).name(relyingParty.name()).build(),
				relyingParty.origins());
		operations.setCustomizeCreationOptions(
				(options) -> options.authenticatorSelection(AuthenticatorSelectionCriteria.builder()
					.userVerification(UserVerificationRequirement.REQUIRED)
					.residentKey(ResidentKeyRequirement.REQUIRED)
					.build()));
		operations
			.setCustomizeRequestOptions((options) -> options.userVerification(UserVerificationRequirement.REQUIRED));
		return operations;
	}

}
