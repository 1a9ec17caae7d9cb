package org.palermo.accounts;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.palermo.notifications.MailService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(properties = { "palermo.bootstrap.secretariat-username=first.secretary",
		"palermo.bootstrap.secretariat-email=first.secretary@example.org" })
class SecretariatBootstrapIntegrationTests {

	@Autowired
	private AccountService accounts;

	@Autowired
	private MailService mail;

	@Test
	void withoutAMailServerTheInstallerFindsTheOneUseLinkInTheLog(CapturedOutput output) throws Exception {
		Matcher link = Pattern.compile("sets its password at \\S+/invitation/(inv_[A-Za-z0-9_-]+)")
			.matcher(output.getAll());
		assertThat(link.find()).as("link in the log").isTrue();
		assertThat(this.accounts.invitedAccount(link.group(1)))
			.hasValueSatisfying((account) -> assertThat(account.getUsername()).isEqualTo("first.secretary"));
	}

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
