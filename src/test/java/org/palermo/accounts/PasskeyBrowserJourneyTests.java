package org.palermo.accounts;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in a real browser (headless Chromium with its virtual authenticator, a
 * platform passkey that verifies its user): registers a passkey on their account page,
 * signs out, and signs back in with the passkey alone. The server listens on the port its
 * public address names, as WebAuthn checks the origin.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class PasskeyBrowserJourneyTests {

	private static final int PORT = freePort();

	private static ChromeDriver browser;

	@Autowired
	private AccountService accounts;

	@DynamicPropertySource
	static void listenOnTheAddressPasskeysAreBoundTo(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
		registry.add("palermo.public-url", () -> "http://localhost:" + PORT);
	}

	@BeforeAll
	static void startBrowser() {
		browser = org.palermo.Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aPersonRegistersAPasskeySignsOutAndSignsBackInWithThePasskeyAlone() {
		VirtualAuthenticator authenticator = browser.addVirtualAuthenticator(
				new VirtualAuthenticatorOptions().setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
					.setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
					.setHasResidentKey(true)
					.setHasUserVerification(true)
					.setIsUserVerified(true)
					.setIsUserConsenting(true));
		try {
			Account account = TestAccounts.create(this.accounts, Role.FOCAL_POINT);
			WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
			browser.manage().deleteAllCookies();
			browser.get(url("/login?lang=en"));
			browser.findElement(By.id("username")).sendKeys(account.getUsername());
			browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
			browser.findElement(By.cssSelector("main form button[type=submit]")).click();
			wait.until(ExpectedConditions.urlToBe(url("/")));

			browser.get(url("/account"));
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-register")));
			browser.findElement(By.id("passkey-label")).sendKeys("Chromium on the test machine");
			browser.findElement(By.id("passkey-password")).sendKeys("not my password at all");
			browser.findElement(By.cssSelector("#passkey-register button[type=submit]")).click();
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-password-error")));
			assertThat(authenticator.getCredentials()).isEmpty();
			browser.findElement(By.id("passkey-password")).sendKeys(TestAccounts.PASSWORD);
			browser.findElement(By.cssSelector("#passkey-register button[type=submit]")).click();
			wait.until(ExpectedConditions.urlContains("passkeyAdded"));
			assertThat(browser.findElement(By.cssSelector("main")).getText())
				.contains("The passkey is registered. You can now sign in with it.");
			assertThat(browser.findElement(By.cssSelector("table.passkeys")).getText())
				.contains("Chromium on the test machine");
			assertThat(authenticator.getCredentials()).hasSize(1);

			browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
			wait.until(ExpectedConditions.urlContains("signedOut"));
			browser.get(url("/account?lang=en"));
			wait.until(ExpectedConditions.urlContains("/login"));
			// Sent to sign in from the account page, and back there after the passkey.
			wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-sign-in"))).click();
			wait.until(ExpectedConditions.urlContains("/account"));
			assertThat(browser.findElement(By.cssSelector("footer strong")).getText()).isEqualTo(account.getUsername());
			assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(account.getDisplayName());
			assertThat(browser.findElement(By.cssSelector("table.passkeys")).getText()).doesNotContain("Never");
		}
		finally {
			browser.removeVirtualAuthenticator(authenticator);
			browser.manage().deleteAllCookies();
		}
	}

	private static String url(String path) {
		return "http://localhost:" + PORT + path;
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
