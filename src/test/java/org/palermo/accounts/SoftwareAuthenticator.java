package org.palermo.accounts;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;

import com.webauthn4j.converter.AttestationObjectConverter;
import com.webauthn4j.converter.AuthenticatorDataConverter;
import com.webauthn4j.converter.util.ObjectConverter;
import com.webauthn4j.data.attestation.AttestationObject;
import com.webauthn4j.data.attestation.authenticator.AAGUID;
import com.webauthn4j.data.attestation.authenticator.AttestedCredentialData;
import com.webauthn4j.data.attestation.authenticator.AuthenticatorData;
import com.webauthn4j.data.attestation.authenticator.EC2COSEKey;
import com.webauthn4j.data.attestation.statement.COSEAlgorithmIdentifier;
import com.webauthn4j.data.attestation.statement.NoneAttestationStatement;

/**
 * A passkey authenticator in software, as a browser and a security key would answer a
 * WebAuthn ceremony: an ES256 key pair, attestation "none" when registering, a signed
 * assertion when signing in. Its answers are the JSON bodies Spring Security's endpoints
 * read.
 */
final class SoftwareAuthenticator {

	private static final ObjectConverter CBOR = new ObjectConverter();

	private final KeyPair keys;

	private final byte[] credentialId = new byte[32];

	private final String rpId;

	private final String origin;

	private long signCount;

	SoftwareAuthenticator(String rpId, String origin) throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		this.keys = generator.generateKeyPair();
		new SecureRandom().nextBytes(this.credentialId);
		this.rpId = rpId;
		this.origin = origin;
	}

	String credentialId() {
		return b64(this.credentialId);
	}

	/** The body of {@code POST /webauthn/register} for these creation options. */
	String registration(String challenge, String label, boolean userVerified) throws Exception {
		byte flags = (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_AT
				| (userVerified ? AuthenticatorData.BIT_UV : 0));
		AuthenticatorData<com.webauthn4j.data.extension.authenticator.RegistrationExtensionAuthenticatorOutput> data = new AuthenticatorData<>(
				sha256(this.rpId.getBytes(StandardCharsets.UTF_8)), flags, 0,
				new AttestedCredentialData(AAGUID.ZERO, this.credentialId,
						EC2COSEKey.create((ECPublicKey) this.keys.getPublic(), COSEAlgorithmIdentifier.ES256)));
		byte[] attestation = new AttestationObjectConverter(CBOR)
			.convertToBytes(new AttestationObject(data, new NoneAttestationStatement()));
		String clientData = clientData("webauthn.create", challenge);
		return """
				{"publicKey":{"label":%s,"credential":{"id":"%s","rawId":"%s","type":"public-key",
				"response":{"attestationObject":"%s","clientDataJSON":"%s","transports":["internal"]},
				"clientExtensionResults":{},"authenticatorAttachment":"platform"}}}""".formatted(json(label),
				credentialId(), credentialId(), b64(attestation), b64(clientData.getBytes(StandardCharsets.UTF_8)));
	}

	/** The body of {@code POST /login/webauthn} for these request options. */
	String assertion(String challenge, String userHandle) throws Exception {
		return assertion(challenge, userHandle, this.keys);
	}

	/** An assertion signed with another key than the registered one. */
	String forgedAssertion(String challenge, String userHandle) throws Exception {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		return assertion(challenge, userHandle, generator.generateKeyPair());
	}

	private String assertion(String challenge, String userHandle, KeyPair signer) throws Exception {
		this.signCount++;
		byte flags = (byte) (AuthenticatorData.BIT_UP | AuthenticatorData.BIT_UV);
		byte[] data = new AuthenticatorDataConverter(CBOR).convert(
				new AuthenticatorData<>(sha256(this.rpId.getBytes(StandardCharsets.UTF_8)), flags, this.signCount));
		byte[] clientData = clientData("webauthn.get", challenge).getBytes(StandardCharsets.UTF_8);
		Signature signature = Signature.getInstance("SHA256withECDSA");
		signature.initSign(signer.getPrivate());
		signature.update(data);
		signature.update(sha256(clientData));
		return """
				{"id":"%s","rawId":"%s","type":"public-key",
				"response":{"authenticatorData":"%s","clientDataJSON":"%s","signature":"%s","userHandle":"%s"},
				"clientExtensionResults":{},"authenticatorAttachment":"platform"}""".formatted(credentialId(),
				credentialId(), b64(data), b64(clientData), b64(signature.sign()), userHandle);
	}

	private String clientData(String type, String challenge) {
		return "{\"type\":\"" + type + "\",\"challenge\":\"" + challenge + "\",\"origin\":\"" + this.origin
				+ "\",\"crossOrigin\":false}";
	}

	private static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

	private static String b64(byte[] bytes) {
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	private static byte[] sha256(byte[] bytes) throws GeneralSecurityException {
		return MessageDigest.getInstance("SHA-256").digest(bytes);
	}

}
