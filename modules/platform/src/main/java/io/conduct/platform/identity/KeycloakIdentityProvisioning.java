package io.conduct.platform.identity;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import io.conduct.platform.identity.AccountTakenException.Field;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Manages the tenants' realms in Keycloak through its admin API: the realm as
 * {@link KeycloakRealmSetup} describes it, accounts created with required actions and an
 * enrolment e-mail (never a password chosen by someone else), and role mappings brought
 * in line with the directory.
 */
public class KeycloakIdentityProvisioning implements IdentityProvisioning {

	/** The user attribute holding the key of the request that created the account. */
	static final String CREATION_ATTRIBUTE = "conduct.creation";

	/** What an enrolment asks of a new account's holder. */
	static final List<String> ENROLMENT_ACTIONS = List.of("UPDATE_PASSWORD", "VERIFY_EMAIL");

	private static final int PAGE = 500;

	private static final Logger logger = LoggerFactory.getLogger(KeycloakIdentityProvisioning.class);

	private final KeycloakProperties properties;

	private final KeycloakRealmSetup setup;

	private final KeycloakAdminClient admin;

	public KeycloakIdentityProvisioning(KeycloakProperties properties, KeycloakAdminClient admin, String operatorTenant,
			String audience) {
		this.properties = properties;
		this.admin = admin;
		this.setup = new KeycloakRealmSetup(properties, operatorTenant, audience);
	}

	@Override
	public String issuerFor(String tenantKey) {
		return this.properties.issuerBase() + "/realms/" + tenantKey;
	}

	@Override
	public void ensureRealm(Tenant tenant, List<String> redirectUris) {
		call("realm " + tenant.key(), () -> {
			RealmResource realm = admin().realm(tenant.key());
			RealmRepresentation settings = this.setup.settings(tenant);
			Optional<RealmRepresentation> existing = find(realm::toRepresentation);
			if (existing.isPresent()) {
				if (!KeycloakRealmSetup.isMadeFor(existing.get(), tenant.key())) {
					throw new RealmTakenException(
							"Keycloak has a realm named " + tenant.key() + " that Conduct did not create");
				}
				if (KeycloakIdentityFederation.hasEnabledProvider(realm)) {
					// the provider's verified sign-in suffices (see setProviderEnabled)
					settings.setVerifyEmail(false);
				}
				realm.update(settings);
			}
			else {
				admin().realms().create(settings);
				logger.info("Created realm {}", tenant.key());
			}
			this.setup.complete(realm, tenant, redirectUris);
			return null;
		});
	}

	@Override
	public String createAccount(String tenantKey, Account account, String creationKey) {
		return call("account " + account.username(), () -> {
			RealmResource realm = admin().realm(tenantKey);
			Optional<String> earlier = existing(realm, account, creationKey);
			if (earlier.isPresent()) {
				return earlier.get();
			}
			UserRepresentation user = new UserRepresentation();
			user.setUsername(account.username());
			user.setEmail(account.email());
			user.setEmailVerified(false);
			user.setFirstName(account.firstName());
			user.setLastName(account.lastName());
			user.setEnabled(true);
			// once a provider signs the realm's people in, its verified sign-in suffices:
			// nothing is pending (the enrolment e-mail carries the actions for those who
			// choose a local password)
			user.setRequiredActions(
					KeycloakIdentityFederation.hasEnabledProvider(realm) ? List.of() : ENROLMENT_ACTIONS);
			user.setAttributes(Map.of(CREATION_ATTRIBUTE, List.of(creationKey)));
			try (Response response = realm.users().create(user)) {
				if (response.getStatus() == 409) {
					// created meanwhile, by this request's retry or by someone else
					return existing(realm, account, creationKey).orElseThrow(
							() -> new AccountTakenException(Field.USERNAME, "The realm has that account already"));
				}
				return CreatedResponseUtil.getCreatedId(response);
			}
		});
	}

	/**
	 * The account this request created earlier, if any; another account with the username
	 * or the e-mail address (as either) is refused.
	 */
	private static Optional<String> existing(RealmResource realm, Account account, String creationKey) {
		List<UserRepresentation> byUsername = copy(realm.users().searchByUsername(account.username(), true));
		byUsername.addAll(copy(realm.users().searchByEmail(account.username(), true)));
		List<UserRepresentation> byEmail = copy(realm.users().searchByEmail(account.email(), true));
		byEmail.addAll(copy(realm.users().searchByUsername(account.email(), true)));
		for (UserRepresentation user : concat(byUsername, byEmail)) {
			if (creationKey.equals(creationKeyOf(realm, user))) {
				return Optional.of(user.getId());
			}
		}
		if (!byEmail.isEmpty()) {
			throw new AccountTakenException(Field.EMAIL, "Another account of the realm has that e-mail address");
		}
		if (!byUsername.isEmpty()) {
			throw new AccountTakenException(Field.USERNAME, "Another account of the realm has that username");
		}
		return Optional.empty();
	}

