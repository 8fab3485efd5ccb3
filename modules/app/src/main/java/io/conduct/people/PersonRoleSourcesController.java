package io.conduct.people;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Where people's roles come from, for a page of people in two queries. */
@Controller
class PersonRoleSourcesController {

	private final PeopleDirectory directory;

	private final GroupRoleGrants groupRoles;

	PersonRoleSourcesController(PeopleDirectory directory, GroupRoleGrants groupRoles) {
		this.directory = directory;
		this.groupRoles = groupRoles;
	}

	/** Null for those whose roles the caller may not see, as for roles. */
	@BatchMapping(typeName = PersonIds.TYPE, field = "roleSources")
	Map<Person, List<PersonRoleSource>> roleSources(List<Person> people) {
		List<Person> visible = people.stream().filter(this.directory::canSeeDetails).toList();
		Map<String, List<PersonRoleSource>> sources = visible.isEmpty() ? Map.of() : this.groupRoles.sourcesOf(visible);
		Map<Person, List<PersonRoleSource>> result = new HashMap<>();
		visible.forEach((person) -> result.put(person, sources.getOrDefault(person.id(), List.of())));
		return result;
	}

}
