package io.conduct.people;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.platform.graphql.GraphQlTypeName;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Outcome;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

/**
 * The relatives people declare: declaring, removing, reading them on a person, and
 * {@code node(id:)} for a declaration, with the person's own visibility.
 */
@Controller
class RelativesController implements NodeLoader {

	static final String TYPE = RelativeIds.TYPE;

	private final Relatives relatives;

	private final PeopleDirectory directory;

	RelativesController(Relatives relatives, PeopleDirectory directory) {
		this.relatives = relatives;
		this.directory = directory;
	}

	/** A declaration served as a {@code Relative}, e.g. through {@code node(id:)}. */
	@Bean
	static GraphQlTypeName declaredRelativeType() {
		return new GraphQlTypeName(Declared.class, TYPE);
	}

	@Override
	public String typeName() {
		return TYPE;
	}

	@Override
	public Optional<Object> load(String localId) {
		return RelativeIds.split(localId)
			.flatMap((declaration) -> this.relatives.find(declaration.personId(), declaration.relativeId())
				.map((relative) -> new Declared(declaration.personId(), relative)));
	}

	@MutationMapping
	PersonRelativeDeclarePayload personRelativeDeclare(@Argument PersonRelativeDeclareInput input) {
		String relativePersonId = PersonIds.reference(input.relativePersonId());
		Outcome<Person> outcome = PersonIds.acting("personId", input.personId(),
				(id) -> this.relatives.declareRelative(id, input.relation(), input.name(), relativePersonId));
		if (!outcome.isSuccess()) {
			return new PersonRelativeDeclarePayload(null, null, outcome.userErrors());
		}
		Person person = outcome.value();
		Relative declared = person.relatives().get(person.relatives().size() - 1);
		return new PersonRelativeDeclarePayload(person, new Declared(person.id(), declared), List.of());
	}

	@MutationMapping
	PersonRelativeRemovePayload personRelativeRemove(@Argument PersonRelativeRemoveInput input) {
		Optional<RelativeIds.Declaration> declaration = RelativeIds.decode(input.relativeId());
		if (declaration.isEmpty()) {
			return new PersonRelativeRemovePayload(null, null,
					Outcome.rejected("relativeId", UserErrorCode.NOT_FOUND, "No such relative").userErrors());
		}
		Outcome<Person> outcome = this.relatives.removeRelative(declaration.get().personId(),
				declaration.get().relativeId());
		return outcome.isSuccess() ? new PersonRelativeRemovePayload(outcome.value(), input.relativeId(), List.of())
				: new PersonRelativeRemovePayload(null, null, outcome.userErrors());
	}

	@SchemaMapping(typeName = PersonIds.TYPE, field = "relatives")
	List<Declared> relatives(Person person) {
		return this.directory.canSeeDetails(person)
				? person.relatives().stream().map((r) -> new Declared(person.id(), r)).toList() : null;
	}

	@SchemaMapping(typeName = TYPE, field = "id")
	String id(Declared declared) {
		return RelativeIds.encode(declared.personId(), declared.relative().id());
	}

	/** The directory entries of a page of relatives, in one query. */
	@BatchMapping(typeName = TYPE, field = "person")
	Map<Declared, Person> relativePerson(List<Declared> declared) {
		Collection<String> ids = declared.stream()
			.map((d) -> d.relative().personId())
			.filter((id) -> id != null)
			.distinct()
			.toList();
		Map<String, Person> people = ids.isEmpty() ? Map.of() : this.directory.findAll(ids);
		Map<Declared, Person> result = new HashMap<>();
		declared.forEach((
				d) -> Optional.ofNullable(d.relative().personId()).map(people::get).ifPresent((p) -> result.put(d, p)));
		return result;
	}

	/**
	 * A relative as a person declared them: the declaration with the person it belongs
	 * to, which its global id names.
	 *
	 * @param personId the person who declared
	 * @param relative the declaration
	 */
	record Declared(String personId, Relative relative) {

		public Relation relation() {
			return this.relative.relation();
		}

		public String name() {
			return this.relative.name();
		}

		public boolean closeRelative() {
			return this.relative.relation().isCloseRelative();
		}

	}

	/**
	 * The result of personRelativeDeclare.
	 *
	 * @param person the person with the relative
	 * @param relative the relative declared
	 * @param userErrors what to fix
	 */
	record PersonRelativeDeclarePayload(Person person, Declared relative, List<UserError> userErrors) {
	}

	/**
	 * The result of personRelativeRemove.
	 *
	 * @param person the person without the relative
	 * @param removedRelativeId the global id of the declaration removed
	 * @param userErrors what to fix
	 */
	record PersonRelativeRemovePayload(Person person, String removedRelativeId, List<UserError> userErrors) {
	}

	record PersonRelativeDeclareInput(String personId, Relation relation, String name, String relativePersonId) {
	}

	record PersonRelativeRemoveInput(String relativeId) {
	}

}
