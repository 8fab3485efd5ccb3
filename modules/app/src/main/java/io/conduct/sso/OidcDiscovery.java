package io.conduct.sso;

import io.conduct.platform.graphql.UserErrorCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An OpenID Connect discovery document (OpenID Connect Discovery 1.0, section 3), with
 * the endpoints the realm needs; its issuer must be the one the discovery URL is under.
 *
 * @param issuer the issuer
 * @param authorizationEndpoint where sign-ins go
 * @param tokenEndpoint where codes are exchanged
 * @param userInfoEndpoint the user info, if any
 * @param jwksUri the signing keys
 */
record OidcDiscovery(String issuer, String authorizationEndpoint, String tokenEndpoint, String userInfoEndpoint,
		String jwksUri) {

	static final String WELL_KNOWN = "/.well-known/openid-configuration";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static OidcDiscovery parse(String discoveryUrl, String document) {
		JsonNode json;
		try {
			json = JSON.readTree(document);
		}
		catch (JacksonException ex) {
			throw notDiscovery("The URL's answer is not JSON");
		}
		if (json == null || !json.isObject()) {
			throw notDiscovery("The URL's answer is not a discovery document");
		}
		OidcDiscovery discovery = new OidcDiscovery(text(json, "issuer"), text(json, "authorization_endpoint"),
				text(json, "token_endpoint"), json.path("userinfo_endpoint").asString(null), text(json, "jwks_uri"));
		String expected = discoveryUrl.endsWith(WELL_KNOWN)
				? discoveryUrl.substring(0, discoveryUrl.length() - WELL_KNOWN.length()) : null;
		if (expected != null && !expected.equals(discovery.issuer())) {
			throw notDiscovery("The document's issuer " + discovery.issuer() + " is not the URL's (" + expected + ")");
		}
		return discovery;
	}

	private static String text(JsonNode json, String field) {
		JsonNode value = json.get(field);
		if (value == null || !value.isString() || value.stringValue().isBlank()
				|| value.stringValue().length() > 2000) {
			throw notDiscovery("The discovery document has no " + field);
		}
		return value.stringValue();
	}

	private static ProviderDocumentException notDiscovery(String message) {
		return new ProviderDocumentException(UserErrorCode.NOT_METADATA, message);
	}

}
