package io.conduct.cases;

import java.util.Set;

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
}
