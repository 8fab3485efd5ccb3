package io.conduct.localdev;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.platform.security.Role;
import io.conduct.platform.security.local.LocalTokenIssuer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The local profile's stand-in for Keycloak, with Keycloak's endpoint layout: discovery,
 * key set, the authorization code flow with PKCE (S256) and its own sign-in page, and a
 * password-grant token endpoint for the demo people. Only registered when
 * {@code conduct.local-issuer.enabled} is true, which production refuses.
 */
@RestController
@Profile("local")
@ConditionalOnProperty(name = "conduct.local-issuer.enabled", havingValue = "true")
@RequestMapping("/local-issuer")
class LocalIssuerController {

	private static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

	/**
	 * The access tokens of the authorization code flow live as long as Keycloak's do by
	 * default: the front end renews them with its refresh token before they lapse.
	 */
	static final Duration SIGNED_IN_TOKEN_LIFETIME = Duration.ofMinutes(5);

	/** The client of Conduct's own front ends, as onboarding registers it in Keycloak. */
	static final String CLIENT_ID = "conduct-web";

	private final LocalTokenIssuer issuer;

	private final LocalIdentityProvisioning accounts;

	private final LocalIssuerUrls urls;

	private final Clock clock;

	private final LocalAuthorizationCodes codes;

	private final LocalRefreshTokens refreshTokens;

	LocalIssuerController(LocalTokenIssuer issuer, LocalIdentityProvisioning accounts, LocalIssuerUrls urls,
			Clock clock) {
		this.issuer = issuer;
		this.accounts = accounts;
		this.urls = urls;
		this.clock = clock;
		this.codes = new LocalAuthorizationCodes(clock);
		this.refreshTokens = new LocalRefreshTokens(clock);
	}

