package org.palermo.documents;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** AWS Signature Version 4 for S3 requests, as S3-compatible stores accept it. */
final class S3Signer {

	static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private S3Signer() {
	}

	/**
	 * The {@code Authorization} header for a request whose headers (without
	 * {@code Authorization}, with {@code host}, {@code x-amz-date} and
	 * {@code x-amz-content-sha256}) are all signed.
	 */
	static String authorization(String method, URI uri, Map<String, String> headers, String payloadSha256,
			String region, String accessKey, String secretKey) {
		Map<String, String> canonical = new TreeMap<>();
		headers.forEach((name, value) -> canonical.put(name.toLowerCase(Locale.ROOT), value.strip()));
		String signedHeaders = String.join(";", canonical.keySet());
		String amzDate = canonical.get("x-amz-date");
		String day = amzDate.substring(0, 8);
		String scope = day + "/" + region + "/s3/aws4_request";
		String request = method + "\n" + uri.getRawPath() + "\n" + canonicalQuery(uri.getRawQuery()) + "\n"
				+ canonical.entrySet()
					.stream()
					.map((e) -> e.getKey() + ":" + e.getValue() + "\n")
					.collect(Collectors.joining())
				+ "\n" + signedHeaders + "\n" + payloadSha256;
		String toSign = "AWS4-HMAC-SHA256\n" + amzDate + "\n" + scope + "\n"
				+ hex(sha256(request.getBytes(StandardCharsets.UTF_8)));
		byte[] key = hmac(("AWS4" + secretKey).getBytes(StandardCharsets.UTF_8), day);
		key = hmac(key, region);
		key = hmac(key, "s3");
		key = hmac(key, "aws4_request");
		return "AWS4-HMAC-SHA256 Credential=" + accessKey + "/" + scope + ",SignedHeaders=" + signedHeaders
				+ ",Signature=" + hex(hmac(key, toSign));
	}

	static String amzDate(Instant now) {
		return AMZ_DATE.format(now);
	}

	private static String canonicalQuery(String query) {
		if (query == null || query.isEmpty()) {
			return "";
		}
		Map<String, String> sorted = new TreeMap<>();
		for (String pair : query.split("&")) {
			int eq = pair.indexOf('=');
			sorted.put((eq < 0) ? pair : pair.substring(0, eq), (eq < 0) ? "" : pair.substring(eq + 1));
		}
		return sorted.entrySet().stream().map((e) -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
	}

	static byte[] sha256(byte[] content) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(content);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	private static byte[] hmac(byte[] key, String data) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data.getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
