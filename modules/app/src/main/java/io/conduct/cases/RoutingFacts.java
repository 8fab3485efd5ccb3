package io.conduct.cases;

import java.util.Set;

import io.conduct.people.Person;
import io.conduct.people.PersonType;
import io.conduct.platform.security.Role;

/**
 * What the routing rules look at.
 *
 * @param recipient to whom the report was addressed
 * @param category what it is about
 * @param involvedRoles the roles of the people involved, as the directory knows them
 * @param involvedTypes the person types of the people involved
 * @param reporterSupervisorId the reporter's supervisor, when known
 */
record RoutingFacts(Recipient recipient, ReportCategory category, Set<Role> involvedRoles,
		Set<PersonType> involvedTypes, String reporterSupervisorId) {

	/** The facts of a report about these people. */
	static RoutingFacts about(Recipient recipient, ReportCategory category, java.util.Collection<Person> involved,
			String reporterSupervisorId) {
		Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
		Set<PersonType> types = java.util.EnumSet.noneOf(PersonType.class);
		for (Person person : involved) {
			roles.addAll(person.roles());
			if (person.type() != null) {
				types.add(person.type());
			}
		}
		return new RoutingFacts(recipient, category, roles, types, reporterSupervisorId);
	}

}
