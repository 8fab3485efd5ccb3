package io.conduct.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.platform.security.Role;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The roles groups give, and which of them only a group gives, in the tenant's database.
 */
@Component
class GroupRoleStore implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	GroupRoleStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		database.indexOps(GroupRoleGrant.class)
			.createIndex(new Index("personId", Sort.Direction.ASC).on("role", Sort.Direction.ASC));
		database.indexOps(GroupRoleGrant.class).createIndex(new Index("groupId", Sort.Direction.ASC));
	}

	/** Records that the group gives the role; idempotent. */
	void give(String personId, Role role, String groupId, String groupName, Instant now) {
		this.tenantData.upsert(Query.query(Criteria.where("_id").is(GroupRoleGrant.idOf(personId, role, groupId))),
				new Update().set("personId", personId)
					.set("role", role)
					.set("groupId", groupId)
					.set("groupName", groupName)
					.setOnInsert("since", now),
				GroupRoleGrant.class);
	}

	/** Forgets that the group gives the role; whether it did. */
	boolean takeBack(String personId, Role role, String groupId) {
		return this.tenantData
			.remove(Query.query(Criteria.where("_id").is(GroupRoleGrant.idOf(personId, role, groupId))),
					GroupRoleGrant.class)
			.getDeletedCount() > 0;
	}

	boolean anyGives(String personId, Role role) {
		return this.tenantData.exists(Query.query(Criteria.where("personId").is(personId).and("role").is(role)),
				GroupRoleGrant.class);
	}

	List<GroupRoleGrant> ofPeople(Collection<String> personIds) {
		return this.tenantData.find(Query.query(Criteria.where("personId").in(personIds)), GroupRoleGrant.class);
	}

	void rename(String groupId, String groupName) {
		this.tenantData.updateMulti(Query.query(Criteria.where("groupId").is(groupId)),
				new Update().set("groupName", groupName), GroupRoleGrant.class);
	}

	void markGroupGiven(String personId, Role role) {
		this.tenantData.save(new GroupGivenRole(GroupGivenRole.idOf(personId, role), personId, role));
	}

	/** Whether only groups gave the role; the mark is cleared either way. */
	boolean clearGroupGiven(String personId, Role role) {
		return this.tenantData
			.remove(Query.query(Criteria.where("_id").is(GroupGivenRole.idOf(personId, role))), GroupGivenRole.class)
			.getDeletedCount() > 0;
	}

	boolean isGroupGiven(String personId, Role role) {
		return this.tenantData.exists(Query.query(Criteria.where("_id").is(GroupGivenRole.idOf(personId, role))),
				GroupGivenRole.class);
	}

	List<GroupGivenRole> groupGivenOf(Collection<String> personIds) {
		return this.tenantData.find(Query.query(Criteria.where("personId").in(personIds)), GroupGivenRole.class);
	}

}
