package io.conduct.provisioning;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import io.conduct.people.GroupRoleGrants;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.platform.security.Role;
import io.conduct.sso.GroupRoleMappings;
import tools.jackson.databind.JsonNode;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * SCIM Groups of the current tenant. A group's membership gives the roles the tenant maps
 * the group's name to ({@link GroupRoleMappings}, the mapping of
 * {@code identityProviderGroupRolesSet}), through the people module's rules
 * ({@link GroupRoleGrants}): only EMPLOYEE, SUPERVISOR and SPOKESPERSON, audited,
 * notified, taken away when the last group giving a role loses the member, never a role
 * granted in Conduct. A group whose name is not mapped is kept and gives no role. Each
 * request is checked whole (attributes, members, name, version) before the group is
 * written, so a refused request changes nothing.
 */
@Service
class ScimGroups implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	private final ScimUserLinks links;

	private final GroupRoleMappings mappings;

	private final GroupRoleGrants grants;

	private final AuditTrail audit;

	private final Clock clock;

	ScimGroups(MongoTemplate tenantData, ScimUserLinks links, GroupRoleMappings mappings, GroupRoleGrants grants,
			AuditTrail audit, Clock clock) {
		this.tenantData = tenantData;
		this.links = links;
		this.mappings = mappings;
		this.grants = grants;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void prepare(MongoOperations database) {
		var indexes = database.indexOps(ScimGroup.class);
		indexes.createIndex(new Index("nameKey", Sort.Direction.ASC).unique());
		indexes.createIndex(new Index("externalId", Sort.Direction.ASC).unique().sparse());
	}

	ScimGroup get(String id) {
		ScimGroup group = (id != null && id.length() <= 100) ? this.tenantData.findById(id, ScimGroup.class) : null;
		if (group == null) {
			throw ScimException.notFound("No such group");
		}
		return group;
	}

	/**
	 * A page of groups matching the filter (or all), by 1-based position, in id order.
	 */
	Page list(String filter, int startIndex, int count) {
		Query query = new Query();
		if (filter != null && !filter.isBlank()) {
			ScimFilter parsed = ScimFilter.parseGroups(filter);
			query = (parsed.attribute() == ScimFilter.Attribute.DISPLAY_NAME)
					? Query.query(Criteria.where("nameKey").is(parsed.value().trim().toLowerCase(Locale.ROOT)))
					: Query.query(Criteria.where("externalId").is(parsed.value()));
		}
		long total = this.tenantData.count(query, ScimGroup.class);
		if (count == 0) {
			return new Page(total, List.of());
		}
		List<ScimGroup> groups = this.tenantData.find(query.with(Sort.by("_id")).skip(startIndex - 1L).limit(count),
				ScimGroup.class);
		return new Page(total, groups);
	}

	ScimGroup create(JsonNode resource) {
		ScimGroupDraft draft = ScimGroupDraft.from(resource);
		check(null, draft);
		Instant now = this.clock.instant();
		ScimGroup group = this.tenantData.insert(new ScimGroup(UUID.randomUUID().toString(), draft.displayName,
				key(draft.displayName), draft.externalId, List.copyOf(draft.members), now, now, null));
		giveAndTakeRoles(null, group);
		this.audit.record("scim.group.create", "ScimGroup", group.id(),
				Map.of("displayName", group.displayName(), "members", String.valueOf(group.members().size())));
		return group;
	}

	ScimGroup replace(String id, JsonNode resource, String ifMatch) {
		ScimGroup group = get(id);
		checkVersion(group, ifMatch);
		return save(group, ScimGroupDraft.from(resource), "scim.group.replace");
	}

	ScimGroup patch(String id, JsonNode request, String ifMatch) {
		ScimGroup group = get(id);
		checkVersion(group, ifMatch);
		List<JsonNode> operations = ScimPatchOperation.listOf(request);
		ScimGroupDraft draft = ScimGroupDraft.of(group);
		for (JsonNode operation : operations) {
			draft.apply(ScimPatchOperation.of(operation));
		}
		return save(group, draft, "scim.group.patch");
	}

	/** Deletes the group: the roles it gave go where no other group gives them. */
	void delete(String id, String ifMatch) {
		ScimGroup group = get(id);
		checkVersion(group, ifMatch);
		this.tenantData.remove(group);
		giveAndTakeRoles(group, null);
		this.audit.record("scim.group.delete", "ScimGroup", group.id(), Map.of("displayName", group.displayName()));
	}

	private ScimGroup save(ScimGroup before, ScimGroupDraft draft, String action) {
		check(before, draft);
		ScimGroup after;
		try {
			after = this.tenantData
				.save(new ScimGroup(before.id(), draft.displayName, key(draft.displayName), draft.externalId,
						List.copyOf(draft.members), before.createdAt(), this.clock.instant(), before.version()));
		}
		catch (OptimisticLockingFailureException ex) {
			throw ScimException.preconditionFailed("The group changed meanwhile: get it again");
		}
		giveAndTakeRoles(before, after);
		Map<String, String> changes = new LinkedHashMap<>();
		if (!before.displayName().equals(after.displayName())) {
			changes.put("displayName:before", before.displayName());
			changes.put("displayName:after", after.displayName());
		}
		List<String> joined = after.members().stream().filter((m) -> !before.members().contains(m)).toList();
		List<String> left = before.members().stream().filter((m) -> !after.members().contains(m)).toList();
		if (!joined.isEmpty()) {
			changes.put("joined", String.join(",", joined));
		}
		if (!left.isEmpty()) {
			changes.put("left", String.join(",", left));
		}
		if (!Objects.equals(before.externalId(), after.externalId())) {
			changes.put("externalId:after", String.valueOf(after.externalId()));
		}
		if (!changes.isEmpty()) {
			this.audit.record(action, "ScimGroup", after.id(), changes);
		}
		return after;
	}

	/** Everything a change needs, checked before anything is written. */
	private void check(ScimGroup before, ScimGroupDraft draft) {
		draft.checkSize();
		String id = (before != null) ? before.id() : null;
		ScimGroup sameName = this.tenantData.findOne(Query.query(Criteria.where("nameKey").is(key(draft.displayName))),
				ScimGroup.class);
		if (sameName != null && !sameName.id().equals(id)) {
			throw ScimException.uniqueness("Another group has the displayName " + draft.displayName);
		}
		if (draft.externalId != null) {
			ScimGroup sameExternal = this.tenantData
				.findOne(Query.query(Criteria.where("externalId").is(draft.externalId)), ScimGroup.class);
			if (sameExternal != null && !sameExternal.id().equals(id)) {
				throw ScimException.uniqueness("Another group has that externalId");
			}
		}
		List<String> added = draft.members.stream()
			.filter((m) -> before == null || !before.members().contains(m))
			.toList();
		if (!added.isEmpty()) {
			Map<String, ScimUserLink> provisioned = this.links.findAll(added);
			for (String member : added) {
				ScimUserLink link = provisioned.get(member);
				if (link == null || !link.isProvisioned()) {
					throw ScimException.invalidValue(
							"members: " + member + " is not a user this client provisioned (or it was deleted)");
				}
			}
		}
	}

	/**
	 * Brings the roles groups give in line with the group's change: what the group gave
	 * before and no longer gives is taken back, what it gives now is given.
	 */
	private void giveAndTakeRoles(ScimGroup before, ScimGroup after) {
		Set<Role> rolesBefore = (before != null) ? givable(before.displayName()) : Set.of();
		Set<Role> rolesAfter = (after != null) ? givable(after.displayName()) : Set.of();
		List<String> membersAfter = (after != null) ? after.members() : List.of();
		if (before != null) {
			for (String member : before.members()) {
				for (Role role : rolesBefore) {
					if (!(membersAfter.contains(member) && rolesAfter.contains(role))) {
						this.grants.takeBack(member, role, before.id(), before.displayName());
					}
				}
			}
		}
		if (after == null) {
			return;
		}
		if (before != null && !before.displayName().equals(after.displayName())) {
			this.grants.renamed(after.id(), after.displayName());
		}
		List<String> membersBefore = (before != null) ? before.members() : List.of();
		for (String member : membersAfter) {
			for (Role role : rolesAfter) {
				if (!(membersBefore.contains(member) && rolesBefore.contains(role))) {
					// an offboarded member stays in the group and gets nothing
					this.grants.give(member, role, after.id(), after.displayName());
				}
			}
		}
	}

	private Set<Role> givable(String displayName) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		this.mappings.rolesOf(displayName).stream().filter(GroupRoleGrants.GIVABLE::contains).forEach(roles::add);
		return roles;
	}

	private static void checkVersion(ScimGroup group, String ifMatch) {
		ScimVersions.check(etag(group), ifMatch, "The group changed since that version: get it again");
	}

	static String etag(ScimGroup group) {
		return ScimVersions.etag(group.version());
	}

	private static String key(String displayName) {
		return displayName.trim().toLowerCase(Locale.ROOT);
	}

	/**
	 * A page of groups.
	 *
	 * @param totalResults how many match
	 * @param groups the page
	 */
	record Page(long totalResults, List<ScimGroup> groups) {
	}

}
