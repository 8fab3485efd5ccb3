package io.conduct.platform.identity;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;

/**
 * Manages the tenants' realms in Keycloak through its admin API: one realm per tenant
 * with Conduct's roles as realm roles, a public client for single-page apps (PKCE), a
 * password policy and brute-force protection.
 */
public class KeycloakIdentityProvisioning implements IdentityProvisioning, DisposableBean {

	/** Applied to every realm; temporary passwords are generated to satisfy it. */
	static final String PASSWORD_POLICY = "length(12) and upperCase(1) and lowerCase(1) and digits(1) and notUsername and passwordHistory(3)";

	private static final Logger logger = LoggerFactory.getLogger(KeycloakIdentityProvisioning.class);

	private final KeycloakProperties properties;

	private final String operatorTenant;

	private volatile Keycloak keycloak;

	public KeycloakIdentityProvisioning(KeycloakProperties properties, String operatorTenant) {
		this.properties = properties;
		this.operatorTenant = operatorTenant;
	}

	@Override
	public String issuerFor(String tenantKey) {
		return this.properties.issuerBase() + "/realms/" + tenantKey;
	}

	@Override
	public void ensureRealm(Tenant tenant, List<String> redirectUris) {
		call("realm " + tenant.key(), () -> {
			RealmResource realm = admin().realm(tenant.key());
			RealmRepresentation settings = realmSettings(tenant);
			if (exists(realm::toRepresentation)) {
				realm.update(settings);
			}
			else {
				admin().realms().create(settings);
				logger.info("Created realm {}", tenant.key());
			}
			for (Role role : realmRoles(tenant)) {
				if (!exists(() -> realm.roles().get(role.name()).toRepresentation())) {
					realm.roles().create(new RoleRepresentation(role.name(), "Conduct role " + role.name(), false));
				}
			}
			ensureClient(realm, redirectUris);
			return null;
		});
	}

	@Override
	public String ensureAccount(String tenantKey, Account account) {
		return call("account " + account.username(), () -> {
			RealmResource realm = admin().realm(tenantKey);
			List<UserRepresentation> existing = realm.users().searchByUsername(account.username(), true);
			if (!existing.isEmpty()) {
				return existing.get(0).getId();
			}
			UserRepresentation user = new UserRepresentation();
			user.setUsername(account.username());
			user.setEmail(account.email());
			user.setEmailVerified(true);
			user.setFirstName(account.firstName());
			user.setLastName(account.lastName());
			user.setEnabled(true);
			try (Response response = realm.users().create(user)) {
				if (response.getStatus() == 409) {
					throw new IdentityProvisioningException(
							"Another account of realm " + tenantKey + " already uses that e-mail address", null);
				}
				return CreatedResponseUtil.getCreatedId(response);
			}
		});
	}

	@Override
	public void setTemporaryPassword(String tenantKey, String subject, String temporaryPassword) {
		call("password of " + subject, () -> {
			CredentialRepresentation password = new CredentialRepresentation();
			password.setType(CredentialRepresentation.PASSWORD);
			password.setValue(temporaryPassword);
			password.setTemporary(true);
			admin().realm(tenantKey).users().get(subject).resetPassword(password);
			return null;
		});
	}

	@Override
	public void setEnabled(String tenantKey, String subject, boolean enabled) {
		call("account " + subject, () -> {
			var user = admin().realm(tenantKey).users().get(subject);
			UserRepresentation representation = user.toRepresentation();
			representation.setEnabled(enabled);
			user.update(representation);
			return null;
		});
	}

	@Override
	public void grantRoles(String tenantKey, String subject, Set<Role> roles) {
		call("roles of " + subject, () -> {
			RealmResource realm = admin().realm(tenantKey);
			realm.users().get(subject).roles().realmLevel().add(representations(realm, roles));
			return null;
		});
	}

	@Override
	public void revokeRoles(String tenantKey, String subject, Set<Role> roles) {
		call("roles of " + subject, () -> {
			RealmResource realm = admin().realm(tenantKey);
			realm.users().get(subject).roles().realmLevel().remove(representations(realm, roles));
			return null;
		});
	}

