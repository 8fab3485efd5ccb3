package io.conduct.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Bulk import of people from CSV, idempotent by employee number: a row whose employee
 * number exists updates that person, others create people. Valid rows are kept; each bad
 * row is reported with its line and reason. Runs in the background in the tenant's
 * context; progress is queryable while it runs. Imported people get their account when
 * they first sign in through the tenant's single sign-on (linked by e-mail). People are
 * written through {@link PersonStore}; this class keeps only the imports' own records.
 */
@Service
class PersonImports {

	/** The largest CSV text accepted. */
	public static final int MAX_CHARACTERS = 5_000_000;

	/** The most data rows accepted. */
	public static final int MAX_ROWS = 50_000;

	private static final int CHUNK = 500;

	private static final Logger logger = LoggerFactory.getLogger(PersonImports.class);

	private final MongoTemplate tenantData;

	private final PersonStore people;

	private final AsyncTaskExecutor executor;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	PersonImports(MongoTemplate tenantData, PersonStore people, AsyncTaskExecutor applicationTaskExecutor,
			AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.tenantData = tenantData;
		this.people = people;
		this.executor = applicationTaskExecutor;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Outcome<PersonImport> start(String csv) {
		Validation validation = new Validation();
		if (csv == null || csv.isBlank()) {
			return Outcome.rejected(validation.reject("csv", UserErrorCode.REQUIRED, "Required"));
		}
		if (csv.length() > MAX_CHARACTERS) {
			return Outcome.rejected(
					validation.reject("csv", UserErrorCode.TOO_LONG, "At most " + MAX_CHARACTERS + " characters"));
		}
		List<String> missing = PersonCsv.missingColumns(csv);
		if (!missing.isEmpty()) {
			return Outcome.rejected(validation.reject("csv", UserErrorCode.INVALID, "The header lacks the columns "
					+ String.join(", ", missing) + "; expected " + String.join(",", PersonCsv.COLUMNS)));
		}
		List<PersonCsv.Row> rows;
		try {
			rows = PersonCsv.read(csv);
		}
		catch (RuntimeException ex) {
			return Outcome.rejected(validation.reject("csv", UserErrorCode.INVALID, "Not readable as CSV"));
		}
		if (rows.size() > MAX_ROWS) {
			return Outcome.rejected(validation.reject("csv", UserErrorCode.TOO_MANY, "At most " + MAX_ROWS + " rows"));
		}
		PersonImport started = this.tenantData
			.insert(new PersonImport(UUID.randomUUID().toString(), PersonImport.Status.RUNNING, rows.size(), 0, 0, 0, 0,
					List.of(), CurrentUser.required().getName(), this.clock.instant(), null));
		this.audit.record("person.import.start", "PersonImport", started.id(),
				Map.of("rows", String.valueOf(rows.size())));
		Tenant tenant = TenantContext.required();
		this.executor.submit(() -> run(started.id(), rows, tenant));
		return Outcome.of(started);
	}

	@PreAuthorize("hasRole('TENANT_ADMIN')")
	public Optional<PersonImport> find(String id) {
		return Optional.ofNullable(this.tenantData.findById(id, PersonImport.class));
	}

	private void run(String importId, List<PersonCsv.Row> rows, Tenant tenant) {
		try {
			new Run(importId, rows, tenant).execute();
		}
		catch (RuntimeException ex) {
			logger.error("Import {} failed", importId, ex);
			this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(importId)),
					Update.update("status", PersonImport.Status.FAILED).set("finishedAt", this.clock.instant()),
					PersonImport.class);
		}
	}

	/** One import's work: validate every row, check supervisors, then write in chunks. */
	private final class Run {

		private final String importId;

		private final List<PersonCsv.Row> rows;

		private final Tenant tenant;

		private final List<PersonImport.RowError> errors = new ArrayList<>();

		private final List<String> joined = new ArrayList<>();

		private int failed;

		Run(String importId, List<PersonCsv.Row> rows, Tenant tenant) {
			this.importId = importId;
			this.rows = rows;
			this.tenant = tenant;
		}

		void execute() {
			Map<String, Existing> existing = existingPeople();
			Map<String, PersonCsv.Row> valid = validRows(existing);
			refuseUnknownSupervisorsAndCycles(valid, existing);
			int created = 0;
			int updated = 0;
			int processed = this.rows.size() - valid.size();
			List<PersonCsv.Row> chunk = new ArrayList<>(CHUNK);
			for (PersonCsv.Row row : valid.values()) {
				chunk.add(row);
				if (chunk.size() == CHUNK) {
					int[] counts = write(chunk, existing);
					created += counts[0];
					updated += counts[1];
					processed += chunk.size();
					chunk.clear();
					progress(processed, created, updated);
				}
			}
			if (!chunk.isEmpty()) {
				int[] counts = write(chunk, existing);
				created += counts[0];
				updated += counts[1];
				processed += chunk.size();
			}
			assignSupervisors(valid, existing);
			if (!this.joined.isEmpty()) {
				// before the import shows as completed, so that what follows from joining
				// is done
				PersonImports.this.events.publishEvent(new PeopleJoined(this.joined));
			}
			PersonImports.this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(this.importId)),
					Update.update("status", PersonImport.Status.COMPLETED)
						.set("processedRows", processed)
						.set("created", created)
						.set("updated", updated)
						.set("failed", this.failed)
						.set("rowErrors", this.errors)
						.set("finishedAt", PersonImports.this.clock.instant()),
					PersonImport.class);
			logger.info("Import {} done: {} created, {} updated, {} refused", this.importId, created, updated,
					this.failed);
		}

		private Map<String, Existing> existingPeople() {
			Map<String, Existing> byEmployeeNumber = new HashMap<>();
			for (Person person : PersonImports.this.people.importKeys()) {
				if (person.employeeNumber() != null) {
					byEmployeeNumber.put(person.employeeNumber(),
							new Existing(person.id(), person.email(), person.supervisorId()));
				}
				else {
					byEmployeeNumber.put("\u0000" + person.id(), new Existing(person.id(), person.email(), null));
				}
			}
			return byEmployeeNumber;
		}

		private Map<String, PersonCsv.Row> validRows(Map<String, Existing> existing) {
			Map<String, String> emailOwners = new HashMap<>();
			existing.forEach((number, person) -> {
				if (person.email() != null) {
					emailOwners.put(person.email(), number);
				}
			});
			Map<String, PersonCsv.Row> valid = new java.util.LinkedHashMap<>();
			Map<String, Integer> linesInFile = new HashMap<>();
			for (PersonCsv.Row row : this.rows) {
				if (row.unreadable() != null) {
					refuse(row.line(), row.unreadable());
					continue;
				}
				Validation validation = PersonValidation.validate(row.input());
				if (row.input().employeeNumber() == null) {
					validation.reject("employeeNumber", UserErrorCode.REQUIRED, "Required");
				}
				if (validation.hasErrors()) {
					var first = validation.errors().get(0);
					refuse(row.line(), first.field().get(first.field().size() - 1) + ": " + first.message());
					continue;
				}
				String number = row.input().employeeNumber();
				Integer earlier = linesInFile.putIfAbsent(number, row.line());
				if (earlier != null) {
					refuse(row.line(), "employeeNumber " + number + " is already on line " + earlier);
					continue;
				}
				String email = row.input().email().toLowerCase(Locale.ROOT);
				String owner = emailOwners.putIfAbsent(email, number);
				if (owner != null && !owner.equals(number)) {
					refuse(row.line(), "email " + email + " belongs to another person");
					continue;
				}
				valid.put(number, row);
			}
			return valid;
		}

		private void refuseUnknownSupervisorsAndCycles(Map<String, PersonCsv.Row> valid,
				Map<String, Existing> existing) {
			Map<String, String> supervisorOf = new HashMap<>();
			existing.forEach((number, person) -> supervisorOf.put(number, null));
			valid.forEach((number, row) -> supervisorOf.put(number, row.supervisorEmployeeNumber()));
			Set<String> refused = new HashSet<>();
			for (var entry : valid.entrySet()) {
				String supervisor = entry.getValue().supervisorEmployeeNumber();
				if (supervisor == null) {
					continue;
				}
				if (!valid.containsKey(supervisor) && !existing.containsKey(supervisor)) {
					refused.add(entry.getKey());
					refuse(entry.getValue().line(), "supervisorEmployeeNumber " + supervisor + " is unknown");
				}
				else if (leadsBackTo(entry.getKey(), supervisor, supervisorOf)) {
					refused.add(entry.getKey());
					refuse(entry.getValue().line(), "supervisorEmployeeNumber " + supervisor + " makes a cycle");
				}
			}
			refused.forEach(valid::remove);
		}

		private boolean leadsBackTo(String number, String supervisor, Map<String, String> supervisorOf) {
			String current = supervisor;
			for (int depth = 0; current != null && depth <= supervisorOf.size(); depth++) {
				if (current.equals(number)) {
					return true;
				}
				current = supervisorOf.get(current);
			}
			return false;
		}

		/**
		 * New people are inserted, known ones updated by id: both by index, in one bulk
		 * write.
		 */
		private int[] write(List<PersonCsv.Row> chunk, Map<String, Existing> existing) {
			var now = PersonImports.this.clock.instant();
			List<Person> created = new ArrayList<>();
			Map<String, Person.PersonChanges> changed = new HashMap<>();
			for (PersonCsv.Row row : chunk) {
				PersonInput input = row.input();
				Person.PersonChanges changes = new Person.PersonChanges(input.givenName(), input.familyName(),
						input.email(), input.employeeNumber(), input.type(), input.title(), input.department(),
						input.startDate(), (input.locale() != null) ? input.locale() : this.tenant.defaultLocale(),
						(input.country() != null) ? input.country() : this.tenant.country());
				Existing known = existing.get(input.employeeNumber());
				if (known == null) {
					String id = UUID.randomUUID().toString();
					created.add(
							Person.joining(id, new Person.Name(changes.givenName(), changes.familyName()),
									Person.Account.NONE,
									new Person.Contact(changes.email(), changes.locale(), changes.country()),
									new Person.Employment(changes.employeeNumber(), changes.type(), changes.title(),
											changes.department(), null, changes.startDate(), PersonStatus.ACTIVE),
									now));
					existing.put(input.employeeNumber(),
							new Existing(id, changes.email().toLowerCase(Locale.ROOT), null));
					this.joined.add(id);
				}
				else {
					changed.put(known.id(), changes);
				}
			}
			List<Person> before = changed.isEmpty() ? List.of()
					: PersonImports.this.people.findAllById(changed.keySet());
			PersonImports.this.people.writeImported(created, changed, now);
			// the trail tells what the import did to each person: who joined, and each
			// field it changed, before and after
			PersonImports.this.audit.recordAll("person.import.create", "Person",
					created.stream().map(Person::id).toList(), Map.of("importId", this.importId));
			PersonImports.this.audit.recordChanges("person.import.update", "Person",
					before.stream()
						.map((person) -> new AuditTrail.Changed(person.id(), person.auditedFields(),
								person.withChanges(changed.get(person.id()), now).auditedFields()))
						.toList(),
					Map.of("importId", this.importId));
			return new int[] { created.size(), changed.size() };
		}

		private void assignSupervisors(Map<String, PersonCsv.Row> valid, Map<String, Existing> existing) {
			Map<String, String> supervisors = new HashMap<>();
			for (var entry : valid.entrySet()) {
				String supervisor = entry.getValue().supervisorEmployeeNumber();
				supervisors.put(existing.get(entry.getKey()).id(),
						(supervisor != null) ? existing.get(supervisor).id() : null);
			}
			PersonImports.this.people.assignSupervisors(supervisors);
		}

		private void progress(int processed, int created, int updated) {
			PersonImports.this.tenantData.updateFirst(Query.query(Criteria.where("_id").is(this.importId)),
					Update.update("processedRows", processed)
						.set("created", created)
						.set("updated", updated)
						.set("failed", this.failed),
					PersonImport.class);
		}

		private void refuse(int line, String reason) {
			this.failed++;
			if (this.errors.size() < PersonImport.MAX_ROW_ERRORS) {
				this.errors.add(new PersonImport.RowError(line, reason));
			}
		}

	}

	private record Existing(String id, String email, String supervisorId) {
	}

}
