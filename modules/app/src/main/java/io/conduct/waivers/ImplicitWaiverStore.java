package io.conduct.waivers;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.mongo.Seek;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.waivers.ImplicitWaiverPrompt.Stage;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The watched findings and their prompts in the current tenant's database; the only
 * writer of the collection, each step one conditional update.
 */
@Component
class ImplicitWaiverStore implements TenantDatabaseSetup {

	private static final String STAGE = "stage";

	private static final String PROMPTED_AT = "promptedAt";

	private final MongoTemplate tenantData;

	ImplicitWaiverStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	@Override
	public void prepare(MongoOperations database) {
		var indexes = database.indexOps(ImplicitWaiverPrompt.class);
		indexes.createIndex(new Index().on(STAGE, Sort.Direction.ASC).on("substantiatedAt", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("caseId", Sort.Direction.ASC).on("subjectPersonId", Sort.Direction.ASC));
		indexes.createIndex(new Index().on(STAGE, Sort.Direction.ASC)
			.on(PROMPTED_AT, Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("clockPending", Sort.Direction.ASC));
	}

	/** Starts watching a finding, unless it is watched already. */
	void watch(ImplicitWaiverPrompt prompt) {
		Update update = new Update().setOnInsert("caseId", prompt.caseId())
			.setOnInsert("allegationId", prompt.allegationId())
			.setOnInsert("subjectPersonId", prompt.subjectPersonId())
			.setOnInsert("substantiatedAt", prompt.substantiatedAt())
			.setOnInsert(STAGE, prompt.stage())
			.setOnInsert("clockPending", false);
		this.tenantData.upsert(Query.query(Criteria.where("_id").is(prompt.id())), update, ImplicitWaiverPrompt.class);
	}

	/** A measure was decided on the person in the case: nothing more to watch or ask. */
	void measureDecided(String caseId, String personId, Instant at) {
		this.tenantData.updateMulti(
				Query.query(Criteria.where("caseId")
					.is(caseId)
					.and("subjectPersonId")
					.is(personId)
					.and(STAGE)
					.in(Stage.WATCHING, Stage.OPEN)),
				new Update().set(STAGE, Stage.MEASURE_DECIDED).set("measureDecidedAt", at), ImplicitWaiverPrompt.class);
	}

	/** Watched findings older than the moment, with no measure. */
	List<ImplicitWaiverPrompt> watchedSince(Instant before, int limit) {
		return this.tenantData.find(
				Query.query(Criteria.where(STAGE).is(Stage.WATCHING).and("substantiatedAt").lte(before)).limit(limit),
				ImplicitWaiverPrompt.class);
	}

	/** Raises the prompt of a watched finding; empty when it is no longer watched. */
	Optional<ImplicitWaiverPrompt> raise(String id, int days, Instant at) {
		return Optional.ofNullable(
				this.tenantData.findAndModify(Query.query(Criteria.where("_id").is(id).and(STAGE).is(Stage.WATCHING)),
						new Update().set(STAGE, Stage.OPEN).set("promptAfterDays", days).set(PROMPTED_AT, at),
						FindAndModifyOptions.options().returnNew(true), ImplicitWaiverPrompt.class));
	}

	/** Changes an open prompt; empty when it is no longer open. */
	Optional<ImplicitWaiverPrompt> answer(String id, Update update) {
		return Optional.ofNullable(
				this.tenantData.findAndModify(Query.query(Criteria.where("_id").is(id).and(STAGE).is(Stage.OPEN)),
						update, FindAndModifyOptions.options().returnNew(true), ImplicitWaiverPrompt.class));
	}

	Optional<ImplicitWaiverPrompt> findById(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, ImplicitWaiverPrompt.class));
	}

	List<ImplicitWaiverPrompt> findAll(Collection<String> ids) {
		return this.tenantData.find(Query.query(Criteria.where("_id").in(ids)), ImplicitWaiverPrompt.class);
	}

	/**
	 * Prompts raised, in the stages given, oldest first, but not about the person; one
	 * longer than the page.
	 */
	List<ImplicitWaiverPrompt> page(Collection<Stage> stages, String exceptSubjectPersonId, Paging paging) {
		Criteria criteria = Criteria.where(STAGE).in(stages).and(PROMPTED_AT).ne(null);
		if (exceptSubjectPersonId != null) {
			criteria = criteria.and("subjectPersonId").ne(exceptSubjectPersonId);
		}
		Query query = Query.query(criteria);
		if (paging.after() != null) {
			query.addCriteria(
					Seek.after(PROMPTED_AT, paging.after().instant(), paging.after().id(), Sort.Direction.ASC));
		}
		return this.tenantData.find(
				query.with(Sort.by(Sort.Order.asc(PROMPTED_AT), Sort.Order.asc("_id"))).limit(paging.probe()),
				ImplicitWaiverPrompt.class);
	}

	static String cursorOf(ImplicitWaiverPrompt prompt) {
		return Cursors.encode(prompt.promptedAt(), prompt.id());
	}

	void clockWritten(String id) {
		this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(id)), Update.update("clockPending", false),
				ImplicitWaiverPrompt.class);
	}

	List<ImplicitWaiverPrompt> withClockPending(int limit) {
		return this.tenantData.find(Query.query(Criteria.where("clockPending").is(true)).limit(limit),
				ImplicitWaiverPrompt.class);
	}

}
