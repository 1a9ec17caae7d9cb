package org.palermo;

import java.io.File;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Debian's headless Chromium and its driver, for every browser test: never a downloaded
 * driver. Where the driver is not installed the calling test class is skipped with a
 * message (CI always installs it).
 */
public final class Chromium {

	private static final File DRIVER = new File("/usr/bin/chromedriver");

	private Chromium() {
	}

	/** Starts a browser, or skips the calling tests when Chromium is not installed. */
	public static ChromeDriver start() {
		assumeTrue(DRIVER.canExecute(), "Chromium's driver is not installed (apt-get install chromium-driver): "
				+ "browser tests skipped; CI always runs them");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER).build();
		ChromeOptions options = new ChromeOptions().setBinary("/usr/bin/chromium")
			.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
					"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
					"--window-size=1280,900");
		return new ChromeDriver(service, options);
	}

}
