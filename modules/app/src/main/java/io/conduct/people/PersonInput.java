package io.conduct.people;

import java.time.LocalDate;
import java.util.Set;

import io.conduct.platform.security.Role;

/**
 * What an administrator enters for a person.
 *
 * @param givenName given name
 * @param familyName family name
 * @param email e-mail address, also the sign-in name unless a username is given
 * @param username sign-in name in the tenant's realm
 * @param employeeNumber the tenant's employee number
 * @param type person type
 * @param title job title
 * @param department department
 * @param supervisorId the supervisor's person id
 * @param startDate first day of work
 * @param locale BCP 47 language tag; the tenant's default when absent
 * @param country ISO 3166 country; the tenant's when absent
 * @param roles roles to grant; {@code EMPLOYEE} when absent
 */
public record PersonInput(String givenName, String familyName, String email, String username, String employeeNumber,
		PersonType type, String title, String department, String supervisorId, LocalDate startDate, String locale,
		String country, Set<Role> roles) {
}
