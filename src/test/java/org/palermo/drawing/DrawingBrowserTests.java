package org.palermo.drawing;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palermo.cycle.CycleService;
import org.palermo.instruments.ThematicCluster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The secretariat prepares a drawing in a real browser (Debian's headless Chromium): the
 * form returns at once to a progress page that the browser itself reloads (the HTTP
 * Refresh header, no script), until the committed drawing's page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DrawingBrowserTests {

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@Autowired
	private DrawingService drawings;

	@Autowired
	private CycleService cycle;

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
	void theSecretariatPreparesADrawingAndThePageFollowsTheCheckToTheDrawing() {
		List<String> candidates = List.of("KH", "MM", "TH", "MY", "ID", "PH", "SG", "LK", "BD", "NP");
		Set<String> busy = new HashSet<>(this.cycle.statesWithActiveReview(candidates, ThematicCluster.IV));
		for (Drawing d : this.drawings.all()) {
			if (d.getStatus() != Drawing.Status.CANCELLED && d.getStatus() != Drawing.Status.FAILED
					&& ThematicCluster.IV.equals(d.getCluster())) {
				busy.addAll(this.drawings.statesUnderReview(d));
			}
		}
		List<String> states = candidates.stream().filter((c) -> !busy.contains(c)).limit(3).toList();
		assertThat(states).hasSize(3);

		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(10));
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys("secretariat");
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));

		String title = "Browser drawing " + System.nanoTime();
		browser.get(url("/admin/drawings/new"));
		browser.findElement(By.id("title")).sendKeys(title);
		browser.findElement(By.id("reviewGroup")).clear();
		browser.findElement(By.id("reviewGroup")).sendKeys("5");
		new Select(browser.findElement(By.id("cluster"))).selectByValue("IV");
		browser.findElement(By.id("statesUnderReview")).sendKeys(String.join(" ", states));
		browser.findElement(By.cssSelector("form[action$='/admin/drawings'] button[type=submit]")).click();
		// The answer replaces the form page: the boxes below are looked for only once it
		// has (looking earlier saw the old page and missed them).
		wait.until((driver) -> !driver.getCurrentUrl().endsWith("/admin/drawings/new"));
		// Participation not recorded, if any, is confirmed box by box, then sent again.
		List<WebElement> boxes = browser.findElements(By.name("confirmedGaps"));
		if (!boxes.isEmpty()) {
			boxes.forEach(WebElement::click);
			browser.findElement(By.cssSelector("form[action$='/admin/drawings'] button[type=submit]")).click();
		}
		// The request answered at once with the progress page, which the browser reloads
		// every two seconds until the drawing is committed.
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(ExpectedConditions.urlMatches(url("/drawings/") + "\\d+$"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
		assertThat(browser.findElement(By.id("commitment")).getText()).hasSize(64);

		long id = Long.parseLong(browser.getCurrentUrl().substring(url("/drawings/").length()));
		this.drawings.cancel(id, this.drawings.drawing(id).getVersion(), "Made by a browser test");
	}

}
