package io.conduct.sso;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.jayway.jsonpath.JsonPath;
import io.conduct.testsupport.TestKeycloak;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.ProtocolMapperRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.userprofile.config.UPConfig;

/**
 * A second realm of the test Keycloak standing in for a subsidiary's own identity
 * provider (its people, its client for the tenant's broker), and a browser that signs in
 * to the tenant's web client through it over real HTTP: it follows the redirects to the
 * provider, posts the provider's login form, follows the redirects back through the
 * tenant's broker (first sign-in included), and exchanges the code for a token.
 */
final class BrokeredSignIn {

	static final String REDIRECT = "http://localhost:5173/callback";

	static final String PASSWORD = "Corp-Passw0rd-2026";

	private static final Pattern LOGIN_FORM = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

	private static final Pattern CODE = Pattern.compile("[?&]code=([^&]+)");

	private final String corp;

	private final String clientSecret = "broker-" + UUID.randomUUID();

	private final String tenantIssuer;

	private final String alias;

	private BrokeredSignIn(String corp, String tenantIssuer, String alias) {
		this.corp = corp;
		this.tenantIssuer = tenantIssuer;
		this.alias = alias;
	}

	/**
	 * Creates the provider's realm with a confidential client for the tenant's broker at
	 * the alias.
	 */
	static BrokeredSignIn provider(String tenantIssuer, String alias) {
		BrokeredSignIn provider = new BrokeredSignIn("corp-" + UUID.randomUUID().toString().substring(0, 8),
				tenantIssuer, alias);
		try (Keycloak keycloak = TestKeycloak.get().adminClient()) {
			RealmRepresentation realm = new RealmRepresentation();
			realm.setRealm(provider.corp);
			realm.setEnabled(true);
			keycloak.realms().create(realm);
			ClientRepresentation client = new ClientRepresentation();
			client.setClientId("conduct-broker");
			client.setSecret(provider.clientSecret);
			client.setPublicClient(false);
			client.setStandardFlowEnabled(true);
			client.setRedirectUris(List.of(tenantIssuer + "/broker/" + alias + "/endpoint"));
			ProtocolMapperRepresentation groups = new ProtocolMapperRepresentation();
			groups.setName("groups");
			groups.setProtocol("openid-connect");
			groups.setProtocolMapper("oidc-group-membership-mapper");
			groups.setConfig(Map.of("claim.name", "groups", "full.path", "false", "id.token.claim", "true",
					"access.token.claim", "true", "userinfo.token.claim", "true"));
			// the provider's employee numbers: a user attribute of its own, in its tokens
			ProtocolMapperRepresentation employeeNumber = new ProtocolMapperRepresentation();
			employeeNumber.setName("employee number");
			employeeNumber.setProtocol("openid-connect");
			employeeNumber.setProtocolMapper("oidc-usermodel-attribute-mapper");
			employeeNumber.setConfig(Map.of("user.attribute", "employee_number", "claim.name", "employee_number",
					"jsonType.label", "String", "id.token.claim", "true", "access.token.claim", "true",
					"userinfo.token.claim", "true"));
			client.setProtocolMappers(List.of(groups, employeeNumber));
			UPConfig profile = keycloak.realm(provider.corp).users().userProfile().getConfiguration();
			profile.setUnmanagedAttributePolicy(UPConfig.UnmanagedAttributePolicy.ENABLED);
			keycloak.realm(provider.corp).users().userProfile().update(profile);
			keycloak.realm(provider.corp).clients().create(client).close();
		}
		return provider;
	}

	/** The provider's realm name. */
	String realm() {
		return this.corp;
	}

	String clientSecret() {
		return this.clientSecret;
	}

	String discoveryUrl() {
		return TestKeycloak.get().issuerFor(this.corp) + "/.well-known/openid-configuration";
	}

	/**
	 * Adds a person to the provider, with {@link #PASSWORD}.
	 * @param attributes extra attributes (e.g. {@code employee_number})
	 */
	void person(String username, String email, boolean emailVerified, String firstName, String lastName,
			Map<String, List<String>> attributes) {
		UserRepresentation user = new UserRepresentation();
		user.setUsername(username);
		user.setEmail(email);
		user.setEmailVerified(emailVerified);
		user.setFirstName(firstName);
		user.setLastName(lastName);
		user.setEnabled(true);
		user.setAttributes(attributes);
		CredentialRepresentation password = new CredentialRepresentation();
		password.setType(CredentialRepresentation.PASSWORD);
		password.setValue(PASSWORD);
		password.setTemporary(false);
		user.setCredentials(List.of(password));
		try (Keycloak keycloak = TestKeycloak.get().adminClient()) {
			keycloak.realm(this.corp).users().create(user).close();
		}
	}

	/** Puts people of the provider in a group of its own (the {@code groups} claim). */
	void group(String name, String... usernames) {
		try (Keycloak keycloak = TestKeycloak.get().adminClient()) {
			var realm = keycloak.realm(this.corp);
			GroupRepresentation group = new GroupRepresentation();
			group.setName(name);
			String id;
			try (var response = realm.groups().add(group)) {
				id = CreatedResponseUtil.getCreatedId(response);
			}
			for (String username : usernames) {
				realm.users().get(realm.users().searchByUsername(username, true).get(0).getId()).joinGroup(id);
			}
		}
	}

