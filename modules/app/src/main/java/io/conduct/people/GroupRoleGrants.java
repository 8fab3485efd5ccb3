package io.conduct.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Outcome;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Roles that membership of a group gives, as the tenant's provisioning client reports it
 * (SCIM Groups whose names the tenant maps to roles). A group gives only the roles an
 * administrator grants alone and that decide nothing alone: EMPLOYEE, SUPERVISOR and
 * SPOKESPERSON; a handler role and TENANT_ADMIN are approved in Conduct, never by a
 * directory. Each grant and each removal is audited (the actor is the caller, the
 * provisioning client) and notified like any other; a role stays while any group still
 * gives it, and a role granted in Conduct is never taken away by a group's change.
 */
@Service
public class GroupRoleGrants {

	/** The roles a group can give. */
	public static final Set<Role> GIVABLE = Set.copyOf(EnumSet.of(Role.EMPLOYEE, Role.SUPERVISOR, Role.SPOKESPERSON));

	private final PersonStore people;

	private final GroupRoleStore store;

	private final RoleAlignment alignment;

	private final RoleNotices notices;

	private final AuditTrail audit;

	private final Clock clock;

	GroupRoleGrants(PersonStore people, GroupRoleStore store, RoleAlignment alignment, RoleNotices notices,
			AuditTrail audit, Clock clock) {
		this.people = people;
		this.store = store;
		this.alignment = alignment;
		this.notices = notices;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Records that the group gives the person the role, and gives it when they do not
	 * hold it yet. An offboarded person or one without an account gets nothing.
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<Person> give(String personId, Role role, String groupId, String groupName) {
		if (role == null || !GIVABLE.contains(role)) {
			return Outcome.rejected("role", UserErrorCode.ROLE_NOT_MAPPABLE,
					role + " cannot come from a group: it is granted and approved in Conduct");
		}
		Optional<Person> found = this.people.findById(personId);
		if (found.isEmpty()) {
			return Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person");
		}
		Person person = found.get();
		if (!person.isActive()) {
			return Outcome.rejected("personId", UserErrorCode.OFFBOARDED, "The person was offboarded");
		}
		if (person.subject() == null) {
			return Outcome.rejected("personId", UserErrorCode.NO_ACCOUNT,
					"The person has no account in the tenant's realm yet");
		}
		this.store.give(personId, role, groupId, groupName, this.clock.instant());
		if (person.roles().contains(role)) {
			return Outcome.of(person);
		}
		this.store.markGroupGiven(personId, role);
		Person granted = this.people.addRole(personId, role, this.clock.instant()).orElse(person);
		this.alignment.align(personId);
		this.audit.record("person.role.grant", "Person", personId,
				Map.of("role", role.name(), "throughGroup", groupName, "groupId", groupId));
		this.notices.granted(personId + "|" + role + "|" + granted.version(), granted, role, caller());
		return Outcome.of(this.people.findById(personId).orElse(granted));
	}

	/**
	 * Records that the group no longer gives the person the role; the role goes when no
	 * other group gives it and it was not granted in Conduct.
	 */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public void takeBack(String personId, Role role, String groupId, String groupName) {
		if (!this.store.takeBack(personId, role, groupId) || this.store.anyGives(personId, role)
				|| !this.store.clearGroupGiven(personId, role)) {
			return;
		}
		Optional<Person> person = this.people.findById(personId);
		if (person.isEmpty() || !person.get().roles().contains(role)) {
			return;
		}
		Person revoked = this.people.removeRole(personId, role, this.clock.instant()).orElse(person.get());
		this.alignment.align(personId);
		this.audit.record("person.role.revoke", "Person", personId,
				Map.of("role", role.name(), "throughGroup", groupName, "groupId", groupId));
		this.notices.revoked(personId + "|" + role + "|" + revoked.version(), person.get(), role, caller());
	}

	/** The group's new name, for the people it gives roles to. */
	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public void renamed(String groupId, String groupName) {
		this.store.rename(groupId, groupName);
	}

	/** Each held role's sources, for a batch of people, in one query per collection. */
	public Map<String, List<PersonRoleSource>> sourcesOf(Collection<Person> persons) {
		List<String> ids = persons.stream().map(Person::id).toList();
		Map<String, Map<Role, Set<String>>> groups = new HashMap<>();
		for (GroupRoleGrant grant : this.store.ofPeople(ids)) {
			groups.computeIfAbsent(grant.personId(), (k) -> new HashMap<>())
				.computeIfAbsent(grant.role(), (k) -> new TreeSet<>())
				.add(grant.groupName());
		}
		Map<String, Set<Role>> onlyGroups = new HashMap<>();
		for (GroupGivenRole given : this.store.groupGivenOf(ids)) {
			onlyGroups.computeIfAbsent(given.personId(), (k) -> EnumSet.noneOf(Role.class)).add(given.role());
		}
		Map<String, List<PersonRoleSource>> result = new HashMap<>();
		for (Person person : persons) {
			List<PersonRoleSource> sources = new ArrayList<>();
			for (Role role : person.roles()) {
				Set<String> through = groups.getOrDefault(person.id(), Map.of()).getOrDefault(role, Set.of());
				boolean direct = !onlyGroups.getOrDefault(person.id(), Set.of()).contains(role) || through.isEmpty();
				sources.add(new PersonRoleSource(role, direct, List.copyOf(through)));
			}
			sources.sort(Comparator.comparing(PersonRoleSource::role));
			result.put(person.id(), sources);
		}
		return result;
	}

	/**
	 * An administrator granted a role a group gave: it is theirs now, kept by groups'
	 * changes.
	 */
	void grantedDirectly(String personId, Role role) {
		if (this.store.clearGroupGiven(personId, role)) {
			this.audit.record("person.role.direct", "Person", personId, Map.of("role", role.name()));
		}
	}

	/**
	 * An administrator revoked the role: no group's later change gives or takes it back
	 * silently.
	 */
	void revokedDirectly(String personId, Role role) {
		this.store.clearGroupGiven(personId, role);
	}

	private static String caller() {
		var caller = CurrentUser.required();
		String name = caller.getToken().getClaimAsString("name");
		return (name != null) ? name : caller.getName();
	}

}
