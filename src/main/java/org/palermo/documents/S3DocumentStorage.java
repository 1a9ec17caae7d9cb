package org.palermo.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Files in an S3-compatible store (AWS S3, MinIO, Ceph, ...), path-style
 * ({@code <endpoint>/<bucket>/<key>}), signed with Signature Version 4 through the JDK's
 * HTTP client.
 */
class S3DocumentStorage implements DocumentStorage {

	private final DocumentSettings settings;

	private final HttpClient http;

	private final Clock clock;

	S3DocumentStorage(DocumentSettings settings) {
		this(settings, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build(), Clock.systemUTC());
	}

	S3DocumentStorage(DocumentSettings settings, HttpClient http, Clock clock) {
		if (settings.s3Bucket() == null || settings.s3AccessKey() == null || settings.s3SecretKey() == null) {
			throw new IllegalStateException(
					"palermo.documents.s3-bucket, s3-access-key and s3-secret-key are required with s3-endpoint");
		}
		this.settings = settings;
		this.http = http;
		this.clock = clock;
	}

	/** The signed request for a key, without sending it. */
	HttpRequest request(String method, String key, byte[] body) {
		String endpoint = this.settings.s3Endpoint().replaceAll("/+$", "");
		URI uri = URI.create(endpoint + "/" + this.settings.s3Bucket() + "/" + DocumentStorage.checked(key));
		String payload = S3Signer.hex(S3Signer.sha256((body != null) ? body : new byte[0]));
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("host", uri.getHost() + ((uri.getPort() > 0) ? ":" + uri.getPort() : ""));
		headers.put("x-amz-content-sha256", payload);
		headers.put("x-amz-date", S3Signer.amzDate(this.clock.instant()));
		String authorization = S3Signer.authorization(method, uri, headers, payload, this.settings.s3Region(),
				this.settings.s3AccessKey(), this.settings.s3SecretKey());
		HttpRequest.Builder builder = HttpRequest.newBuilder(uri)
			.timeout(Duration.ofSeconds(60))
			.header("x-amz-content-sha256", payload)
			.header("x-amz-date", headers.get("x-amz-date"))
			.header("Authorization", authorization);
		return (body != null) ? builder.method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build()
				: builder.method(method, HttpRequest.BodyPublishers.noBody()).build();
	}

	@Override
	public void put(String key, byte[] content) {
		send(request("PUT", key, content));
	}

	@Override
	public byte[] get(String key) {
		return send(request("GET", key, null));
	}

	@Override
	public void delete(String key) {
		send(request("DELETE", key, null));
	}

	private byte[] send(HttpRequest request) {
		try {
			HttpResponse<byte[]> response = this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() / 100 != 2) {
				throw new IOException("S3 answered " + response.statusCode() + " to " + request.method() + " "
						+ request.uri().getPath());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
