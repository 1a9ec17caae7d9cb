package org.palermo.system;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Through a real Tomcat: paths the firewall refuses still carry the security headers; and
 * behind a TLS-terminating proxy (X-Forwarded-Proto from an internal address) HSTS is
 * sent and redirects are absolute https addresses.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProxyAndFirewallIntegrationTests {

	@LocalServerPort
	private int port;

	/** Raw HTTP, so no client library tidies the path before it is sent. */
	private List<String> get(String path, String... headers) throws Exception {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			StringBuilder request = new StringBuilder(
					"GET " + path + " HTTP/1.1\r\nHost: localhost:" + this.port + "\r\nConnection: close\r\n");
			for (String header : headers) {
				request.append(header).append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.US_ASCII));
			out.flush();
			BufferedReader reader = new BufferedReader(
					new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
			List<String> lines = new ArrayList<>();
			String line;
			while ((line = reader.readLine()) != null && !line.isEmpty()) {
				lines.add(line);
			}
			return lines;
		}
	}

	private static String header(List<String> response, String name) {
		return response.stream()
			.filter((line) -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
			.map((line) -> line.substring(name.length() + 1).trim())
			.findFirst()
			.orElse(null);
	}

	@ParameterizedTest(name = "GET {0}")
	@ValueSource(strings = { "/parties/%2fKE", "/parties//KE", "/parties;x=1/KE", "/admin/%2e%2e/parties" })
	void refusedPathsGet400WithTheSecurityHeaders(String path) throws Exception {
		List<String> response = get(path);
		assertThat(response.get(0)).contains(" 400");
		assertThat(header(response, "Content-Security-Policy")).contains("default-src 'self'");
		assertThat(header(response, "X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(header(response, "X-Frame-Options")).isEqualTo("DENY");
	}

	@Test
	void behindATlsProxyHstsIsSentAndRedirectsStayOnHttps() throws Exception {
		List<String> response = get("/account", "X-Forwarded-Proto: https", "X-Forwarded-Host: palermo.example.org",
				"X-Forwarded-For: 203.0.113.7");
		assertThat(response.get(0)).contains(" 302");
		assertThat(header(response, "Location")).startsWith("https://palermo.example.org/login");
		assertThat(header(response, "Strict-Transport-Security")).contains("max-age=");
	}

	@Test
	void withoutAProxyNoHstsIsSentOverPlainHttp() throws Exception {
		List<String> response = get("/account");
		assertThat(header(response, "Location")).startsWith("http://localhost:" + this.port + "/login");
		assertThat(header(response, "Strict-Transport-Security")).isNull();
	}

}
