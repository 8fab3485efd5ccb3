package io.conduct.people;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.platform.security.Role;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The people collection of the current tenant's database, with an index behind every
 * query it runs.
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

	Optional<Person> findById(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, Person.class));
	}

	List<Person> findAllById(Collection<String> ids) {
		return this.tenantData.find(Query.query(Criteria.where("_id").in(ids)), Person.class);
	}

	Optional<Person> findBy(String field, String value) {
		return Optional.ofNullable(this.tenantData.findOne(Query.query(Criteria.where(field).is(value)), Person.class));
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
	 * A page ordered by name, after the cursor; one more than asked for, to tell whether
	 * another page follows.
	 */
	List<Person> page(PeopleFilter filter, String after, int first) {
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
		Cursor cursor = Cursor.decode(after);
		if (cursor != null) {
			criteria.add(new Criteria().orOperator(Criteria.where("sortName").gt(cursor.sortName()),
					Criteria.where("sortName").is(cursor.sortName()).and("_id").gt(cursor.id())));
		}
		Query query = new Query();
		if (!criteria.isEmpty()) {
			query.addCriteria(new Criteria().andOperator(criteria));
		}
		query.with(Sort.by("sortName", "_id")).limit(first + 1);
		return this.tenantData.find(query, Person.class);
	}

	/**
	 * A position in the name order.
	 *
	 * @param sortName the sort name of the last person seen
	 * @param id the id of the last person seen
	 */
	record Cursor(String sortName, String id) {

		static Cursor of(Person person) {
			return new Cursor(person.sortName(), person.id());
		}

		String encode() {
			return Cursors.encode(this.sortName, this.id);
		}

		static Cursor decode(String cursor) {
			Cursors.Position position = Cursors.decode(cursor);
			return (position != null) ? new Cursor(position.sortKey(), position.id()) : null;
		}

	}

}
