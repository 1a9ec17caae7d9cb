package org.palermo.civilsociety;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.Reviewer;
import org.palermo.cycle.ReviewerSlot;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;
import org.palermo.notifications.MailService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An organisation's journey in a real browser: it registers, the secretariat verifies it,
 * it applies to a constructive dialogue and stands approved once the Extended Bureau's
 * objection period (a few seconds here) passes without objection, then it submits input
 * on a country review and sees its status change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "palermo.civilsociety.objection-period=PT3S")
class CivilSocietyJourneyTests {

	private static final String PASSPHRASE = "Lantern quiet harbour 47 violet";

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@Autowired
	private CycleService cycle;

	@Autowired
	private DialogueService dialogues;

	@Autowired
	private MailService mail;

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
	void anOrganisationRegistersIsVerifiedTakesPartInADialogueAndFollowsItsInput() throws java.io.IOException {
		String tag = "j" + System.nanoTime() % 1_000_000;
		String name = "Survivors Network " + tag;
		LocalDate today = LocalDate.now();
		ConstructiveDialogue dialogue = this.dialogues.schedule(new DialogueForm("Dialogue on trafficking " + tag,
				WorkingGroup.TRAFFICKING_IN_PERSONS, today.plusDays(40), today.plusDays(41), DialogueFormat.HYBRID,
				"Vienna", today.plusDays(39), today.plusDays(20), "Opening; statements"));
		CountryReview review = this.cycle.openReview("UG", ThematicCluster.I, 2, today.minusDays(3),
				List.of(new Reviewer("DE", ReviewerSlot.OTHER_GROUP, List.of(Instrument.TIP))), null);

		// The organisation registers itself.
		browser.get(url("/organisations?lang=en"));
		browser.findElement(By.linkText("Register an organisation")).click();
		browser.findElement(By.id("name")).sendKeys(name);
		new Select(browser.findElement(By.id("kind"))).selectByValue("NGO");
		new Select(browser.findElement(By.id("countryCode"))).selectByValue("UG");
		new Select(browser.findElement(By.id("countriesOfWork"))).selectByValue("UG");
		new Select(browser.findElement(By.id("ecosocStatus"))).selectByValue("ROSTER");
		browser.findElement(By.cssSelector("input[name=instruments][value=TIP]")).click();
		browser.findElement(By.id("contactName")).sendKeys("Grace Namusoke");
		browser.findElement(By.id("contactEmail")).sendKeys("contact-" + tag + "@example.org");
		browser.findElement(By.id("username")).sendKeys(tag);
		browser.findElement(By.id("displayName")).sendKeys("Grace " + tag);
		browser.findElement(By.id("email")).sendKeys(tag + "@example.org");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		// The next page may still be loading: wait for it rather than read the old one
		// (while it loads, Chromium may report a node of the old page as not belonging to
		// the document: a WebDriverException, retried like a stale element).
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Registration received"));
		acceptInvitation(tag + "@example.org");
		signIn(tag, PASSPHRASE);
		browser.get(url("/organisation"));
		assertThat(browser.findElement(By.id("organisation-status")).getText()).contains("Waiting for verification");

		// The secretariat verifies it.
		signIn("secretariat", "demo");
		browser.get(url("/admin/organisations"));
		browser.findElement(By.xpath("//tr[td/span[text()='" + name + "']]//form[contains(@action,'/verify')]/button"))
			.click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"),
					"The organisation is verified."));
		assertThat(browser.findElement(By.cssSelector("p.notice")).getText())
			.isEqualTo("The organisation is verified.");

		// It applies to the dialogue; nobody objects within the period: approved.
		signIn(tag, PASSPHRASE);
		browser.get(url("/dialogues"));
		browser.findElement(By.linkText("Dialogue on trafficking " + tag)).click();
		browser.findElement(By.linkText("Apply to take part")).click();
		browser.findElement(By.id("attendees")).sendKeys("Grace Namusoke, director");
		browser.findElement(By.id("expertise")).sendKeys("Support to survivors of trafficking in Uganda");
		browser.findElement(By.id("travelSupport1")).click();
		browser.findElement(By.id("travelReason")).sendKeys("Survivor-led, no travel budget");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("application-decision")));
		assertThat(browser.findElement(By.id("application-decision")).getText()).isEqualTo("Open to objections");
		new WebDriverWait(browser, Duration.ofSeconds(20)).pollingEvery(Duration.ofSeconds(1))
			.ignoring(org.openqa.selenium.WebDriverException.class)
			.until((driver) -> {
				driver.navigate().refresh();
				return driver.findElement(By.id("application-decision")).getText().equals("Approved");
			});
		assertThat(browser.findElement(By.id("participants")).getText()).contains(name);

		// It submits input on a country review and sees its status change.
		browser.get(url("/reviews/" + review.getId()));
		browser.findElement(By.linkText("Submit input")).click();
		browser.findElement(By.id("title")).sendKeys("Labour exploitation in agriculture " + tag);
		browser.findElement(By.id("body")).sendKeys("Survivors describe recruitment through debt.");
		browser.findElement(By.cssSelector("input[name=reach][value=REVIEW_STATES]")).click();
		browser.findElement(By.id("nameWithheld1")).click();
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		// The next page may still be loading: wait for its status rather than read the
		// old one.
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("input-status"), "Received"));
		String input = browser.getCurrentUrl().replaceAll(".*/", "");
		// It attaches a file to it (kept out of the library; its name only for those who
		// may
		// know the organisation).
		java.nio.file.Path testimony = java.nio.file.Files.createTempFile("testimony-" + tag, ".txt");
		java.nio.file.Files.writeString(testimony, "Recruiters kept passports until the debt was paid.");
		browser.findElement(By.id("input-file")).sendKeys(testimony.toAbsolutePath().toString());
		browser.findElement(By.cssSelector("#input-files button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("#input-files p.notice"),
					"The file was attached."));
		assertThat(browser.findElement(By.cssSelector("#input-files li a")).getText())
			.isEqualTo(testimony.getFileName().toString());

		signIn("secretariat", "demo");
		browser.get(url("/admin/inputs/" + input));
		new Select(browser.findElement(By.id("action"))).selectByValue("SHARE");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		// The next page may still be loading: wait for its status rather than read the
		// old one.
		new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(org.openqa.selenium.WebDriverException.class)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("input-status"), "Shared"));

		signIn(tag, PASSPHRASE);
		browser.get(url("/organisation"));
		assertThat(browser.findElement(By.cssSelector("#inputs td.status")).getText()).isEqualTo("Shared");
		assertThat(browser.findElement(By.cssSelector("#applications td.status")).getText()).isEqualTo("Approved");
		browser.get(url("/organisation/inputs/" + input));
		assertThat(browser.findElements(By.cssSelector("#history li"))).hasSize(2);
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	private void signIn(String username, String password) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
	}

	private void acceptInvitation(String address) {
		String body = this.mail.outbox()
			.stream()
			.filter((m) -> m.getRecipient().equals(address) && m.getBody().contains("/invitation/"))
			.findFirst()
			.orElseThrow()
			.getBody();
		Matcher link = Pattern.compile("/invitation/[A-Za-z0-9_-]+").matcher(body);
		assertThat(link.find()).as("invitation link in " + body).isTrue();
		browser.manage().deleteAllCookies();
		browser.get(url(link.group() + "?lang=en"));
		browser.findElement(By.id("password")).sendKeys(PASSPHRASE);
		browser.findElement(By.id("confirmation")).sendKeys(PASSPHRASE);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until((driver) -> !driver.getCurrentUrl().contains("/invitation/"));
	}

}
