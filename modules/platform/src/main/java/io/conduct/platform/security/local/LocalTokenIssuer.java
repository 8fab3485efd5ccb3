package io.conduct.platform.security.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.conduct.platform.security.SecurityProperties;

/**
 * An OpenID issuer's signing side, for the local profile and for tests only: it signs
 * tokens shaped like Keycloak's (realm roles in {@code realm_access.roles}) with its own
 * RSA key and publishes the key set and discovery document, so the resource server
 * validates its tokens exactly as it validates Keycloak's. Never enabled in production.
 */
public final class LocalTokenIssuer {

	private final RSAKey key;

	private LocalTokenIssuer(RSAKey key) {
		this.key = key;
	}

	public static LocalTokenIssuer withNewKey() {
		try {
			return new LocalTokenIssuer(new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE)
				.keyID(UUID.randomUUID().toString())
				.algorithm(JWSAlgorithm.RS256)
				.generate());
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot generate an RSA key", ex);
		}
	}

	/**
	 * Uses the key kept in the file, or creates and keeps a new one, so that tokens stay
	 * valid across restarts.
	 */
	public static LocalTokenIssuer withKeyIn(Path file) {
		try {
			if (Files.exists(file)) {
				return new LocalTokenIssuer(RSAKey.parse(Files.readString(file)));
			}
			LocalTokenIssuer issuer = withNewKey();
			Files.createDirectories(file.toAbsolutePath().getParent());
			Files.writeString(file, issuer.key.toJSONString());
			return issuer;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ParseException ex) {
			throw new IllegalStateException("Unreadable key file " + file, ex);
		}
	}

	/** The public key set, as served at the JWKS endpoint. */
	public String jwkSetJson() {
		return new JWKSet(this.key.toPublicJWK()).toString();
	}

	/** The discovery document of an issuer, with Keycloak's endpoint layout. */
	public static Map<String, Object> discovery(String issuer) {
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("issuer", issuer);
		document.put("jwks_uri", issuer + "/protocol/openid-connect/certs");
		document.put("token_endpoint", issuer + "/protocol/openid-connect/token");
		document.put("authorization_endpoint", issuer + "/protocol/openid-connect/auth");
		document.put("subject_types_supported", List.of("public"));
		document.put("id_token_signing_alg_values_supported", List.of("RS256"));
		document.put("response_types_supported", List.of("code"));
		document.put("grant_types_supported", List.of("authorization_code", "password"));
		document.put("code_challenge_methods_supported", List.of("S256"));
		document.put("token_endpoint_auth_methods_supported", List.of("none"));
		document.put("scopes_supported", List.of("openid", "profile", "email"));
		return document;
	}

	/**
	 * Signs an access token.
	 * @param issuer the {@code iss} claim: the tenant's issuer URI
	 * @param subject the {@code sub} claim: the person's identity
	 * @param realmRoles realm roles, as Keycloak puts them in {@code realm_access.roles}
	 * @param profile further claims ({@code name}, {@code email},
	 * {@code preferred_username})
	 * @param now issue time
	 * @param lifetime how long the token is valid
	 */
	public String mint(String issuer, String subject, List<String> realmRoles, Map<String, Object> profile, Instant now,
			Duration lifetime) {
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer)
			.subject(subject)
			.jwtID(UUID.randomUUID().toString())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plus(lifetime)))
			.claim("typ", "Bearer")
			.claim("azp", "conduct-web")
			// as Keycloak's audience mapper puts it; a profile claim "aud" replaces it
			.audience(SecurityProperties.DEFAULT_AUDIENCE)
			.claim("realm_access", Map.of("roles", List.copyOf(realmRoles)));
		profile.forEach(claims::claim);
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(this.key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims.build());
		try {
			jwt.sign(new RSASSASigner(this.key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot sign a token", ex);
		}
		return jwt.serialize();
	}

}
