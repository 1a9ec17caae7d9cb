package org.palermo.questionnaires;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palermo.cycle.CountryReview;
import org.palermo.cycle.CycleService;
import org.palermo.cycle.NamingForm;
import org.palermo.cycle.ReviewPeopleService;
import org.palermo.cycle.ReviewRole;
import org.palermo.cycle.Reviewer;
import org.palermo.cycle.ReviewerSlot;
import org.palermo.instruments.Instrument;
import org.palermo.instruments.ThematicCluster;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser (Debian's headless Chromium): the demo `expert` drafts Kenya's
 * answers, with a plain form and with autosave, and the demo `focalpoint` clears and
 * submits them. The review is one of its own (Kenya, cluster II), so the demo review
 * stays in drafting for the other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class QuestionnaireBrowserTests {

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@Autowired
	private CycleService cycle;

	@Autowired
	private ReviewPeopleService people;

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

	private long kenyaClusterTwoInSelfAssessment() {
		CountryReview review = this.cycle.openReview("KE", ThematicCluster.II, 1, LocalDate.now().minusDays(20),
				List.of(new Reviewer("FR", ReviewerSlot.OTHER_GROUP, List.of(Instrument.UNTOC))), null);
		try {
			as("secretariat");
			this.people.name(review.getId(), new NamingForm("KE", ReviewRole.FOCAL_POINT, "focalpoint", null, null,
					null, "NV/KE/2026/3", LocalDate.now().minusDays(5)));
			this.people.name(review.getId(),
					new NamingForm("FR", ReviewRole.EXPERT, "reviewer", null, null, null, null, null));
			as("focalpoint");
			this.people.name(review.getId(),
					new NamingForm(null, ReviewRole.EXPERT, "expert", null, null, null, null, null));
			as("secretariat");
			this.cycle.advance(review.getId(), this.cycle.review(review.getId()).getVersion());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		return review.getId();
	}

	private static void as(String username) {
		SecurityContextHolder.getContext()
			.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
	}

	private void signIn(WebDriverWait wait, String username) {
		browser.manage().deleteAllCookies();
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		wait.until(ExpectedConditions.urlToBe(url("/")));
	}

	@Test
	void theExpertDraftsAndTheFocalPointClearsAndSubmits() {
		WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
		long id = kenyaClusterTwoInSelfAssessment();
		String page = url("/reviews/" + id + "/questionnaire");

		signIn(wait, "expert");
		browser.get(url("/reviews/" + id));
		browser.findElement(By.cssSelector("#questionnaire a[href$='/questionnaire']")).click();
		wait.until(ExpectedConditions.urlToBe(page));
		// A plain form: the status "No", saved; the questions on assistance needed
		// appear.
		WebElement status = browser.findElement(By.cssSelector("form.answer-form[data-kind=STATUS]"));
		String statusId = status.findElement(By.xpath("..")).getAttribute("id");
		String section = statusId.substring(2, statusId.length() - "-STATUS".length());
		assertThat(browser.findElements(By.id("q-" + section + "-NEEDS"))).isEmpty();
		status.findElement(By.cssSelector("input[value=NO]")).click();
		status.findElement(By.cssSelector("button[type=submit]")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Answer saved."));
		assertThat(browser.findElements(By.id("q-" + section + "-NEEDS"))).hasSize(1);
		// Autosave: the explanation is saved without pressing anything.
		WebElement explanation = browser.findElement(By.id("v-" + section + "-EXPLANATION"));
		explanation.sendKeys("The Penal Code covers it since 2010.");
		wait.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("#q-" + section + "-EXPLANATION .autosave-status"), "Saved automatically."));
		browser.get(page);
		assertThat(browser.findElement(By.id("v-" + section + "-EXPLANATION")).getAttribute("value"))
			.isEqualTo("The Penal Code covers it since 2010.");
		assertThat(browser.findElements(By.id("submit-questionnaire"))).as("experts do not submit").isEmpty();

		signIn(wait, "focalpoint");
		browser.get(page);
		browser.findElement(By.id("submit-questionnaire")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("confirm-submit")));
		browser.findElement(By.id("confirm-submit")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"),
				"The questionnaire is submitted"));
		assertThat(browser.findElement(By.cssSelector(".questionnaire-status")).getText()).isEqualTo("Submitted");
		assertThat(browser.findElement(By.cssSelector(".stamp")).getText()).contains("focalpoint");
		assertThat(browser.findElements(By.cssSelector("form.answer-form"))).as("frozen").isEmpty();
		assertThat(browser.findElement(By.id("q-" + section + "-EXPLANATION")).getText())
			.contains("The Penal Code covers it since 2010.");
	}

}
