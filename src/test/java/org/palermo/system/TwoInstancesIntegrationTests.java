package org.palermo.system;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palermo.PalermoApplication;
import org.palermo.accounts.Account;
import org.palermo.accounts.AccountService;
import org.palermo.accounts.Role;
import org.palermo.accounts.TestAccounts;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Two instances of Palermo on one PostgreSQL, as behind a load balancer: a person signed
 * in on one is signed in on the other (sessions in Spring Session JDBC), and the sign-in
 * throttle counts failures on both together. Needs the PostgreSQL that {@code .ci/run}
 * starts (database {@code palermo_sessions}); skipped with a message without it.
 */
class TwoInstancesIntegrationTests {

	static final String URL = System.getProperty("palermo.test.sessions-url",
			"jdbc:postgresql://127.0.0.1:5432/palermo_sessions");

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances(@TempDir Path data) {
		boolean reachable;
		try (var connection = DriverManager.getConnection(URL, "palermo", "palermo")) {
			reachable = connection.isValid(2);
		}
		catch (Exception ex) {
			reachable = false;
		}
		assumeTrue(reachable, "PostgreSQL not reachable at " + URL + " (.ci/run starts it): two-instance test skipped");
		first = start(data);
		second = start(data);
	}

	private static ConfigurableApplicationContext start(Path data) {
		return new SpringApplicationBuilder(PalermoApplication.class).run("--server.port=0",
				"--spring.datasource.url=" + URL, "--spring.datasource.username=palermo",
				"--spring.datasource.password=palermo", "--spring.autoconfigure.exclude=", "--palermo.data-dir=" + data,
				"--spring.main.banner-mode=off");
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	private static String base(ConfigurableApplicationContext context) {
		return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	/** A browser: cookies kept, redirects not followed. */
	record Browser(HttpClient client, CookieManager cookies) {

		static Browser open() {
			CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
			return new Browser(HttpClient.newBuilder().cookieHandler(cookies).build(), cookies);
		}

		HttpResponse<String> get(String url) throws Exception {
			return this.client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> postForm(String url, String... pairs) throws Exception {
			StringBuilder form = new StringBuilder();
			for (int i = 0; i < pairs.length; i += 2) {
				form.append(i > 0 ? "&" : "")
					.append(pairs[i])
					.append('=')
					.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
			}
			String csrf = this.cookies.getCookieStore()
				.getCookies()
				.stream()
				.filter((c) -> c.getName().equals("XSRF-TOKEN"))
				.map(HttpCookie::getValue)
				.findFirst()
				.orElseThrow();
			return this.client.send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-XSRF-TOKEN", csrf)
				.POST(HttpRequest.BodyPublishers.ofString(form.toString()))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	@Test
	void aPersonSignedInOnOneInstanceIsSignedInOnTheOther() throws Exception {
		Account account = TestAccounts.create(first.getBean(AccountService.class), Role.EXPERT);
		Browser browser = Browser.open();
		browser.get(base(first) + "/login");
		HttpResponse<String> signedIn = browser.postForm(base(first) + "/login", "username", account.getUsername(),
				"password", TestAccounts.PASSWORD);
		assertThat(signedIn.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).doesNotContain("/login"));
		HttpResponse<String> onSecond = browser.get(base(second) + "/account");
		assertThat(onSecond.statusCode()).isEqualTo(200);
		assertThat(onSecond.body()).contains(account.getUsername());
		browser.postForm(base(second) + "/logout");
		assertThat(browser.get(base(first) + "/account").statusCode()).isEqualTo(302);
	}

	@Test
	void failuresOnBothInstancesCountTogether() throws Exception {
		Account account = TestAccounts.create(first.getBean(AccountService.class), Role.OBSERVER);
		Browser browser = Browser.open();
		browser.get(base(first) + "/login");
		for (int i = 0; i < 5; i++) {
			ConfigurableApplicationContext instance = (i % 2 == 0) ? first : second;
			assertThat(browser
				.postForm(base(instance) + "/login", "username", account.getUsername(), "password", "wrong guess " + i)
				.headers()
				.firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login?error"));
		}
		assertThat(browser
			.postForm(base(second) + "/login", "username", account.getUsername(), "password", TestAccounts.PASSWORD)
			.headers()
			.firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login?throttled"));
	}

}
