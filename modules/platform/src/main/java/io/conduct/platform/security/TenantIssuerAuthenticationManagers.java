package io.conduct.platform.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;

/**
 * Resolves the authentication manager for a token's issuer: only issuers of
 * {@link Tenant#isActive() active} tenants are trusted, checked on every request, so a
 * suspension or an onboarding takes effect at once; and only https issuers, unless
 * {@code conduct.security.allow-http-issuers} is set (the local run and tests). A token
 * is accepted only if it names Conduct's API as its audience ({@code aud}) and was issued
 * to one of Conduct's clients ({@code azp}). Decoders (and their cached signing keys) are
 * kept per issuer.
 */
public class TenantIssuerAuthenticationManagers implements AuthenticationManagerResolver<String> {

	private static final Logger logger = LoggerFactory.getLogger(TenantIssuerAuthenticationManagers.class);

	private final TenantRegistry registry;

	private final SecurityProperties properties;

	private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

	public TenantIssuerAuthenticationManagers(TenantRegistry registry, SecurityProperties properties) {
		this.registry = registry;
		this.properties = properties;
	}

	/**
	 * The manager for a trusted issuer, or {@code null} (answered with 401) for any
	 * other.
	 */
	@Override
	public AuthenticationManager resolve(String issuer) {
		if (!isTrustedScheme(issuer)) {
			// the issuer is the caller's claim, unverified: it is not logged
			logger.warn("Refused a token of a plain-http issuer: issuers must be https");
			return null;
		}
		return this.registry.findActiveByIssuer(issuer)
			.map((tenant) -> this.managers.computeIfAbsent(managerKey(tenant), (key) -> createManager(tenant)))
			.orElse(null);
	}

	/** Whether an issuer URI may be trusted at all: https, or http where allowed. */
	public boolean isTrustedScheme(String issuer) {
		return issuer != null && (issuer.startsWith("https://")
				|| (this.properties.allowHttpIssuers() && issuer.startsWith("http://")));
	}

	// A tenant re-registered with another key or issuer gets a fresh manager.
	private static String managerKey(Tenant tenant) {
		return tenant.key() + '|' + tenant.issuerUri();
	}

	private AuthenticationManager createManager(Tenant tenant) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(tenant.issuerUri()).build();
		// the tenant's realm may issue tokens to other applications too: only those meant
		// for Conduct's API and issued to Conduct's own clients are accepted
		decoder.setJwtValidator(
				new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(tenant.issuerUri()),
						new JwtAudienceValidator(this.properties.audience()), new JwtClaimValidator<String>("azp",
								(client) -> client != null && this.properties.acceptedClients().contains(client))));
		JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
		provider.setJwtAuthenticationConverter(new RealmRolesConverter(tenant, this.properties.operatorTenant()));
		return provider::authenticate;
	}

}
