package org.palermo.capacity;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a member of an NGO finds a training in the public list, registers
 * the organisation naming who attends, and sees the seat confirmed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CapacityJourneyTests {

	private static WebDriver browser;

	@LocalServerPort
	private int port;

	@Autowired
	private CapacityService capacity;

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
	void anNgoMemberRegistersTheOrganisationForATraining() {
		String title = "Training on victim identification j" + System.nanoTime() % 1_000_000;
		LocalDate start = LocalDate.now().plusDays(20);
		this.capacity.createEvent(new EventForm(EventKind.TRAINING, title, "Two days for frontline organisations",
				start, start.plusDays(1), "Nairobi", true, List.of("en", "fr"), 12, start.minusDays(5)));

		browser.manage().deleteAllCookies();
		browser.get(url("/login?lang=en"));
		browser.findElement(By.id("username")).sendKeys("ngo");
		browser.findElement(By.id("password")).sendKeys("demo");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(ExpectedConditions.urlToBe(url("/")));

		browser.findElement(By.linkText("Capacity building")).click();
		browser.findElement(By.linkText("Trainings and workshops")).click();
		browser.findElement(By.linkText(title)).click();
		new WebDriverWait(browser, Duration.ofSeconds(20))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("seats")));
		assertThat(browser.findElement(By.id("seats")).getText()).isEqualTo("0 of 12 seats taken");
		browser.findElement(By.id("attendee")).sendKeys("Wanjiru Kamau");
		browser.findElement(By.cssSelector("#register-form button[type=submit]")).click();

		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("registration-state")));
		assertThat(browser.findElement(By.id("registration-state")).getText())
			.isEqualTo("Your organisation is registered: its seat is confirmed.");
		assertThat(browser.findElement(By.id("my-status")).getText()).contains("Wanjiru Kamau")
			.contains("Seat confirmed");
		assertThat(browser.findElement(By.id("seats")).getText()).isEqualTo("1 of 12 seats taken");
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
