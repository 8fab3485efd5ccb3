package io.conduct.localdev;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.conduct.platform.identity.IdentityProvisioning;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;

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
 * administration run their real code path without a Keycloak server.
 */
@Component
@Profile("local")
class LocalIdentityProvisioning implements IdentityProvisioning {

	private final MongoTemplate control;

	private final LocalIssuerUrls urls;

	private final BCryptPasswordEncoder passwords = new BCryptPasswordEncoder();

	LocalIdentityProvisioning(@Qualifier(MongoConfiguration.CONTROL) MongoTemplate control, LocalIssuerUrls urls) {
		this.control = control;
		this.urls = urls;
		this.control.indexOps(LocalAccount.class)
			.createIndex(new Index().on("realm", Sort.Direction.ASC).on("username", Sort.Direction.ASC).unique());
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
	public String ensureAccount(String tenantKey, Account account) {
		return find(tenantKey, account.username()).map(LocalAccount::subject)
			.orElseGet(() -> this.control
				.insert(new LocalAccount(UUID.randomUUID().toString(), tenantKey, account.username(), account.email(),
						account.firstName(), account.lastName(), null, true, Set.of()))
				.subject());
	}

	@Override
	public void setTemporaryPassword(String tenantKey, String subject, String temporaryPassword) {
		setPassword(subject, temporaryPassword);
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
	public void grantRoles(String tenantKey, String subject, Set<Role> roles) {
		change(subject, (a) -> {
			Set<Role> granted = a.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.roles());
			granted.addAll(roles);
			return a.with(a.passwordHash(), a.enabled(), granted);
		});
	}

	@Override
	public void revokeRoles(String tenantKey, String subject, Set<Role> roles) {
		change(subject, (a) -> {
			Set<Role> kept = a.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(a.roles());
			kept.removeAll(roles);
			return a.with(a.passwordHash(), a.enabled(), kept);
		});
	}

	@Override
	public Set<Role> roles(String tenantKey, String subject) {
		return account(subject).map(LocalAccount::roles).orElse(Set.of());
	}

	/** The enabled account of the realm with that username and password, if any. */
	Optional<LocalAccount> authenticate(String realm, String username, String password) {
		return find(realm, username.toLowerCase(java.util.Locale.ROOT)).filter(LocalAccount::enabled)
			.filter((a) -> a.passwordHash() != null && this.passwords.matches(password, a.passwordHash()));
	}

	List<LocalAccount> accounts() {
		return this.control.findAll(LocalAccount.class);
	}

	private Optional<LocalAccount> find(String realm, String username) {
		return Optional.ofNullable(this.control
			.findOne(Query.query(Criteria.where("realm").is(realm).and("username").is(username)), LocalAccount.class));
	}

	private Optional<LocalAccount> account(String subject) {
		return Optional.ofNullable(this.control.findById(subject, LocalAccount.class));
	}

	private void change(String subject, UnaryOperator<LocalAccount> change) {
		account(subject).ifPresent((a) -> this.control.save(change.apply(a)));
	}

}