	private static String creationKeyOf(RealmResource realm, UserRepresentation found) {
		Map<String, List<String>> attributes = (found.getAttributes() != null) ? found.getAttributes()
				: realm.users().get(found.getId()).toRepresentation().getAttributes();
		List<String> values = (attributes != null) ? attributes.get(CREATION_ATTRIBUTE) : null;
		return (values != null && !values.isEmpty()) ? values.get(0) : null;
	}

	@Override
	public boolean enrol(String tenantKey, String subject) {
		return call("enrolment of " + subject, () -> {
			try {
				admin().realm(tenantKey)
					.users()
					.get(subject)
					.executeActionsEmail(this.properties.clientId(), null,
							(int) this.properties.enrolmentLifespan().toSeconds(), ENROLMENT_ACTIONS);
				return true;
			}
			catch (WebApplicationException ex) {
				if (ex.getResponse().getStatus() >= 500) {
					// Keycloak could not reach its mail server: the account waits for
					// another
					// try
					logger.warn("Realm {} could not send the enrolment e-mail of {}", tenantKey, subject);
					return false;
				}
				throw ex;
			}
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
	public boolean isUnused(String tenantKey, String subject) {
		return call("account " + subject, () -> {
			var user = admin().realm(tenantKey).users().get(subject);
			try {
				return user.credentials().isEmpty() && user.getFederatedIdentity().isEmpty();
			}
			catch (NotFoundException ex) {
				return true;
			}
		});
	}

	/**
	 * A changed address of a local account is unverified until its owner proves it; a
	 * brokered account's is the provider's to vouch for (it syncs at every sign-in).
	 */
	@Override
	public void updateContact(String tenantKey, String subject, String email, String firstName, String lastName) {
		call("account " + subject, () -> {
			var user = admin().realm(tenantKey).users().get(subject);
			UserRepresentation representation;
			try {
				representation = user.toRepresentation();
			}
			catch (jakarta.ws.rs.NotFoundException ex) {
				// the realm has no such account (removed by hand): nothing to follow
				return null;
			}
			boolean newAddress = representation.getEmail() == null
					|| !representation.getEmail().equalsIgnoreCase(email);
			representation.setEmail(email);
			representation.setFirstName(firstName);
			representation.setLastName(lastName);
			if (newAddress && user.getFederatedIdentity().isEmpty()) {
				representation.setEmailVerified(false);
			}
			try {
				user.update(representation);
			}
			catch (jakarta.ws.rs.ClientErrorException ex) {
				if (ex.getResponse().getStatus() == 409) {
					throw new AccountTakenException(AccountTakenException.Field.EMAIL,
							"Another account of the realm has that e-mail address");
				}
				throw ex;
			}
			return null;
		});
	}

	@Override
	public RoleChanges alignRoles(String tenantKey, String subject, Set<Role> intended) {
		return call("roles of " + subject, () -> {
			for (int attempt = 1;; attempt++) {
				try {
					return alignOnce(tenantKey, subject, intended);
				}
				catch (WebApplicationException ex) {
					// another alignment of the same account changed its mappings between
					// this one's read and write (Keycloak answers 400 or 409, and changes
					// nothing): read them again
					int status = ex.getResponse().getStatus();
					if (attempt == ALIGN_ATTEMPTS || (status != 400 && status != 409)) {
						throw ex;
					}
				}
			}
		});
	}

	private static final int ALIGN_ATTEMPTS = 3;

	private RoleChanges alignOnce(String tenantKey, String subject, Set<Role> intended) {
		RealmResource realm = admin().realm(tenantKey);
		Set<Role> available = this.setup.rolesOf(tenantKey);
		Set<Role> wanted = EnumSet.noneOf(Role.class);
		intended.stream().filter(available::contains).forEach(wanted::add);
		Set<Role> held = held(realm, subject);
		wanted.addAll(fromProviders(realm, subject, held));
		RoleChanges changes = RoleChanges.between(held, wanted);
		var mappings = realm.users().get(subject).roles().realmLevel();
		if (!changes.granted().isEmpty()) {
			mappings.add(representations(realm, changes.granted()));
		}
		if (!changes.revoked().isEmpty()) {
			mappings.remove(representations(realm, changes.revoked()));
		}
		return changes;
	}

	@Override
	public Set<Role> roles(String tenantKey, String subject) {
		return call("roles of " + subject, () -> held(admin().realm(tenantKey), subject));
	}

	@Override
	public Map<String, Set<Role>> roleHolders(String tenantKey) {
		return call("role holders of " + tenantKey, () -> {
			RealmResource realm = admin().realm(tenantKey);
			Map<String, Set<Role>> holders = new HashMap<>();
			for (Role role : this.setup.rolesOf(tenantKey)) {
				if (!role.isDirectoryManaged()) {
					continue;
				}
				for (int first = 0;; first += PAGE) {
					List<UserRepresentation> page = realm.roles().get(role.name()).getUserMembers(true, first, PAGE);
					page.forEach((user) -> holders.computeIfAbsent(user.getId(), (id) -> EnumSet.noneOf(Role.class))
						.add(role));
					if (page.size() < PAGE) {
						break;
					}
				}
			}
			return holders;
		});
	}

	@Override
	public List<String> revokeIndirectGrants(String tenantKey) {
		return call("indirect roles of " + tenantKey, () -> {
			RealmResource realm = admin().realm(tenantKey);
			Set<String> managed = new java.util.HashSet<>();
			this.setup.rolesOf(tenantKey)
				.stream()
				.filter(Role::isDirectoryManaged)
				.forEach((role) -> managed.add(role.name()));
			List<String> revoked = new java.util.ArrayList<>();
			for (String role : managed) {
				var resource = realm.roles().get(role);
				for (GroupRepresentation group : resource.getRoleGroupMembers()) {
					realm.groups()
						.group(group.getId())
						.roles()
						.realmLevel()
						.remove(List.of(resource.toRepresentation()));
					revoked.add("group " + group.getPath() + ": " + role);
				}
			}
			for (RoleRepresentation parent : realm.roles().list(false)) {
				if (!Boolean.TRUE.equals(parent.isComposite())) {
					continue;
				}
				var resource = realm.roles().get(parent.getName());
				List<RoleRepresentation> contained = resource.getRealmRoleComposites()
					.stream()
					.filter((child) -> managed.contains(child.getName()))
					.toList();
				if (!contained.isEmpty()) {
					resource.deleteComposites(contained);
					contained.forEach((child) -> revoked.add("role " + parent.getName() + ": " + child.getName()));
				}
			}
			return revoked;
		});
	}

	// the roles mapped to the account itself (not those it has through composites)
	/**
	 * The roles the account holds that its identity provider's group mappings give: the
	 * provider decides those (Keycloak grants and removes them at each sign-in through
	 * it), so aligning with the directory leaves them.
	 */
	private static Set<Role> fromProviders(RealmResource realm, String subject, Set<Role> held) {
		Set<Role> given = EnumSet.noneOf(Role.class);
		if (held.isEmpty()) {
			return given;
		}
		for (var link : realm.users().get(subject).getFederatedIdentity()) {
			for (var mapper : realm.identityProviders().get(link.getIdentityProvider()).getMappers()) {
				if (mapper.getName().startsWith(KeycloakIdentityFederation.GROUP_ROLE)) {
					Role.fromRealmRole(mapper.getConfig().get("role")).filter(held::contains).ifPresent(given::add);
				}
			}
		}
		return given;
	}

	private static Set<Role> held(RealmResource realm, String subject) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		realm.users()
			.get(subject)
			.roles()
			.realmLevel()
			.listAll()
			.forEach((r) -> Role.fromRealmRole(r.getName()).ifPresent(roles::add));
		return roles;
	}

	private static List<RoleRepresentation> representations(RealmResource realm, Set<Role> roles) {
		return roles.stream().map((role) -> realm.roles().get(role.name()).toRepresentation()).toList();
	}

	private static List<UserRepresentation> copy(List<UserRepresentation> found) {
		return new java.util.ArrayList<>(found);
	}

	private static List<UserRepresentation> concat(List<UserRepresentation> a, List<UserRepresentation> b) {
		List<UserRepresentation> all = new java.util.ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	private Keycloak admin() {
		return this.admin.get();
	}

	private static <T> Optional<T> find(Supplier<T> lookup) {
		try {
			return Optional.ofNullable(lookup.get());
		}
		catch (NotFoundException ex) {
			return Optional.empty();
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
