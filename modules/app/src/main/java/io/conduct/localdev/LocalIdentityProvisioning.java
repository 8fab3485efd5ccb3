package io.conduct.localdev;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import io.conduct.platform.identity.AccountTakenException;
import io.conduct.platform.identity.IdentityProvisioning;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The local profile's realms: accounts kept by the local issuer, so onboarding and people
 * administration run their real code path without a Keycloak server. Accounts are
 * created, never taken over, as in Keycloak. There is no mail here: enrolling an account
 * gives it the demo password, which every demo person has.
 */
@Component
@Profile("local")
class LocalIdentityProvisioning implements IdentityProvisioning {

	private static final Logger logger = LoggerFactory.getLogger(LocalIdentityProvisioning.class);

	private final MongoTemplate control;

	private final LocalIssuerUrls urls;

	private final LocalProperties properties;

	private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder();

	LocalIdentityProvisioning(@Qualifier(MongoConfiguration.CONTROL) MongoTemplate control, LocalIssuerUrls urls,
			LocalProperties properties) {
		this.control = control;
		this.urls = urls;
		this.properties = properties;
		this.control.indexOps(LocalAccount.class)
			.createIndex(new Index().on("realm", Sort.Direction.ASC).on("username", Sort.Direction.ASC).unique());
		this.control.indexOps(LocalAccount.class)
			.createIndex(new Index().on("realm", Sort.Direction.ASC).on("email", Sort.Direction.ASC));
	}

	@Override
	public String issuerFor(String tenantKey) {
		return this.urls.issuerFor(tenantKey);
	}

	@Override
	public void ensureRealm(Tenant tenant, List<String> redirectUris) {
		// the local issuer serves every realm; there is nothing to create
	}

	@Override
	public String createAccount(String tenantKey, Account account, String creationKey) {
		Optional<LocalAccount> byUsername = find(tenantKey, "username", account.username());
		Optional<LocalAccount> byEmail = find(tenantKey, "email", account.email());
		for (Optional<LocalAccount> found : List.of(byUsername, byEmail)) {
			if (found.isPresent() && creationKey.equals(found.get().creationKey())) {
				return found.get().subject();
			}
		}
		if (byEmail.isPresent()) {
			throw new AccountTakenException(AccountTakenException.Field.EMAIL, "The realm has that e-mail address");
		}
		if (byUsername.isPresent()) {
			throw new AccountTakenException(AccountTakenException.Field.USERNAME, "The realm has that username");
		}
		return this.control
			.insert(new LocalAccount(UUID.randomUUID().toString(), tenantKey, account.username(), account.email(),
					account.firstName(), account.lastName(), null, true, Set.of(), creationKey))
			.subject();
	}

	@Override
	public boolean enrol(String tenantKey, String subject) {
		account(subject).ifPresent(
				(a) -> logger.info("Local run: {} of {} signs in with the demo password", a.username(), tenantKey));
		setPassword(subject, this.properties.demoPassword());
		return true;
	}

	/** Sets a lasting password (the demo people's). */
	void setPassword(String subject, String password) {
		change(subject, (a) -> a.with(this.passwords.encode(password), a.enabled(), a.roles()));
	}

	@Override
	public void setEnabled(String tenantKey, String subject, boolean enabled) {
		change(subject, (a) -> a.with(a.passwordHash(), enabled, a.roles()));
	}

	@Override
	public void updateContact(String tenantKey, String subject, String email, String firstName, String lastName) {
		change(subject, (a) -> new LocalAccount(a.subject(), a.realm(), a.username(), email, firstName, lastName,
				a.passwordHash(), a.enabled(), a.roles(), a.creationKey()));
	}

	@Override
	public RoleChanges alignRoles(String tenantKey, String subject, Set<Role> intended) {
		Optional<LocalAccount> account = account(subject);
		if (account.isEmpty()) {
			return RoleChanges.NONE;
		}
		RoleChanges changes = RoleChanges.between(account.get().roles(), intended);
		if (!changes.isEmpty()) {
			change(subject, (a) -> {
				Set<Role> roles = copy(a.roles());
				roles.addAll(changes.granted());
				roles.removeAll(changes.revoked());
				return a.with(a.passwordHash(), a.enabled(), roles);
			});
		}
		return changes;
	}

	/** Grants the operator's role, which the directory does not manage (the seed). */
	void grantPlatformAdmin(String subject) {
		change(subject, (a) -> {
			Set<Role> roles = copy(a.roles());
			roles.add(Role.PLATFORM_ADMIN);
			return a.with(a.passwordHash(), a.enabled(), roles);
		});
	}

	@Override
	public Set<Role> roles(String tenantKey, String subject) {
		return account(subject).map(LocalAccount::roles).orElse(Set.of());
	}

	@Override
	public Map<String, Set<Role>> roleHolders(String tenantKey) {
		return this.control.find(Query.query(Criteria.where("realm").is(tenantKey)), LocalAccount.class)
			.stream()
			.filter((a) -> a.roles().stream().anyMatch(Role::isDirectoryManaged))
			.collect(Collectors.toMap(LocalAccount::subject,
					(a) -> a.roles()
						.stream()
						.filter(Role::isDirectoryManaged)
						.collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)))));
	}

	@Override
	public List<String> revokeIndirectGrants(String tenantKey) {
		// the local issuer has no groups and no composite roles
		return List.of();
	}

	/** The enabled account of the realm with that username and password, if any. */
	Optional<LocalAccount> authenticate(String realm, String username, String password) {
		return find(realm, "username", username.toLowerCase(java.util.Locale.ROOT)).filter(LocalAccount::enabled)
			.filter((a) -> a.passwordHash() != null && this.passwords.matches(password, a.passwordHash()));
	}

	/** The account of a subject while it may sign in. */
	Optional<LocalAccount> enabledAccount(String subject) {
		return account(subject).filter(LocalAccount::enabled);
	}

	List<LocalAccount> accounts() {
		return this.control.findAll(LocalAccount.class);
	}

	private static Set<Role> copy(Set<Role> roles) {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	private Optional<LocalAccount> find(String realm, String field, String value) {
		return Optional.ofNullable(this.control
			.findOne(Query.query(Criteria.where("realm").is(realm).and(field).is(value)), LocalAccount.class));
	}

	private Optional<LocalAccount> account(String subject) {
		return Optional.ofNullable(this.control.findById(subject, LocalAccount.class));
	}

	private void change(String subject, UnaryOperator<LocalAccount> change) {
		account(subject).ifPresent((a) -> this.control.save(change.apply(a)));
	}

}
