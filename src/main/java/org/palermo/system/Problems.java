package org.palermo.system;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Writes {@code application/problem+json} answers with a title and detail in the caller's
 * language.
 */
@Component
public class Problems {

	private final MessageSource messages;

	private final JsonMapper json;

	Problems(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	public Map<String, Object> body(HttpStatus status, String detailKey, String instance, Locale locale) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", this.messages.getMessage("problem." + status.value() + ".title", null,
				status.getReasonPhrase(), locale));
		body.put("status", status.value());
		body.put("detail", this.messages.getMessage(detailKey, null, detailKey, locale));
		body.put("instance", instance);
		return body;
	}

	public void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detailKey)
			throws IOException {
		response.setStatus(status.value());
		response.setContentType("application/problem+json");
		response.setCharacterEncoding("UTF-8");
		Locale locale = Languages.supportedOrDefault(request.getLocale());
		response.getWriter()
			.write(this.json.writeValueAsString(body(status, detailKey, request.getRequestURI(), locale)));
	}

	public static boolean isApi(HttpServletRequest request) {
		return isApiPath(request.getRequestURI().substring(request.getContextPath().length()));
	}

	/**
	 * Whether a path inside the application (without context path) belongs to the JSON
	 * API.
	 */
	public static boolean isApiPath(String path) {
		return path.startsWith("/api/") || path.equals("/api");
	}

}