	@Override
	public Set<Role> roles(String tenantKey, String subject) {
		return call("roles of " + subject, () -> {
			Set<Role> roles = EnumSet.noneOf(Role.class);
			admin().realm(tenantKey)
				.users()
				.get(subject)
				.roles()
				.realmLevel()
				.listAll()
				.forEach((r) -> Role.fromRealmRole(r.getName()).ifPresent(roles::add));
			return roles;
		});
	}

	@Override
	public void destroy() {
		if (this.keycloak != null) {
			this.keycloak.close();
		}
	}

	private Set<Role> realmRoles(Tenant tenant) {
		Set<Role> roles = EnumSet.allOf(Role.class);
		if (!tenant.key().equals(this.operatorTenant)) {
			roles.remove(Role.PLATFORM_ADMIN);
		}
		return roles;
	}

	private List<RoleRepresentation> representations(RealmResource realm, Set<Role> roles) {
		return roles.stream().map((role) -> realm.roles().get(role.name()).toRepresentation()).toList();
	}

	private RealmRepresentation realmSettings(Tenant tenant) {
		RealmRepresentation realm = new RealmRepresentation();
		realm.setRealm(tenant.key());
		realm.setDisplayName(tenant.name());
		realm.setEnabled(true);
		realm.setSslRequired("external");
		realm.setPasswordPolicy(PASSWORD_POLICY);
		realm.setBruteForceProtected(true);
		realm.setPermanentLockout(false);
		realm.setFailureFactor(5);
		realm.setWaitIncrementSeconds(60);
		realm.setMaxFailureWaitSeconds(900);
		realm.setLoginWithEmailAllowed(true);
		realm.setDuplicateEmailsAllowed(false);
		realm.setResetPasswordAllowed(true);
		realm.setRegistrationAllowed(false);
		realm.setInternationalizationEnabled(true);
		String language = tenant.locale().getLanguage();
		realm.setSupportedLocales(new HashSet<>(List.of(language, "en")));
		realm.setDefaultLocale(language);
		return realm;
	}

	private void ensureClient(RealmResource realm, List<String> redirectUris) {
		ClientRepresentation client = new ClientRepresentation();
		client.setClientId(this.properties.clientId());
		client.setName("Conduct web applications");
		client.setProtocol("openid-connect");
		client.setPublicClient(true);
		client.setStandardFlowEnabled(true);
		client.setImplicitFlowEnabled(false);
		client.setDirectAccessGrantsEnabled(this.properties.directAccessGrants());
		client.setRedirectUris(redirectUris);
		client.setWebOrigins(List.of("+"));
		Map<String, String> attributes = new HashMap<>();
		attributes.put("pkce.code.challenge.method", "S256");
		attributes.put("post.logout.redirect.uris", "+");
		client.setAttributes(attributes);
		List<ClientRepresentation> existing = realm.clients().findByClientId(this.properties.clientId());
		if (existing.isEmpty()) {
			realm.clients().create(client).close();
		}
		else {
			realm.clients().get(existing.get(0).getId()).update(client);
		}
	}

	private Keycloak admin() {
		Keycloak current = this.keycloak;
		if (current == null) {
			synchronized (this) {
				if (this.keycloak == null) {
					this.keycloak = connect();
				}
				current = this.keycloak;
			}
		}
		return current;
	}

	private Keycloak connect() {
		KeycloakBuilder builder = KeycloakBuilder.builder()
			.serverUrl(this.properties.serverUrl())
			.realm(this.properties.adminRealm())
			.clientId(this.properties.adminClientId());
		if (this.properties.adminClientSecret() != null && !this.properties.adminClientSecret().isBlank()) {
			builder.grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientSecret(this.properties.adminClientSecret());
		}
		else {
			builder.grantType(OAuth2Constants.PASSWORD)
				.username(this.properties.adminUsername())
				.password(this.properties.adminPassword());
		}
		return builder.build();
	}

	private static boolean exists(Supplier<?> lookup) {
		try {
			lookup.get();
			return true;
		}
		catch (NotFoundException ex) {
			return false;
		}
	}

	private static <T> T call(String what, Supplier<T> action) {
		try {
			return action.get();
		}
		catch (IdentityProvisioningException ex) {
			throw ex;
		}
		catch (WebApplicationException | ProcessingException ex) {
			throw new IdentityProvisioningException("Keycloak failed on " + what + ": " + ex.getMessage(), ex);
		}
	}

}
