package org.palermo;

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
 * A person in a real browser (Debian's headless Chromium): sign in, switch to Arabic,
 * open a country.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTests {

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@Autowired
	private CycleService cycle;

	@Autowired
	private org.palermo.drawing.DrawingService drawings;

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

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	@Test
	void theSecretariatSignsInSwitchesToArabicAndOpensACountryPage() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys("secretariat");
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));
		assertThat(browser.findElement(By.cssSelector("footer strong")).getText()).isEqualTo("secretariat");

		browser.findElement(By.cssSelector("nav.languages a[lang=ar]")).click();
		wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "dir", "rtl"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("ar");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("آلية الاستعراض في مكان واحد مفتوح");
		// Right-to-left is laid out, not only declared: the brand sits on the right of
		// the header.
		int brandX = browser.findElement(By.cssSelector(".brand")).getRect().getX();
		assertThat(brandX).isGreaterThan(browser.manage().window().getSize().getWidth() / 2);

		browser.findElement(By.linkText("الدول الأطراف")).click();
		wait.until(ExpectedConditions.urlContains("/parties"));
		browser.findElement(By.cssSelector("a[href='/parties/KE']")).click();
		wait.until(ExpectedConditions.urlContains("/parties/KE"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("كينيا");
		assertThat(browser.getPageSource()).contains("غانا").contains("فرنسا");

		browser.get(url("/admin"));
		assertThat(browser.findElement(By.tagName("html")).getAttribute("dir")).isEqualTo("rtl");
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("مساحة عمل الأمانة");
	}

	@Test
	void theSecretariatRevealsADrawingAndAnyoneCanCheckTheCommitment() throws Exception {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys("secretariat");
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));
		// The test's own drawing, committed as the secretariat's form would, on States no
		// other test puts under review in cluster IV. (The demo drawing of cluster II
		// cannot serve: other test classes open cluster II reviews for some of its
		// States,
		// and its reveal is then rightly refused.)
		String title = "Journey drawing " + System.nanoTime();
		this.drawings.prepare(title, 1, org.palermo.instruments.ThematicCluster.IV,
				java.util.List.of("TG", "ML", "LA", "NI", "CU", "SC", "MV", "BN", "ST", "GQ"));
		browser.get(url("/drawings"));
		browser.findElement(By.linkText(title)).click();
		String commitment = browser.findElement(By.id("commitment")).getText();
		assertThat(browser.findElements(By.id("seed"))).isEmpty();
		browser.findElement(By.cssSelector("a[href$='/reveal']")).click();
		// Revealing is irreversible: the page says what it will do and asks once more.
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("opens 10 country reviews");
		browser.findElement(By.cssSelector("form[action$='/reveal'] button[type=submit]")).click();
		// The draw runs off the request thread; the page refreshes itself until the
		// result.
		new WebDriverWait(browser, Duration.ofSeconds(90))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("seed")));
		String seed = browser.findElement(By.id("seed")).getText();
		byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
			.digest(java.util.HexFormat.of().parseHex(seed));
		assertThat(java.util.HexFormat.of().formatHex(digest)).isEqualTo(commitment);
		assertThat(browser.findElements(By.cssSelector("table.result tbody tr"))).hasSizeGreaterThanOrEqualTo(10);
		assertThat(browser.findElement(By.id("verify-command")).getText()).contains("verify-draw").contains(seed);
	}

	/**
	 * The secretariat records Kenya's focal point (a new person, invited by mail), who
	 * names a new expert; the expert accepts the invitation, signs in and finds the
	 * review in "My work".
	 */
	@Test
	void theSecretariatRecordsAFocalPointWhoNamesAnExpertWhoFindsTheReviewInMyWork() {
		CountryReview review = this.cycle.openReview("KE", ThematicCluster.IV, 1, LocalDate.now().minusDays(3),
				List.of(new Reviewer("UG", ReviewerSlot.SAME_GROUP, List.of(Instrument.UNTOC)),
						new Reviewer("DE", ReviewerSlot.OTHER_GROUP, List.of(Instrument.UNTOC))),
				null);
		String tag = String.valueOf(System.nanoTime() % 1000000);
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		signIn("secretariat", "demo");
		browser.get(url("/reviews/" + review.getId() + "?lang=en"));
		new Select(browser.findElement(By.id("role"))).selectByValue("FOCAL_POINT");
		new Select(browser.findElement(By.id("party"))).selectByValue("KE");
		browser.findElement(By.id("noteVerbaleReference")).sendKeys("NV/KE/2026/" + tag);
		type(By.id("noteVerbaleDate"), LocalDate.now().minusDays(1));
		browser.findElement(By.id("newUsername")).sendKeys("fp-ke-" + tag);
		browser.findElement(By.id("newDisplayName")).sendKeys("Wanjiru Focal " + tag);
		browser.findElement(By.id("newEmail")).sendKeys("fp-ke-" + tag + "@example.org");
		browser.findElement(By.cssSelector("form.naming button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people"), "Wanjiru Focal " + tag));
		assertThat(browser.findElement(By.id("people")).getText()).contains("NV/KE/2026/" + tag);

		acceptInvitation("fp-ke-" + tag + "@example.org");
		signIn("fp-ke-" + tag, PASSPHRASE);
		browser.get(url("/reviews/" + review.getId() + "?lang=en"));
		new Select(browser.findElement(By.id("role"))).selectByValue("EXPERT");
		assertThat(browser.findElements(By.id("party"))).as("a focal point names for their own State").isEmpty();
		browser.findElement(By.id("newUsername")).sendKeys("ex-ke-" + tag);
		browser.findElement(By.id("newDisplayName")).sendKeys("Otieno Expert " + tag);
		browser.findElement(By.id("newEmail")).sendKeys("ex-ke-" + tag + "@example.org");
		browser.findElement(By.cssSelector("form.naming button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("people"), "Otieno Expert " + tag));

		acceptInvitation("ex-ke-" + tag + "@example.org");
		signIn("ex-ke-" + tag, PASSPHRASE);
		browser.findElement(By.linkText("My work")).click();
		wait.until(ExpectedConditions.urlContains("/my-work"));
		String work = browser.findElement(By.tagName("main")).getText();
		assertThat(work).contains("Kenya").contains("Cluster IV").contains("Governmental expert");
		browser.findElement(By.cssSelector("main table a[href='/reviews/" + review.getId() + "']")).click();
		wait.until(ExpectedConditions.urlContains("/reviews/" + review.getId()));
		assertThat(browser.findElement(By.id("people")).getText()).contains("Wanjiru Focal " + tag);
		browser.manage().deleteAllCookies();
	}

	private static final String PASSPHRASE = "Lantern quiet harbour 47 violet";

	private void signIn(String username, String password) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
	}

	/**
	 * Opens the link of the newest invitation sent to the address and sets a password.
	 */
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

	/**
	 * Types a date into a date field the way the browser expects it, whatever its locale.
	 */
	private static void type(By field, LocalDate date) {
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
				browser.findElement(field), date.toString());
	}

}
