package org.palermo;

import java.io.File;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A person in a real browser (Debian's headless Chromium): sign in, switch to Arabic,
 * open a country.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrowserJourneyTests {

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		assumeTrue(DRIVER.canExecute(), "Chromium's driver is not installed (apt-get install chromium-driver): "
				+ "browser journeys skipped; CI always runs them");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=1280,900");
		browser = new ChromeDriver(service, options);
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
		browser.get(url("/drawings"));
		browser.findElement(By.linkText("Review group 1, cluster II (demo)")).click();
		String commitment = browser.findElement(By.id("commitment")).getText();
		java.util.List<org.openqa.selenium.WebElement> reveal = browser
			.findElements(By.cssSelector("a[href$='/reveal']"));
		if (!reveal.isEmpty()) {
			assertThat(browser.findElements(By.id("seed"))).isEmpty();
			reveal.get(0).click();
			// Revealing is irreversible: the page says what it will do and asks once
			// more.
			assertThat(browser.findElement(By.tagName("main")).getText()).containsPattern("opens \\d+ country reviews");
			browser.findElement(By.cssSelector("form[action$='/reveal'] button[type=submit]")).click();
		}
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("seed")));
		String seed = browser.findElement(By.id("seed")).getText();
		byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
			.digest(java.util.HexFormat.of().parseHex(seed));
		assertThat(java.util.HexFormat.of().formatHex(digest)).isEqualTo(commitment);
		assertThat(browser.findElements(By.cssSelector("table.result tbody tr"))).hasSizeGreaterThan(60);
		assertThat(browser.findElement(By.id("verify-command")).getText()).contains("verify-draw").contains(seed);
	}

}