	@GetMapping(path = "/realms/{realm}/.well-known/openid-configuration", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> discovery(@PathVariable String realm) {
		return LocalTokenIssuer.discovery(this.urls.issuerFor(realm));
	}

	@GetMapping(path = "/realms/{realm}/protocol/openid-connect/certs", produces = MediaType.APPLICATION_JSON_VALUE)
	String keySet(@PathVariable String realm) {
		return this.issuer.jwkSetJson();
	}

	/** The accounts of each tenant's realm, to pick one to sign in as. */
	@GetMapping(path = "/demo-people", produces = MediaType.APPLICATION_JSON_VALUE)
	List<Map<String, Object>> demoPeople() {
		return this.accounts.accounts()
			.stream()
			.sorted(java.util.Comparator.comparing(LocalAccount::realm).thenComparing(LocalAccount::username))
			.map((account) -> Map.<String, Object>of("tenant", account.realm(), "username", account.username(), "name",
					account.firstName() + " " + account.lastName(), "roles", account.roles()))
			.toList();
	}

	/**
	 * The authorization endpoint (code flow with PKCE S256 only): checks the client and
	 * its exact redirect URI before anything else, and shows the issuer's own sign-in
	 * page.
	 */
	@GetMapping(path = "/realms/{realm}/protocol/openid-connect/auth", produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> authorize(@PathVariable String realm, @RequestParam MultiValueMap<String, String> params,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		AuthorizationRequest request = AuthorizationRequest.of(params);
		ResponseEntity<String> refused = refuse(request);
		if (refused != null) {
			return refused;
		}
		return signInPage(realm, request, null, false, HttpStatus.OK, acceptLanguage);
	}

	/** The sign-in form's post: a code for the redirect URI, or the form again. */
	@PostMapping(path = "/realms/{realm}/protocol/openid-connect/auth",
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.TEXT_HTML_VALUE)
	ResponseEntity<String> signIn(@PathVariable String realm, @RequestParam MultiValueMap<String, String> params,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
		AuthorizationRequest request = AuthorizationRequest.of(params);
		ResponseEntity<String> refused = refuse(request);
		if (refused != null) {
			return refused;
		}
		String username = bounded(params.getFirst("username"));
		String password = bounded(params.getFirst("password"));
		var account = (username != null && password != null) ? this.accounts.authenticate(realm, username, password)
				: Optional.<LocalAccount>empty();
		if (account.isEmpty()) {
			return signInPage(realm, request, username, true, HttpStatus.UNAUTHORIZED, acceptLanguage);
		}
		String code = this.codes.issue(new LocalAuthorizationCodes.Grant(realm, account.get().subject(),
				request.clientId(), request.redirectUri(), request.codeChallenge(), request.nonce(), null));
		URI location = UriComponentsBuilder.fromUriString(request.redirectUri())
			.queryParam("code", code)
			.queryParamIfPresent("state", Optional.ofNullable(request.state()))
			.queryParam("iss", this.urls.issuerFor(realm))
			.encode()
			.build()
			.toUri();
		return ResponseEntity.status(HttpStatus.FOUND).location(location).build();
	}

	/**
	 * The token endpoint: the authorization code grant (with the PKCE verifier), its
	 * refresh tokens (rotated), and the password grant the README's curl examples use.
	 */
	@PostMapping(path = "/realms/{realm}/protocol/openid-connect/token",
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> token(@PathVariable String realm,
			@RequestParam MultiValueMap<String, String> params) {
		String grantType = params.getFirst("grant_type");
		if ("authorization_code".equals(grantType)) {
			var grant = this.codes.redeem(params.getFirst("code"), realm, params.getFirst("client_id"),
					params.getFirst("redirect_uri"), params.getFirst("code_verifier"));
			var account = grant.flatMap((g) -> this.accounts.enabledAccount(g.subject()));
			if (account.isEmpty()) {
				return ResponseEntity.badRequest()
					.body(Map.of("error", "invalid_grant", "error_description", "Code not valid"));
			}
			return ResponseEntity.ok(tokens(realm, account.get(), grant.get()));
		}
		if ("refresh_token".equals(grantType)) {
			var renewal = this.refreshTokens.renew(bounded(params.getFirst("refresh_token")), realm,
					params.getFirst("client_id"));
			var account = renewal.flatMap((r) -> this.accounts.enabledAccount(r.subject()));
			if (account.isEmpty()) {
				return ResponseEntity.badRequest()
					.body(Map.of("error", "invalid_grant", "error_description", "Refresh token not valid"));
			}
			return ResponseEntity.ok(Map.of("access_token", accessToken(realm, account.get(), SIGNED_IN_TOKEN_LIFETIME),
					"refresh_token", renewal.get().refreshToken(), "refresh_expires_in",
					Duration.between(this.clock.instant(), renewal.get().sessionEndsAt()).toSeconds(), "token_type",
					"Bearer", "expires_in", SIGNED_IN_TOKEN_LIFETIME.toSeconds(), "scope", "openid profile email"));
		}
		if (!"password".equals(grantType)) {
			return ResponseEntity.badRequest().body(Map.of("error", "unsupported_grant_type"));
		}
		String username = bounded(params.getFirst("username"));
		String password = bounded(params.getFirst("password"));
		var account = (username != null && password != null) ? this.accounts.authenticate(realm, username, password)
				: Optional.<LocalAccount>empty();
		if (account.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.body(Map.of("error", "invalid_grant", "error_description", "Invalid user credentials"));
		}
		return ResponseEntity.ok(Map.of("access_token", accessToken(realm, account.get(), TOKEN_LIFETIME), "token_type",
				"Bearer", "expires_in", TOKEN_LIFETIME.toSeconds()));
	}

	private String accessToken(String realm, LocalAccount a, Duration lifetime) {
		return this.issuer.mint(this.urls.issuerFor(realm), a.subject(), a.roles().stream().map(Role::name).toList(),
				profile(a), this.clock.instant(), lifetime);
	}

	private Map<String, Object> tokens(String realm, LocalAccount a, LocalAuthorizationCodes.Grant grant) {
		Map<String, Object> idClaims = new LinkedHashMap<>(profile(a));
		idClaims.put("aud", grant.clientId());
		idClaims.put("typ", "ID");
		if (grant.nonce() != null) {
			idClaims.put("nonce", grant.nonce());
		}
		String idToken = this.issuer.mint(this.urls.issuerFor(realm), a.subject(), List.of(), idClaims,
				this.clock.instant(), TOKEN_LIFETIME);
		return Map.of("access_token", accessToken(realm, a, SIGNED_IN_TOKEN_LIFETIME), "id_token", idToken,
				"refresh_token", this.refreshTokens.issue(realm, a.subject(), grant.clientId()), "refresh_expires_in",
				LocalRefreshTokens.SESSION_LIFETIME.toSeconds(), "token_type", "Bearer", "expires_in",
				SIGNED_IN_TOKEN_LIFETIME.toSeconds(), "scope", "openid profile email");
	}

	private static Map<String, Object> profile(LocalAccount a) {
		return Map.of("name", a.firstName() + " " + a.lastName(), "email", a.email(), "email_verified", true,
				"preferred_username", a.username());
	}

	/**
	 * What is wrong with an authorization request, as RFC 6749 4.1.2.1 answers it: an
	 * unknown client or a redirect URI not registered exactly is shown here and never
	 * redirected to; other faults go back to the client's redirect URI.
	 */
	private ResponseEntity<String> refuse(AuthorizationRequest request) {
		if (!CLIENT_ID.equals(request.clientId()) || request.redirectUri() == null
				|| !this.urls.redirectUris().contains(request.redirectUri())) {
			return ResponseEntity.badRequest()
				.contentType(MediaType.TEXT_PLAIN)
				.body("Unknown client or redirect URI not registered for it");
		}
		String error = null;
		if (!"code".equals(request.responseType())) {
			error = "unsupported_response_type";
		}
		else if (!LocalAuthorizationCodes.isAcceptableChallenge(request.codeChallenge(),
				request.codeChallengeMethod())) {
			error = "invalid_request";
		}
		if (error == null) {
			return null;
		}
		URI location = UriComponentsBuilder.fromUriString(request.redirectUri())
			.queryParam("error", error)
			.queryParamIfPresent("state", Optional.ofNullable(request.state()))
			.encode()
			.build()
			.toUri();
		return ResponseEntity.status(HttpStatus.FOUND).location(location).build();
	}

	private ResponseEntity<String> signInPage(String realm, AuthorizationRequest request, String username,
			boolean failed, HttpStatus status, String acceptLanguage) {
		String language = LocalSignInPage.language(request.uiLocales(), acceptLanguage);
		return ResponseEntity.status(status)
			.header("Content-Security-Policy", LocalSignInPage.contentSecurityPolicy(request.redirectUri()))
			.header("Cache-Control", "no-store")
			.contentType(MediaType.TEXT_HTML)
			.header(HttpHeaders.CONTENT_LANGUAGE, language)
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.body(LocalSignInPage.render(realm, request.asParameters(), username, failed, language));
	}

	private static String bounded(String value) {
		return (value != null && value.length() <= 200) ? value : null;
	}

	/** The parameters of an authorization request that the issuer uses, each bounded. */
	record AuthorizationRequest(String responseType, String clientId, String redirectUri, String state, String scope,
			String codeChallenge, String codeChallengeMethod, String nonce, String uiLocales) {

		static AuthorizationRequest of(MultiValueMap<String, String> params) {
			return new AuthorizationRequest(bounded(params.getFirst("response_type")),
					bounded(params.getFirst("client_id")), bounded(params.getFirst("redirect_uri")),
					bounded(params.getFirst("state")), bounded(params.getFirst("scope")),
					bounded(params.getFirst("code_challenge")), bounded(params.getFirst("code_challenge_method")),
					bounded(params.getFirst("nonce")), bounded(params.getFirst("ui_locales")));
		}

		Map<String, String> asParameters() {
			Map<String, String> parameters = new LinkedHashMap<>();
			parameters.put("response_type", this.responseType);
			parameters.put("client_id", this.clientId);
			parameters.put("redirect_uri", this.redirectUri);
			parameters.put("code_challenge", this.codeChallenge);
			parameters.put("code_challenge_method", this.codeChallengeMethod);
			if (this.state != null) {
				parameters.put("state", this.state);
			}
			if (this.scope != null) {
				parameters.put("scope", this.scope);
			}
			if (this.nonce != null) {
				parameters.put("nonce", this.nonce);
			}
			if (this.uiLocales != null) {
				parameters.put("ui_locales", this.uiLocales);
			}
			return parameters;
		}

	}

}
