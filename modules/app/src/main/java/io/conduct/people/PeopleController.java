package io.conduct.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import graphql.schema.PropertyDataFetcher;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Payload;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Outcome;
import io.conduct.viewer.Viewer;
import io.conduct.platform.graphql.UserErrorCode;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

@Controller
class PeopleController implements NodeLoader {

	static final String TYPE = "Person";

	static final String IMPORT_TYPE = "PersonImport";

	/** Fields of Person that only administrators and the person see. */
	private static final Set<String> DETAIL_FIELDS = Set.of("email", "employeeNumber", "department", "startDate",
			"locale", "country", "status", "roles", "hasAccount");

	private final PeopleDirectory directory;

	private final PeopleAdministration administration;

	private final Relatives relatives;

	private final PersonImports imports;

	PeopleController(PeopleDirectory directory, PeopleAdministration administration, Relatives relatives,
			PersonImports imports) {
		this.directory = directory;
		this.administration = administration;
		this.relatives = relatives;
		this.imports = imports;
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Object> load(String localId) {
		return this.directory.find(localId).map(Object.class::cast);
	}

	@QueryMapping
	Connection<Person> people(@Argument Integer first, @Argument String after, @Argument PeopleFilterInput filter) {
		var page = this.directory.page((filter != null) ? filter.toFilter() : null, (first != null) ? first : 20,
				after);
		return Connection.of(page.people(), page.cursors(), (p) -> p, page.hasNextPage(), page.hasPreviousPage());
	}

	@QueryMapping
	Person person(@Argument String id) {
		return GlobalId.localIdOf(id, TYPE).flatMap(this.directory::find).orElse(null);
	}

	@QueryMapping
	PersonImport personImport(@Argument String id) {
		return GlobalId.localIdOf(id, IMPORT_TYPE).flatMap(this.imports::find).orElse(null);
	}

	@SchemaMapping(typeName = IMPORT_TYPE, field = "id")
	String importId(PersonImport personImport) {
		return GlobalId.encode(IMPORT_TYPE, personImport.id());
	}

	@MutationMapping
	Map<String, Object> personImportStart(@Argument ImportInput input) {
		return Payload.of("personImport", this.imports.start(input.csv()));
	}

	@SchemaMapping(typeName = "Viewer", field = "person")
	Person viewerPerson(Viewer viewer) {
		return this.directory.findCaller().orElse(null);
	}

	@SchemaMapping(typeName = TYPE, field = "id")
	String id(Person person) {
		return GlobalId.encode(TYPE, person.id());
	}

	@BatchMapping(typeName = TYPE, field = "supervisor")
	Map<Person, Person> supervisor(List<Person> people) {
		Set<String> ids = people.stream()
			.filter(this.directory::canSeeDetails)
			.map(Person::supervisorId)
			.filter((id) -> id != null)
			.collect(Collectors.toSet());
		Map<String, Person> supervisors = ids.isEmpty() ? Map.of() : this.directory.findAll(ids);
		Map<Person, Person> result = new HashMap<>();
		for (Person person : people) {
			Person supervisor = (person.supervisorId() != null) ? supervisors.get(person.supervisorId()) : null;
			if (supervisor != null && this.directory.canSeeDetails(person)) {
				result.put(person, supervisor);
			}
		}
		return result;
	}

	@SchemaMapping(typeName = TYPE, field = "relatives")
	List<Relative> relatives(Person person) {
		return this.directory.canSeeDetails(person) ? person.relatives() : null;
	}

	@SchemaMapping(typeName = "Relative", field = "closeRelative")
	boolean closeRelative(Relative relative) {
		return relative.relation().isCloseRelative();
	}

	@BatchMapping(typeName = "Relative", field = "person")
	Map<Relative, Person> relativePerson(List<Relative> declared) {
		Collection<String> ids = declared.stream().map(Relative::personId).filter((id) -> id != null).toList();
		Map<String, Person> people = ids.isEmpty() ? Map.of() : this.directory.findAll(ids);
		Map<Relative, Person> result = new HashMap<>();
		declared.forEach((r) -> Optional.ofNullable(r.personId()).map(people::get).ifPresent((p) -> result.put(r, p)));
		return result;
	}

	@MutationMapping
	Map<String, Object> personCreate(@Argument PersonCreateInput input) {
		Outcome<PeopleAdministration.NewPerson> outcome = this.administration.createPerson(input.toInput());
		Map<String, Object> payload = Payload.of("person",
				outcome.isSuccess() ? Outcome.of(outcome.value().person()) : Outcome.rejected(outcome.userErrors()));
		payload.put("temporaryPassword", outcome.isSuccess() ? outcome.value().temporaryPassword() : null);
		return payload;
	}

	@MutationMapping
	Map<String, Object> personUpdate(@Argument PersonUpdateInput input) {
		return withPerson("id", input.id(), (id) -> this.administration.updatePerson(id, input.toChanges()));
	}

	@MutationMapping
	Map<String, Object> personOffboard(@Argument IdInput input) {
		return withPerson("id", input.id(), this.administration::offboardPerson);
	}

	@MutationMapping
	Map<String, Object> personRoleGrant(@Argument RoleInput input) {
		return withPerson("personId", input.personId(), (id) -> this.administration.grantRole(id, input.role()));
	}

	@MutationMapping
	Map<String, Object> personRoleRevoke(@Argument RoleInput input) {
		return withPerson("personId", input.personId(), (id) -> this.administration.revokeRole(id, input.role()));
	}

	@MutationMapping
	Map<String, Object> personSupervisorAssign(@Argument SupervisorInput input) {
		Optional<String> supervisorId = Optional.ofNullable(input.supervisorId())
			.map((id) -> GlobalId.localIdOf(id, TYPE).orElse(""));
		return withPerson("personId", input.personId(),
				(id) -> this.administration.assignSupervisor(id, supervisorId.orElse(null)));
	}

	@MutationMapping
	Map<String, Object> personRelativeDeclare(@Argument RelativeDeclareInput input) {
		String relativePersonId = (input.relativePersonId() != null)
				? GlobalId.localIdOf(input.relativePersonId(), TYPE).orElse("") : null;
		return withPerson("personId", input.personId(),
				(id) -> this.relatives.declareRelative(id, input.relation(), input.name(), relativePersonId));
	}

	@MutationMapping
	Map<String, Object> personRelativeRemove(@Argument RelativeRemoveInput input) {
		return withPerson("personId", input.personId(), (id) -> this.relatives.removeRelative(id, input.relativeId()));
	}

	private Map<String, Object> withPerson(String field, String globalId,
			java.util.function.Function<String, Outcome<Person>> action) {
		Optional<String> id = GlobalId.localIdOf(globalId, TYPE);
		Outcome<Person> outcome = id.isPresent() ? action.apply(id.get())
				: Outcome.rejected(field, UserErrorCode.NOT_FOUND, "No such person");
		return Payload.of("person", outcome);
	}

	/** Detail fields resolve to null for callers who may see only name and title. */
	@Bean
	static RuntimeWiringConfigurer personDetailFields(PeopleDirectory directory) {
		return (wiring) -> wiring.type(TYPE, (type) -> {
			for (String field : DETAIL_FIELDS) {
				DataFetcher<Object> property = PropertyDataFetcher.fetching(field);
				type.dataFetcher(field, (env) -> directory.canSeeDetails(env.getSource()) ? property.get(env) : null);
			}
			return type;
		});
	}

	record PeopleFilterInput(PersonType type, String supervisorId, PersonStatus status, String name) {

		PeopleFilter toFilter() {
			String supervisor = (this.supervisorId != null) ? GlobalId.localIdOf(this.supervisorId, TYPE).orElse("")
					: null;
			return new PeopleFilter(this.type, supervisor, this.status, this.name);
		}

	}

	record PersonCreateInput(String givenName, String familyName, String email, String username, String employeeNumber,
			PersonType type, String title, String department, String supervisorId, java.time.LocalDate startDate,
			String locale, String country, Set<Role> roles) {

		PersonInput toInput() {
			String supervisor = (this.supervisorId != null) ? GlobalId.localIdOf(this.supervisorId, TYPE).orElse("")
					: null;
			return new PersonInput(this.givenName, this.familyName, this.email, this.username, this.employeeNumber,
					this.type, this.title, this.department, supervisor, this.startDate, this.locale, this.country,
					this.roles);
		}

	}

	record PersonUpdateInput(String id, String givenName, String familyName, String email, String employeeNumber,
			PersonType type, String title, String department, java.time.LocalDate startDate, String locale,
			String country) {

		Person.PersonChanges toChanges() {
			return new Person.PersonChanges(this.givenName, this.familyName, this.email, this.employeeNumber, this.type,
					this.title, this.department, this.startDate, this.locale, this.country);
		}

	}

	record IdInput(String id) {
	}

	record ImportInput(String csv) {
	}

	record RoleInput(String personId, Role role) {
	}

	record SupervisorInput(String personId, String supervisorId) {
	}

	record RelativeDeclareInput(String personId, Relation relation, String name, String relativePersonId) {
	}

	record RelativeRemoveInput(String personId, String relativeId) {
	}

}
