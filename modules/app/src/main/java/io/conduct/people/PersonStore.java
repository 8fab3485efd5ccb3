package io.conduct.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.mongo.Seek;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.platform.security.Role;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The people collection of the current tenant's database: every read and write of it goes
 * through here, with an index behind every query.
 */
@Component
class PersonStore implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	PersonStore(MongoTemplate tenantData) {
		this.tenantData = tenantData;
	}

	/** Unique keys are sparse: Spring Data writes no field for a null value. */
	@Override
	public void prepare(MongoOperations database) {
		var indexes = database.indexOps(Person.class);
		indexes.createIndex(new Index("employeeNumber", Sort.Direction.ASC).unique().sparse());
		indexes.createIndex(new Index("email", Sort.Direction.ASC).unique().sparse());
		indexes.createIndex(new Index("subject", Sort.Direction.ASC).unique().sparse());
		indexes.createIndex(new Index("username", Sort.Direction.ASC).unique().sparse());
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on("sortName", Sort.Direction.ASC)
			.on("_id", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("supervisorId", Sort.Direction.ASC).on("sortName", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("type", Sort.Direction.ASC).on("sortName", Sort.Direction.ASC));
		indexes.createIndex(new Index("relatives.personId", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on("startDate", Sort.Direction.ASC)
			.on("createdAt", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("roles", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
	}

	Person insert(Person person) {
		return this.tenantData.insert(person);
	}

	Person save(Person person) {
		return this.tenantData.save(person);
	}

	void delete(String id) {
		this.tenantData.remove(Query.query(Criteria.where("_id").is(id)), Person.class);
	}

	/** Links the entry to its account in the realm, in one atomic update. */
	Optional<Person> linkAccount(String id, String subject, Instant now) {
		return changed(id, new Update().set("subject", subject).set("updatedAt", now));
	}

	/**
	 * Records that the person is meant to hold the role, in one atomic update whatever
	 * else changes at the same time; the realm is brought in line afterwards.
	 */
	Optional<Person> addRole(String id, Role role, Instant now) {
		return changed(id, new Update().addToSet("roles", role).set("updatedAt", now));
	}

	/** Records that the person is not meant to hold the role, in one atomic update. */
	Optional<Person> removeRole(String id, Role role, Instant now) {
		return changed(id, new Update().pull("roles", role).set("updatedAt", now));
	}

	private Optional<Person> changed(String id, Update update) {
		return Optional.ofNullable(this.tenantData.findAndModify(Query.query(Criteria.where("_id").is(id)),
				update.inc("version", 1), FindAndModifyOptions.options().returnNew(true), Person.class));
	}

	/**
	 * People with an account, whatever their status, in id order after the given id, for
	 * the reconciliation of roles.
	 */
	List<Person> withAccountAfter(String afterId, int limit) {
		Criteria criteria = Criteria.where("subject").exists(true);
		if (afterId != null) {
			criteria = criteria.and("_id").gt(afterId);
		}
		return this.tenantData.find(Query.query(criteria).with(Sort.by("_id")).limit(limit), Person.class);
	}

	Optional<Person> findById(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, Person.class));
	}

	List<Person> findAllById(Collection<String> ids) {
		return this.tenantData.find(Query.query(Criteria.where("_id").in(ids)), Person.class);
	}

	Optional<Person> findBy(String field, String value) {
		return Optional.ofNullable(this.tenantData.findOne(Query.query(Criteria.where(field).is(value)), Person.class));
	}

	/** Everyone, in id order, from the offset on: for clients that page by position. */
	List<Person> inIdOrder(int offset, int limit) {
		return this.tenantData.find(new Query().with(Sort.by("_id")).skip(offset).limit(limit), Person.class);
	}

	long count() {
		return this.tenantData.count(new Query(), Person.class);
	}

	List<Person> findAllBy(String field, Collection<String> values) {
		return this.tenantData.find(Query.query(Criteria.where(field).in(values)), Person.class);
	}

	/** Active people whose first day falls between the two days, both included. */
	List<Person> activeStartedBetween(LocalDate from, LocalDate to) {
		return this.tenantData.find(
				Query.query(Criteria.where("status").is(PersonStatus.ACTIVE).and("startDate").gte(from).lte(to)),
				Person.class);
	}

	/** Active people with no first day given, entered since the moment. */
	List<Person> activeWithoutStartDateSince(Instant since) {
		return this.tenantData.find(Query.query(
				Criteria.where("status").is(PersonStatus.ACTIVE).and("startDate").is(null).and("createdAt").gte(since)),
				Person.class);
	}

	/** How many people are active (the index on status backs it). */
	long countActive() {
		return this.tenantData.count(Query.query(Criteria.where("status").is(PersonStatus.ACTIVE)), Person.class);
	}

	List<Person> activeWithRole(Role role) {
		return this.tenantData.find(Query.query(Criteria.where("status").is(PersonStatus.ACTIVE).and("roles").is(role)),
				Person.class);
	}

	/**
	 * Active people in id order after the given id, for jobs that go through everyone.
	 */
	List<Person> activeAfter(String afterId, int limit) {
		Criteria criteria = Criteria.where("status").is(PersonStatus.ACTIVE);
		if (afterId != null) {
			criteria = criteria.and("_id").gt(afterId);
		}
		return this.tenantData.find(Query.query(criteria).with(Sort.by("_id")).limit(limit), Person.class);
	}

	/**
	 * A page ordered by name, after the position; one more than asked for, to tell
	 * whether another page follows.
	 */
	List<Person> page(PeopleFilter filter, Cursors.Position after, int limit) {
		List<Criteria> criteria = new ArrayList<>();
		if (filter.status() != null) {
			criteria.add(Criteria.where("status").is(filter.status()));
		}
		if (filter.type() != null) {
			criteria.add(Criteria.where("type").is(filter.type()));
		}
		if (filter.supervisorId() != null) {
			criteria.add(Criteria.where("supervisorId").is(filter.supervisorId()));
		}
		if (filter.name() != null && !filter.name().isBlank()) {
			String term = Pattern.quote(filter.name().trim().toLowerCase(java.util.Locale.ROOT));
			criteria.add(new Criteria().orOperator(Criteria.where("sortName").regex("^" + term),
					Criteria.where("sortName").regex(" " + term)));
		}
		if (after != null) {
			criteria.add(Seek.after("sortName", after.sortKey(), after.id(), Sort.Direction.ASC));
		}
		Query query = new Query();
		if (!criteria.isEmpty()) {
			query.addCriteria(new Criteria().andOperator(criteria));
		}
		query.with(Sort.by("sortName", "_id")).limit(limit);
		return this.tenantData.find(query, Person.class);
	}

	/** The cursor of a person in the name order of {@link #page}. */
	static String cursorOf(Person person) {
		return Cursors.encode(person.sortName(), person.id());
	}

	/**
	 * Every person's keys for an import: id, employee number, e-mail and supervisor only.
	 */
	List<Person> importKeys() {
		Query query = new Query();
		query.fields().include("employeeNumber", "email", "supervisorId");
		return this.tenantData.find(query, Person.class);
	}

	/**
	 * Writes a chunk of an import in one bulk write: new people inserted, known ones
	 * changed by id (their account, supervisor, status and relatives stay).
	 * @param created people to insert
	 * @param changed descriptive fields by person id
	 */
	void writeImported(List<Person> created, Map<String, Person.PersonChanges> changed, Instant now) {
		if (created.isEmpty() && changed.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.tenantData.bulkOps(BulkOperations.BulkMode.UNORDERED, Person.class);
		// a bulk insert sets no version: the first one is given, as insert() would
		created.forEach((p) -> bulk.insert(new Person(p.id(), p.name(), p.account(), p.contact(), p.employment(),
				p.relatives(), p.createdAt(), p.updatedAt(), 0L)));
		changed.forEach((id, changes) -> {
			Person.Name name = new Person.Name(changes.givenName(), changes.familyName());
			Person.Contact contact = new Person.Contact(changes.email(), changes.locale(), changes.country());
			bulk.updateOne(Query.query(Criteria.where("_id").is(id)),
					new Update().set("name", name)
						.set("contact", contact)
						.set("employment.type", changes.type())
						.set("employment.title", changes.title())
						.set("employment.department", changes.department())
						.set("employment.startDate", changes.startDate())
						.set("updatedAt", now)
						.inc("version", 1));
		});
		bulk.execute();
	}

	/** Sets the supervisors of many people in one bulk write (null clears one). */
	void assignSupervisors(Map<String, String> supervisorByPerson) {
		if (supervisorByPerson.isEmpty()) {
			return;
		}
		BulkOperations bulk = this.tenantData.bulkOps(BulkOperations.BulkMode.UNORDERED, Person.class);
		supervisorByPerson
			.forEach((personId, supervisorId) -> bulk.updateOne(Query.query(Criteria.where("_id").is(personId)),
					new Update().set("employment.supervisorId", supervisorId)));
		bulk.execute();
	}

}
