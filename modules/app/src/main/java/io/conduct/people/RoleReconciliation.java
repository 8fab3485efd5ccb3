package io.conduct.people;

import java.time.Clock;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.identity.IdentityProvisioning;
import io.conduct.platform.identity.IdentityProvisioning.RoleChanges;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Repairs drift between the directory and the realm, both ways: a role someone added to
 * an account by hand in Keycloak is taken away, one removed by hand is given back, an
 * account holding Conduct roles that the directory does not know loses them, and Conduct
 * roles given through a group or inside another role are taken out of it. Every repair is
 * audited, and the Audit Committee hears of it. PLATFORM_ADMIN is the operator's and is
 * left alone.
 */
@Service
public class RoleReconciliation {

	private static final Logger logger = LoggerFactory.getLogger(RoleReconciliation.class);

	private static final int PAGE = 500;

	private final PersonStore people;

	private final RoleAlignment alignment;

	private final IdentityProvisioning identities;

	private final RoleNotices notices;

	private final AuditTrail audit;

	private final Clock clock;

	RoleReconciliation(PersonStore people, RoleAlignment alignment, IdentityProvisioning identities,
			RoleNotices notices, AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.people = people;
		this.alignment = alignment;
		this.identities = identities;
		this.notices = notices;
		this.audit = audit;
	}

	/**
	 * Reconciles the current tenant.
	 * @return how many accounts it repaired
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public int reconcile() {
		String tenantKey = TenantContext.required().key();
		int repaired = 0;
		List<String> indirect = this.identities.revokeIndirectGrants(tenantKey);
		if (!indirect.isEmpty()) {
			repaired += indirect.size();
			logger.warn("Realm {} gave Conduct roles through groups or composite roles: revoked {}", tenantKey,
					indirect);
			this.audit.record("realm.role.reconcile", "Realm", tenantKey,
					Map.of("revoked", String.join("; ", indirect)));
			this.notices.driftRepaired("realm|" + this.clock.millis(), "groups or roles of the realm", "-",
					String.join("; ", indirect));
		}
		Map<String, Set<Role>> realm = new HashMap<>(this.identities.roleHolders(tenantKey));
		String after = null;
		for (List<Person> page = this.people.withAccountAfter(null, PAGE); !page.isEmpty(); page = this.people
			.withAccountAfter(after, PAGE)) {
			for (Person person : page) {
				Set<Role> held = realm.getOrDefault(person.subject(), Set.of());
				realm.remove(person.subject());
				if (!RoleChanges.between(held, person.roles()).isEmpty()) {
					RoleChanges changes = this.alignment.align(person.id());
					if (!changes.isEmpty()) {
						repaired++;
						repairedPerson(person, changes);
					}
				}
				after = person.id();
			}
		}
		for (Map.Entry<String, Set<Role>> stranger : realm.entrySet()) {
			RoleChanges changes = this.identities.alignRoles(tenantKey, stranger.getKey(), Set.of());
			if (!changes.isEmpty()) {
				repaired++;
				logger.warn("Account {} of realm {} held {} without a directory entry: revoked", stranger.getKey(),
						tenantKey, changes.revoked());
				this.audit.record("account.role.reconcile", "Account", stranger.getKey(), details(changes));
				this.notices.driftRepaired("account|" + stranger.getKey() + "|" + this.clock.millis(),
						"account " + stranger.getKey(), changes.granted(), changes.revoked());
			}
		}
		return repaired;
	}

	private void repairedPerson(Person person, RoleChanges changes) {
		logger.warn("Roles of person {} had drifted in the realm: granted back {}, revoked {}", person.id(),
				changes.granted(), changes.revoked());
		this.audit.record("person.role.reconcile", "Person", person.id(), details(changes));
		Set<Role> noticed = EnumSet.noneOf(Role.class);
		noticed.addAll(changes.granted());
		noticed.addAll(changes.revoked());
		if (noticed.stream().anyMatch(RoleNotices::isNotified)) {
			this.notices.driftRepaired(person.id() + "|" + person.version(), person.displayName(), changes.granted(),
					changes.revoked());
		}
	}

	private static Map<String, String> details(RoleChanges changes) {
		return Map.of("grantedBack", changes.granted().toString(), "revoked", changes.revoked().toString());
	}

}
