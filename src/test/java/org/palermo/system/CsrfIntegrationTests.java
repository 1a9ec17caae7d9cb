package org.palermo.system;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Against the running server, as a script in a browser would: the {@code XSRF-TOKEN}
 * cookie comes back as the {@code X-XSRF-TOKEN} header; without it a change is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CsrfIntegrationTests {

	@LocalServerPort
	private int port;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	private HttpResponse<String> send(String method, String path, String form, String xsrf) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.method(method,
					(form != null) ? HttpRequest.BodyPublishers.ofString(form) : HttpRequest.BodyPublishers.noBody());
		if (xsrf != null) {
			request.header("X-XSRF-TOKEN", xsrf);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String xsrfCookie() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("XSRF-TOKEN"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void aScriptSendsTheCookieBackAsAHeaderAndWithoutItIsRefused() throws Exception {
		HttpResponse<String> login = send("GET", "/login", null, null);
		assertThat(login.headers().allValues("Set-Cookie")).anySatisfy(
				(header) -> assertThat(header).startsWith("XSRF-TOKEN=").doesNotContainIgnoringCase("HttpOnly"));
		HttpResponse<String> signedIn = send("POST", "/login", "username=reviewer&password=demo", xsrfCookie());
		assertThat(signedIn.statusCode()).isEqualTo(302);
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));

		HttpResponse<String> withHeader = send("POST", "/account/tokens", "name=from-script", xsrfCookie());
		assertThat(withHeader.statusCode()).isEqualTo(302);
		assertThat(withHeader.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/account"));

		HttpResponse<String> without = send("POST", "/account/tokens", "name=forged", null);
		assertThat(without.statusCode()).isEqualTo(403);
	}

}
