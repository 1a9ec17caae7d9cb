package org.palermo.documents;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** Both stores: no key escapes the store, and S3 requests are signed as AWS documents. */
class StorageTests {

	@TempDir
	Path root;

	@Test
	void theFileSystemStoreKeepsFilesUnderItsRootAndRefusesAnyOtherKey() {
		FileSystemDocumentStorage storage = new FileSystemDocumentStorage(this.root);
		storage.put("documents/2026/abc-123", "content".getBytes(StandardCharsets.UTF_8));
		assertThat(storage.get("documents/2026/abc-123")).asString(StandardCharsets.UTF_8).isEqualTo("content");
		assertThat(this.root.resolve("documents/2026/abc-123")).exists();
		for (String key : new String[] { "../outside", "documents/../../x", "/etc/passwd", "documents//x", "a\\b",
				"Documents/X", "", "documents/x/../../y" }) {
			assertThatIllegalArgumentException().as(key).isThrownBy(() -> storage.get(key));
		}
	}

	/**
	 * The "GET Object" example of the AWS Signature Version 4 documentation for S3:
	 * bucket examplebucket, key test.txt, range bytes=0-9, 2013-05-24.
	 */
	@Test
	void s3RequestsAreSignedExactlyAsTheAwsExample() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Host", "examplebucket.s3.amazonaws.com");
		headers.put("Range", "bytes=0-9");
		headers.put("x-amz-content-sha256", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
		headers.put("x-amz-date", "20130524T000000Z");
		String authorization = S3Signer.authorization("GET",
				URI.create("https://examplebucket.s3.amazonaws.com/test.txt"), headers,
				"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "us-east-1", "AKIAIOSFODNN7EXAMPLE",
				"wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
		assertThat(authorization)
			.isEqualTo("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,"
					+ "SignedHeaders=host;range;x-amz-content-sha256;x-amz-date,"
					+ "Signature=f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");
	}

	@Test
	void theS3StoreAddressesBucketAndKeyPathStyleAndSignsThePayload() {
		DocumentSettings settings = new DocumentSettings(null, "http://minio.local:9000/", "palermo", "eu-west-1",
				"access", "secret");
		S3DocumentStorage storage = new S3DocumentStorage(settings, null,
				Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC));
		HttpRequest put = storage.request("PUT", "documents/2026/abc", "hello".getBytes(StandardCharsets.UTF_8));
		assertThat(put.uri()).hasToString("http://minio.local:9000/palermo/documents/2026/abc");
		assertThat(put.headers().firstValue("x-amz-content-sha256"))
			.hasValue("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
		assertThat(put.headers().firstValue("x-amz-date")).hasValue("20261130T120000Z");
		assertThat(put.headers().firstValue("Authorization")).hasValueSatisfying((value) -> assertThat(value)
			.startsWith("AWS4-HMAC-SHA256 Credential=access/20261130/eu-west-1/s3/aws4_request,")
			.contains("SignedHeaders=host;x-amz-content-sha256;x-amz-date,"));
		assertThatIllegalArgumentException().isThrownBy(() -> storage.request("GET", "../other-bucket/x", null));
	}

}