	/**
	 * Signs in to the tenant's web client through the provider as a browser would.
	 */
	Outcome signIn(String username) {
		Browser browser = new Browser();
		String verifier = "v".repeat(43) + System.nanoTime();
		String authorize = this.tenantIssuer + "/protocol/openid-connect/auth?"
				+ form(Map.of("client_id", "conduct-web", "redirect_uri", REDIRECT, "response_type", "code", "scope",
						"openid", "code_challenge", challenge(verifier), "code_challenge_method", "S256", "kc_idp_hint",
						this.alias));
		HttpResponse<String> page = browser.follow(browser.get(authorize));
		Matcher login = LOGIN_FORM.matcher(page.body());
		if (!login.find() || !page.uri().toString().contains("/realms/" + this.corp + "/")) {
			return new Outcome("NO_PROVIDER_LOGIN", page.body(), null);
		}
		HttpResponse<String> after = browser.post(unescape(login.group(1)),
				Map.of("username", username, "password", PASSWORD));
		for (int i = 0; i < 15 && after.statusCode() / 100 == 3; i++) {
			String location = after.uri().resolve(after.headers().firstValue("Location").orElseThrow()).toString();
			if (location.startsWith(REDIRECT)) {
				Matcher code = CODE.matcher(location);
				return code.find() ? new Outcome("CODE", location, token(code.group(1), verifier))
						: new Outcome("ERROR", location, null);
			}
			after = browser.get(location);
		}
		return new Outcome("PAGE", after.statusCode() + " " + after.uri() + "\n" + after.body(), null);
	}

	/**
	 * Where the tenant's sign-in page leads a browser that names no provider: the URI of
	 * the page it ends on.
	 */
	String signInPage() {
		Browser browser = new Browser();
		String authorize = this.tenantIssuer + "/protocol/openid-connect/auth?"
				+ form(Map.of("client_id", "conduct-web", "redirect_uri", REDIRECT, "response_type", "code", "scope",
						"openid", "code_challenge", challenge("v".repeat(43)), "code_challenge_method", "S256"));
		return browser.follow(browser.get(authorize)).uri().toString();
	}

	private String token(String code, String verifier) {
		HttpResponse<String> response = new Browser().post(this.tenantIssuer + "/protocol/openid-connect/token",
				Map.of("grant_type", "authorization_code", "code", URLDecoder.decode(code, StandardCharsets.UTF_8),
						"redirect_uri", REDIRECT, "client_id", "conduct-web", "code_verifier", verifier));
		if (response.statusCode() != 200) {
			throw new AssertionError("The code was not exchanged: " + response.body());
		}
		return JsonPath.read(response.body(), "$.access_token");
	}

	/**
	 * Where a sign-in led.
	 *
	 * @param outcome {@code CODE} (back to the app with a code), {@code ERROR} (back with
	 * an error), {@code NO_PROVIDER_LOGIN} (the provider's page never showed),
	 * {@code PAGE} (stopped on another page)
	 * @param detail the location or the page
	 * @param accessToken the tenant's token, after {@code CODE}
	 */
	record Outcome(String outcome, String detail, String accessToken) {

		Optional<String> token() {
			return Optional.ofNullable(this.accessToken);
		}

	}

	private static String form(Map<String, String> fields) {
		return fields.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	private static String challenge(String verifier) {
		try {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(
						MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String unescape(String html) {
		return html.replace("&amp;", "&").replace("&#61;", "=").replace("&quot;", "\"");
	}

	/**
	 * Keeps cookies by name and path, as a browser does (both realms set cookies of the
	 * same names on one host, under their own paths); Keycloak's test server is http, so
	 * the Secure flag is not honoured here.
	 */
	private static final class Browser {

		private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		private final Map<String, String[]> cookies = new LinkedHashMap<>();

		HttpResponse<String> get(String url) {
			return send(HttpRequest.newBuilder(URI.create(url)));
		}

		HttpResponse<String> post(String url, Map<String, String> fields) {
			return send(HttpRequest.newBuilder(URI.create(url))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form(fields))));
		}

		HttpResponse<String> follow(HttpResponse<String> response) {
			HttpResponse<String> current = response;
			for (int i = 0; i < 10 && current.statusCode() / 100 == 3; i++) {
				current = get(current.uri().resolve(current.headers().firstValue("Location").orElseThrow()).toString());
			}
			return current;
		}

		private HttpResponse<String> send(HttpRequest.Builder builder) {
			String path = builder.copy().build().uri().getPath();
			String header = this.cookies.values()
				.stream()
				.filter((c) -> path.startsWith(c[1]))
				.map((c) -> c[0])
				.collect(Collectors.joining("; "));
			if (!header.isEmpty()) {
				builder.header("Cookie", header);
			}
			HttpResponse<String> response;
			try {
				response = this.http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			for (String cookie : response.headers().allValues("Set-Cookie")) {
				keep(cookie);
			}
			return response;
		}

		private void keep(String cookie) {
			String[] parts = cookie.split(";");
			String pair = parts[0].trim();
			String cookiePath = "/";
			for (String part : parts) {
				if (part.trim().toLowerCase(Locale.ROOT).startsWith("path=")) {
					cookiePath = part.trim().substring(5);
				}
			}
			String name = pair.substring(0, Math.max(0, pair.indexOf('=')));
			boolean expired = cookie.toLowerCase(Locale.ROOT).contains("max-age=0");
			if (expired || pair.endsWith("=")) {
				this.cookies.remove(name + "|" + cookiePath);
			}
			else {
				this.cookies.put(name + "|" + cookiePath, new String[] { pair, cookiePath });
			}
		}

	}

}
