package org.palermo.accounts;

import org.junit.jupiter.api.Test;
import org.palermo.notifications.MailService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(properties = { "palermo.bootstrap.secretariat-username=first.secretary",
		"palermo.bootstrap.secretariat-email=first.secretary@example.org" })
class SecretariatBootstrapIntegrationTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private MailService mail;

	@Test
	void aNewInstallationInvitesItsFirstSecretariatAccount() {
		Account first = this.accounts.find("first.secretary").orElseThrow();
		assertThat(first.getRole()).isEqualTo(Role.SECRETARIAT);
		assertThat(first.hasPassword()).isFalse();
		assertThat(this.mail.outbox()).anySatisfy((m) -> {
			assertThat(m.getRecipient()).isEqualTo("first.secretary@example.org");
			assertThat(m.getBody()).contains("/invitation/inv_");
		});
	}

}
