package io.conduct.provisioning;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.conduct.platform.mongo.TenantDatabaseSetup;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The SCIM links of the current tenant's people, in the tenant's database. */
@Component
class ScimUserLinks implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	ScimUserLinks(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		var indexes = database.indexOps(ScimUserLink.class);
		indexes.createIndex(new Index("externalId", Sort.Direction.ASC).unique().sparse());
	}

	Optional<ScimUserLink> find(String personId) {
		return Optional.ofNullable(this.tenantData.findById(personId, ScimUserLink.class));
	}

	Map<String, ScimUserLink> findAll(Collection<String> personIds) {
		return this.tenantData.find(Query.query(Criteria.where("_id").in(personIds)), ScimUserLink.class)
			.stream()
			.collect(Collectors.toMap(ScimUserLink::personId, Function.identity()));
	}

	Optional<ScimUserLink> findByExternalId(String externalId) {
		return Optional.ofNullable(
				this.tenantData.findOne(Query.query(Criteria.where("externalId").is(externalId)), ScimUserLink.class));
	}

	/** Sets or clears the client's id of a person, in one write. */
	void setExternalId(String personId, String externalId) {
		Update update = (externalId != null) ? new Update().set("externalId", externalId)
				: new Update().unset("externalId");
		this.tenantData.upsert(Query.query(Criteria.where("_id").is(personId)), update, ScimUserLink.class);
	}

	void markProvisioned(String personId, Instant at) {
		this.tenantData.upsert(Query.query(Criteria.where("_id").is(personId)), new Update().set("provisionedAt", at),
				ScimUserLink.class);
	}

	void markDeleted(String personId, Instant at) {
		this.tenantData.upsert(Query.query(Criteria.where("_id").is(personId)),
				new Update().set("deletedAt", at).unset("externalId"), ScimUserLink.class);
	}

}
