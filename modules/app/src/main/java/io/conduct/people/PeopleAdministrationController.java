package io.conduct.people;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import graphql.scalars.country.code.CountryCode;
import io.conduct.platform.graphql.UserError;
import io.conduct.platform.graphql.UserErrorCode;
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

	private final RoleGrants grants;

	PeopleAdministrationController(PeopleAdministration administration, RoleGrants grants) {
		this.administration = administration;
		this.grants = grants;
	}

	@MutationMapping
	PersonCreatePayload personCreate(@Argument PersonCreateInput input) {
		Outcome<PeopleAdministration.NewPerson> outcome = this.administration.createPerson(input.toInput());
		return outcome.isSuccess()
				? new PersonCreatePayload(outcome.value().person(), outcome.value().roleGrantRequests(),
						outcome.value().enrolmentEmailSent(), List.of())
				: new PersonCreatePayload(null, List.of(), false, outcome.userErrors());
	}

	@MutationMapping
	PersonPayload personEnrolmentSend(@Argument PersonTarget input) {
		return PersonPayload.of(PersonIds.acting("personId", input.personId(), this.administration::sendEnrolment));
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
	PersonRoleGrantPayload personRoleGrant(@Argument PersonRoleInput input) {
		Optional<String> personId = PersonIds.decode(input.personId());
		if (personId.isEmpty()) {
			return new PersonRoleGrantPayload(null, null,
					Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person").userErrors());
		}
		Outcome<RoleGrants.Grant> outcome = this.grants.grant(personId.get(), input.role());
		return outcome.isSuccess()
				? new PersonRoleGrantPayload(outcome.value().person(), outcome.value().request(), List.of())
				: new PersonRoleGrantPayload(null, null, outcome.userErrors());
	}

	@MutationMapping
	PersonPayload personRoleRevoke(@Argument PersonRoleInput input) {
		return PersonPayload
			.of(PersonIds.acting("personId", input.personId(), (id) -> this.grants.revoke(id, input.role())));
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
	 * @param roleGrantRequests the handler roles asked for, awaiting approval
	 * @param enrolmentEmailSent whether the enrolment e-mail went out
	 * @param userErrors what to fix
	 */
	record PersonCreatePayload(Person person, List<RoleGrantRequest> roleGrantRequests, boolean enrolmentEmailSent,
			List<UserError> userErrors) {
	}

	/**
	 * The result of personRoleGrant.
	 *
	 * @param person the person, holding the role unless it awaits approval
	 * @param roleGrantRequest the request, for a handler role
	 * @param userErrors what to fix
	 */
	record PersonRoleGrantPayload(Person person, RoleGrantRequest roleGrantRequest, List<UserError> userErrors) {
	}

	/**
	 * The result of a change to a person: personUpdate, personOffboard, personRoleRevoke,
	 * personSupervisorAssign, personEnrolmentSend.
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
	 * The person a mutation acts on: personOffboard, personEnrolmentSend.
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
