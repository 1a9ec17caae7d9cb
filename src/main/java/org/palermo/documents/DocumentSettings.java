package org.palermo.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code palermo.documents}.
 *
 * @param maxFileSize the largest file the library accepts
 * @param s3Endpoint an S3-compatible store, e.g.
 * {@code https://s3.eu-west-1.amazonaws.com}; unset: files live under the data dir
 * @param s3Bucket the bucket
 * @param s3Region the region the requests are signed for
 * @param s3AccessKey the access key, from the environment
 * ({@code PALERMO_DOCUMENTS_S3_ACCESS_KEY})
 * @param s3SecretKey the secret key, from the environment
 * ({@code PALERMO_DOCUMENTS_S3_SECRET_KEY})
 */
@ConfigurationProperties("palermo.documents")
record DocumentSettings(DataSize maxFileSize, String s3Endpoint, String s3Bucket, String s3Region, String s3AccessKey,
		String s3SecretKey) {

	DocumentSettings {
		maxFileSize = (maxFileSize != null) ? maxFileSize : DataSize.ofMegabytes(20);
		s3Region = (s3Region != null && !s3Region.isBlank()) ? s3Region : "us-east-1";
	}

	boolean usesS3() {
		return this.s3Endpoint != null && !this.s3Endpoint.isBlank();
	}

}
