package io.conduct.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import graphql.schema.DataFetcher;
import graphql.schema.PropertyDataFetcher;
import io.conduct.platform.graphql.Connection;
import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.graphql.Paging;
import io.conduct.viewer.Viewer;
import reactor.core.publisher.Mono;

import org.springframework.context.annotation.Bean;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;
import org.springframework.stereotype.Controller;

/**
 * The directory as the caller may see it: the list of people, one person, the caller's
 * own entry, supervisors in batches, and {@code node(id:)} for people.
 */
@Controller
class PeopleDirectoryController implements NodeLoader {

	/** Fields of Person that only administrators and the person see. */
	private static final Set<String> DETAIL_FIELDS = Set.of("email", "employeeNumber", "department", "startDate",
			"locale", "country", "status", "roles", "hasAccount");

	private final PeopleDirectory directory;

	private final ProviderLinks links;

	PeopleDirectoryController(PeopleDirectory directory, ProviderLinks links, BatchLoaderRegistry loaders) {
		this.links = links;
		this.directory = directory;
		// the one loader of people by id of a request (see PersonBatches)
		loaders.forTypePair(String.class, Person.class)
			.registerMappedBatchLoader((ids, environment) -> Mono.fromSupplier(() -> directory.findAll(ids)));
	}

	@Override
	public String typeName() {
		return PersonIds.TYPE;
	}

	@Override
	public Optional<Object> load(String localId) {
		return this.directory.find(localId).map(Object.class::cast);
	}

	@QueryMapping
	Connection<Person> people(@Argument Integer first, @Argument String after, @Argument PeopleFilterInput filter) {
		Paging paging = Paging.of(first, after);
		return Connection.of(this.directory.page((filter != null) ? filter.toFilter() : null, paging), paging,
				PersonStore::cursorOf);
	}

	@QueryMapping
	Person person(@Argument String id) {
		return PersonIds.decode(id).flatMap(this.directory::find).orElse(null);
	}

	@SchemaMapping(typeName = "Viewer", field = "person")
	Person viewerPerson(Viewer viewer) {
		Optional<Person> linked = this.links.linkByEmployeeNumber();
		return linked.isPresent() ? linked.get() : this.directory.findCaller().orElse(null);
	}

	@SchemaMapping(typeName = PersonIds.TYPE, field = "id")
	String id(Person person) {
		return PersonIds.encode(person.id());
	}

	/** The supervisors of a page of people in one query, for those the caller may see. */
	@BatchMapping(typeName = PersonIds.TYPE, field = "supervisor")
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

	/** Detail fields resolve to null for callers who may see only name and title. */
	@Bean
	static RuntimeWiringConfigurer personDetailFields(PeopleDirectory directory) {
		return (wiring) -> wiring.type(PersonIds.TYPE, (type) -> {
			for (String field : DETAIL_FIELDS) {
				DataFetcher<Object> property = PropertyDataFetcher.fetching(field);
				type.dataFetcher(field, (env) -> directory.canSeeDetails(env.getSource()) ? property.get(env) : null);
			}
			return type;
		});
	}

	record PeopleFilterInput(PersonType type, String supervisorId, PersonStatus status, String name) {

		PeopleFilter toFilter() {
			return new PeopleFilter(this.type, PersonIds.reference(this.supervisorId), this.status, this.name);
		}

	}

}
