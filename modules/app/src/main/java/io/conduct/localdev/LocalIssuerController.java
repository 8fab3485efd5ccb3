package io.conduct.localdev;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.conduct.platform.security.Role;
import io.conduct.platform.security.local.LocalTokenIssuer;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The local profile's stand-in for Keycloak, with Keycloak's endpoint layout: discovery,
 * key set, and a password-grant token endpoint for the demo people. Only registered when
 * {@code conduct.local-issuer.enabled} is true, which production refuses.
 */
@RestController
@Profile("local")
@ConditionalOnProperty(name = "conduct.local-issuer.enabled", havingValue = "true")
@RequestMapping("/local-issuer")
class LocalIssuerController {

	private static final Duration TOKEN_LIFETIME = Duration.ofHours(8);

	private final LocalTokenIssuer issuer;

	private final LocalIdentityProvisioning accounts;

	private final LocalIssuerUrls urls;

	private final Clock clock;

	LocalIssuerController(LocalTokenIssuer issuer, LocalIdentityProvisioning accounts, LocalIssuerUrls urls,
			Clock clock) {
		this.issuer = issuer;
		this.accounts = accounts;
		this.urls = urls;
		this.clock = clock;
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

	@PostMapping(path = "/realms/{realm}/protocol/openid-connect/token",
			consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> token(@PathVariable String realm,
			@RequestParam(name = "grant_type") String grantType, @RequestParam String username,
			@RequestParam String password) {
		if (!"password".equals(grantType)) {
			return ResponseEntity.badRequest().body(Map.of("error", "unsupported_grant_type"));
		}
		var account = this.accounts.authenticate(realm, username, password);
		if (account.isEmpty()) {
			return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
				.body(Map.of("error", "invalid_grant", "error_description", "Invalid user credentials"));
		}
		var a = account.get();
		String token = this.issuer.mint(this.urls.issuerFor(realm), a.subject(),
				a.roles().stream().map(Role::name).toList(), Map.of("name", a.firstName() + " " + a.lastName(), "email",
						a.email(), "email_verified", true, "preferred_username", a.username()),
				this.clock.instant(), TOKEN_LIFETIME);
		return ResponseEntity
			.ok(Map.of("access_token", token, "token_type", "Bearer", "expires_in", TOKEN_LIFETIME.toSeconds()));
	}

}
