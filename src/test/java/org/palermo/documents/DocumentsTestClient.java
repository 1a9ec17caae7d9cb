package org.palermo.documents;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.palermo.accounts.AccountService;
import org.palermo.accounts.TestAccounts;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Calls the library as a real client does: each person signs in through the form, once;
 * {@code null} is nobody.
 */
class DocumentsTestClient {

	private final MockMvc mvc;

	private final AccountService accounts;

	private final Map<String, MockHttpSession> sessions = new HashMap<>();

	private final JsonMapper json = JsonMapper.builder().build();

	DocumentsTestClient(MockMvc mvc, AccountService accounts) {
		this.mvc = mvc;
		this.accounts = accounts;
	}

	/**
	 * Signs the request in as this person: through the sign-in form (the demo password),
	 * once per person; {@code null} is nobody.
	 */
	RequestPostProcessor as(String username) {
		MockHttpSession session = (username != null) ? this.sessions.computeIfAbsent(username, this::signIn) : null;
		return (request) -> {
			if (session != null) {
				request.setSession(session);
			}
			return request;
		};
	}

	private MockHttpSession signIn(String username) {
		try {
			return TestAccounts.signIn(this.mvc, username, "demo", null);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	MockHttpServletResponse get(String username, String url) throws Exception {
		return this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url).with(as(username)))
			.andReturn()
			.getResponse();
	}

	JsonNode search(String username, String query) throws Exception {
		MockHttpServletResponse response = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/api/search?" + query)
				.with(as(username)))
			.andReturn()
			.getResponse();
		if (response.getStatus() != 200) {
			throw new AssertionError("search " + query + " as " + username + ": " + response.getStatus());
		}
		return this.json.readTree(response.getContentAsString());
	}

	MockHttpServletResponse upload(String username, Map<String, String> fields, String fileName, byte[] content)
			throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/api/documents");
		if (content != null) {
			request.file(new MockMultipartFile("file", fileName, "application/octet-stream", content));
		}
		fields.forEach(request::param);
		// A valid CSRF token, as a page of the app sends it: the answer is about who
		// calls.
		request.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf());
		return this.mvc.perform(request.with(as(username))).andReturn().getResponse();
	}

	long uploaded(String username, Map<String, String> fields, String fileName, byte[] content) throws Exception {
		MockHttpServletResponse response = upload(username, fields, fileName, content);
		if (response.getStatus() != 201) {
			throw new AssertionError(
					"upload as " + username + ": " + response.getStatus() + " " + response.getContentAsString());
		}
		return this.json.readTree(response.getContentAsString()).path("id").asLong();
	}

	JsonNode json(MockHttpServletResponse response) throws Exception {
		return this.json.readTree(response.getContentAsString());
	}

	static Map<String, String> fields(String... pairs) {
		Map<String, String> fields = new HashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			fields.put(pairs[i], pairs[i + 1]);
		}
		return fields;
	}

}
