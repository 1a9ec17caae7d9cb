package org.palermo.parties;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The public list of parties is the same for every anonymous reader of one language and
 * filter until a party's facts change: it is rendered once per data version and served
 * from memory after that. Signed-in readers (their own header), language switches (they
 * set a cookie) and revalidations (answered 304 by the page) always go through.
 */
class AnonymousPartiesCache extends OncePerRequestFilter {

	/** At most one entry per language, group and instrument filter (6 × 7 × 5). */
	private static final int MAX_ENTRIES = 256;

	/**
	 * The only parameters the page takes; any other (a language switch...) goes through.
	 */
	private static final java.util.Set<String> FILTERS = java.util.Set.of("group", "instrument");

	private final PartyService parties;

	private final LocaleResolver locales;

	private final Map<String, Page> pages = new ConcurrentHashMap<>();

	AnonymousPartiesCache(PartyService parties, LocaleResolver locales) {
		this.parties = parties;
		this.locales = locales;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getUserPrincipal() != null
				|| request.getHeader(HttpHeaders.AUTHORIZATION) != null
				|| request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				|| !FILTERS.containsAll(request.getParameterMap().keySet());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Locale locale = this.locales.resolveLocale(request);
		String key = locale.toLanguageTag() + "|" + request.getParameter("group") + "|"
				+ request.getParameter("instrument");
		long version = this.parties.dataVersion();
		Page page = this.pages.get(key);
		if (page != null && page.version() == version) {
			response.setStatus(HttpServletResponse.SC_OK);
			response.setContentType(page.contentType());
			if (page.etag() != null) {
				response.setHeader(HttpHeaders.ETAG, page.etag());
			}
			response.setContentLength(page.body().length);
			response.getOutputStream().write(page.body());
			return;
		}
		ContentCachingResponseWrapper capture = new ContentCachingResponseWrapper(response);
		chain.doFilter(request, capture);
		if (capture.getStatus() == HttpServletResponse.SC_OK && capture.getContentType() != null
				&& capture.getContentType().startsWith("text/html")
				&& (this.pages.size() < MAX_ENTRIES || this.pages.containsKey(key))) {
			this.pages.put(key, new Page(version, capture.getContentType(), capture.getHeader(HttpHeaders.ETAG),
					capture.getContentAsByteArray()));
		}
		capture.copyBodyToResponse();
	}

	/** One rendered page and the data version it shows. */
	private record Page(long version, String contentType, String etag, byte[] body) {
	}

}
