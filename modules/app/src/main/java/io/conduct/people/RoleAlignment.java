package io.conduct.people;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.conduct.platform.identity.IdentityProvisioning;
import io.conduct.platform.identity.IdentityProvisioning.RoleChanges;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Brings a person's account in the realm in line with the roles the directory records for
 * them. The directory is written first (atomically), then the realm gets the difference;
 * a pass that saw the entry change while it worked runs again, so concurrent changes end
 * with the realm as the directory has it, whichever finishes last.
 */
@Component
class RoleAlignment {

	private static final Logger logger = LoggerFactory.getLogger(RoleAlignment.class);

	private static final int MAX_PASSES = 5;

	private final PersonStore store;

	private final IdentityProvisioning identities;

	RoleAlignment(PersonStore store, IdentityProvisioning identities) {
		this.store = store;
		this.identities = identities;
	}

	/**
	 * Aligns the person's account and returns what changed in the realm; nothing for a
	 * person without an account.
	 */
	RoleChanges align(String personId) {
		String tenantKey = TenantContext.required().key();
		Set<Role> granted = EnumSet.noneOf(Role.class);
		Set<Role> revoked = EnumSet.noneOf(Role.class);
		Optional<Person> seen = this.store.findById(personId);
		for (int pass = 1; seen.isPresent() && seen.get().subject() != null; pass++) {
			RoleChanges changes = this.identities.alignRoles(tenantKey, seen.get().subject(), seen.get().roles());
			record(changes, granted, revoked);
			Optional<Person> now = this.store.findById(personId);
			if (now.isEmpty() || Objects.equals(now.get().version(), seen.get().version())) {
				break;
			}
			if (pass == MAX_PASSES) {
				logger.warn("Roles of person {} kept changing; the reconciliation finishes aligning them", personId);
				break;
			}
			seen = now;
		}
		return new RoleChanges(granted, revoked);
	}

	// a role granted then revoked by later passes counts as neither
	private static void record(RoleChanges changes, Set<Role> granted, Set<Role> revoked) {
		for (Role role : changes.granted()) {
			if (!revoked.remove(role)) {
				granted.add(role);
			}
		}
		for (Role role : changes.revoked()) {
			if (!granted.remove(role)) {
				revoked.add(role);
			}
		}
	}

}
