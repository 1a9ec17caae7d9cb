package org.palermo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.palermo.cycle.CycleService;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page of every role, in English and in Arabic, checked by axe-core in a real
 * browser: no serious or critical violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityTests {

	private static WebDriver browser;

	@LocalServerPort
	private int port;

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

	@Test
	void noPageOfAnyRoleHasASeriousOrCriticalViolationInEnglishOrArabic() {
		long kenya = this.cycle.reviewsOf("KE").get(0).getId();
		Map<String, List<String>> pagesByPerson = new LinkedHashMap<>();
		pagesByPerson.put(null,
				List.of("/", "/login", "/login/reset", "/parties", "/parties/KE", "/instruments", "/drawings",
						"/drawings/1", "/reviews/" + kenya, "/library", "/library?q=trafficking", "/organisations",
						"/organisations/register", "/dialogues", "/capacity", "/capacity/events", "/calendar"));
		pagesByPerson.put("secretariat", List.of("/my-work", "/reviews/" + kenya,
				"/reviews/" + kenya + "/phase/suspend", "/admin", "/admin/accounts", "/admin/clusters",
				"/admin/clusters/articles/1", "/admin/participation", "/admin/outbox", "/admin/audit", "/admin/reviews",
				"/admin/reviews/" + kenya, "/admin/drawings/new", "/admin/drawings/1/cancel",
				"/admin/drawings/2/reveal", "/admin/security-events", "/admin/search", "/admin/accounts/1",
				"/documents/new", "/account", "/account/totp", "/account/password", "/admin/mail", "/notifications",
				"/account/notifications", "/account/calendar", "/admin/organisations", "/admin/inputs",
				"/admin/dialogues", "/admin/capacity", "/admin/capacity/resources/new", "/admin/capacity/events/new",
				"/admin/groups", "/reviews/" + kenya + "/timeline", "/admin/reviews/steps", "/states/KE/transparency"));
		for (String person : List.of("focalpoint", "expert", "observer", "reviewer", "ngo", "bureau")) {
			pagesByPerson.put(person, List.of("/my-work", "/reviews/" + kenya, "/account", "/account/password"));
		}
		pagesByPerson.put("expert", List.of("/my-work", "/reviews/" + kenya, "/reviews/" + kenya + "/questionnaire",
				"/reviews/" + kenya + "/questionnaire/questions/UNTOC-5-STATUS", "/account", "/account/password"));
		// The demo's second review of Kenya, carried into its summary.
		long deskReview = this.cycle.reviewsOf("KE")
			.stream()
			.filter((r) -> r.getCluster() == org.palermo.instruments.ThematicCluster.III)
			.findFirst()
			.orElseThrow()
			.getId();
		pagesByPerson.put("reviewer",
				List.of("/my-work", "/reviews/" + kenya, "/account", "/account/password",
						"/reviews/" + deskReview + "/summary", "/reviews/" + deskReview + "/observations",
						"/reviews/" + deskReview + "/timeline"));
		pagesByPerson.put("ngo", List.of("/my-work", "/reviews/" + kenya, "/account", "/account/password",
				"/organisation", "/reviews/" + kenya + "/input", "/groups"));
		List<String> found = new ArrayList<>();
		pagesByPerson.forEach((person, pages) -> {
			signIn(person);
			for (String language : List.of("en", "ar")) {
				for (String page : pages) {
					browser.get(url(page + (page.contains("?") ? "&" : "?") + "lang=" + language));
					Results results = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
						.analyze(browser);
					assertThat(results.getPasses()).as("axe ran on " + page).isNotEmpty();
					for (Rule rule : results.getViolations()) {
						if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
							found.add(person + " " + language + " " + page + ": " + rule.getId() + " ("
									+ rule.getImpact() + ") " + rule.getNodes().get(0).getHtml());
						}
					}
				}
			}
		});
		assertThat(found).isEmpty();
	}

	private void signIn(String person) {
		browser.manage().deleteAllCookies();
		if (person == null) {
			return;
		}
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys(person);
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
