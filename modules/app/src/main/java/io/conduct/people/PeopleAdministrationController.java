package io.conduct.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import graphql.scalars.country.code.CountryCode;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Outcome;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.stereotype.Controller;

/**
 * A tenant administrator's mutations of people: they come and go, change, get roles and
 * supervisors.
 */
@Controller
class PeopleAdministrationController {

	private final PeopleAdministration administration;

	PeopleAdministrationController(PeopleAdministration administration) {
		this.administration = administration;
	}

	@MutationMapping
	PersonCreatePayload personCreate(@Argument PersonCreateInput input) {
		Outcome<PeopleAdministration.NewPerson> outcome = this.administration.createPerson(input.toInput());
		return outcome.isSuccess()
				? new PersonCreatePayload(outcome.value().person(), outcome.value().temporaryPassword(), List.of())
				: new PersonCreatePayload(null, null, outcome.userErrors());
	}

	@MutationMapping
	PersonPayload personUpdate(@Argument PersonUpdateInput input) {
		return PersonPayload.of(PersonIds.acting("personId", input.personId(),
				(id) -> this.administration.updatePerson(id, input.toChanges())));
	}

	@MutationMapping
	PersonPayload personOffboard(@Argument PersonTarget input) {
		return PersonPayload.of(PersonIds.acting("personId", input.personId(), this.administration::offboardPerson));
	}

	@MutationMapping
	PersonPayload personRoleGrant(@Argument PersonRoleInput input) {
		return PersonPayload.of(PersonIds.acting("personId", input.personId(),
				(id) -> this.administration.grantRole(id, input.role())));
	}

	@MutationMapping
	PersonPayload personRoleRevoke(@Argument PersonRoleInput input) {
		return PersonPayload.of(PersonIds.acting("personId", input.personId(),
				(id) -> this.administration.revokeRole(id, input.role())));
	}

	@MutationMapping
	PersonPayload personSupervisorAssign(@Argument PersonSupervisorAssignInput input) {
		String supervisorId = PersonIds.reference(input.supervisorId());
		return PersonPayload.of(PersonIds.acting("personId", input.personId(),
				(id) -> this.administration.assignSupervisor(id, supervisorId)));
	}

	private static String tag(Locale locale) {
		return (locale != null) ? locale.toLanguageTag() : null;
	}

	private static String code(CountryCode country) {
		return (country != null) ? country.name() : null;
	}

	/**
	 * The result of personCreate.
	 *
	 * @param person the new person
	 * @param temporaryPassword shown once
	 * @param userErrors what to fix
	 */
	record PersonCreatePayload(Person person, String temporaryPassword, List<UserError> userErrors) {
	}

	/**
	 * The result of a change to a person: personUpdate, personOffboard, personRoleGrant,
	 * personRoleRevoke, personSupervisorAssign.
	 *
	 * @param person the person as changed
	 * @param userErrors what to fix
	 */
	record PersonPayload(Person person, List<UserError> userErrors) {

		static PersonPayload of(Outcome<Person> outcome) {
			return new PersonPayload(outcome.value(), outcome.userErrors());
		}

	}

	record PersonCreateInput(String givenName, String familyName, String email, String username, String employeeNumber,
			PersonType type, String title, String department, String supervisorId, LocalDate startDate, Locale locale,
			CountryCode country, Set<Role> roles) {

		PersonInput toInput() {
			return new PersonInput(this.givenName, this.familyName, this.email, this.username, this.employeeNumber,
					this.type, this.title, this.department, PersonIds.reference(this.supervisorId), this.startDate,
					tag(this.locale), code(this.country), this.roles);
		}

	}

	record PersonUpdateInput(String personId, String givenName, String familyName, String email, String employeeNumber,
			PersonType type, String title, String department, LocalDate startDate, Locale locale, CountryCode country) {

		Person.PersonChanges toChanges() {
			return new Person.PersonChanges(this.givenName, this.familyName, this.email, this.employeeNumber, this.type,
					this.title, this.department, this.startDate, tag(this.locale), code(this.country));
		}

	}

	/**
	 * The person a mutation acts on: personOffboard.
	 *
	 * @param personId the person's global id
	 */
	record PersonTarget(String personId) {
	}

	/**
	 * A role of a person: personRoleGrant, personRoleRevoke.
	 *
	 * @param personId the person's global id
	 * @param role the role
	 */
	record PersonRoleInput(String personId, Role role) {
	}

	record PersonSupervisorAssignInput(String personId, String supervisorId) {
	}

}
