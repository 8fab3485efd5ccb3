package io.conduct.cases;

import java.util.List;

/**
 * One routing rule of the Code, as data: when its conditions hold, it adds or removes
 * handlers and informs others. Handlers are role names, or {@code RECIPIENT} (the role
 * the reporter chose) and {@code REPORTER_SUPERVISOR} (the reporter's supervisor).
 *
 * @param id a stable name, recorded with each decision; one of {@link RoutingRuleName}
 * @param description the Code's rule in words
 * @param when the conditions; an empty list is no condition
 * @param addHandlers who handles the case when the rule fires
 * @param removeHandlers who must not handle it when the rule fires
 * @param inform who is informed (may read, not handle) when the rule fires
 * @param meritReview whether the CFO/CAO and the CEO review the merit of the concern
 * before it goes to the Audit Committee
 */
record RoutingRule(RoutingRuleName id, String description, Conditions when, List<String> addHandlers,
		List<String> removeHandlers, List<String> inform, Boolean meritReview) {

	RoutingRule {
		when = (when != null) ? when : new Conditions(null, null, null, null, null);
		addHandlers = (addHandlers != null) ? List.copyOf(addHandlers) : List.of();
		removeHandlers = (removeHandlers != null) ? List.copyOf(removeHandlers) : List.of();
		inform = (inform != null) ? List.copyOf(inform) : List.of();
		meritReview = Boolean.TRUE.equals(meritReview);
	}

	/**
	 * When a rule fires: every non-empty list must match.
	 *
	 * @param recipients the report was addressed to one of these
	 * @param categories the report is in one of these categories
	 * @param involvedRoles someone involved holds one of these roles
	 * @param involvedTypes someone involved is of one of these person types
	 * @param notInvolvedRoles nobody involved holds any of these roles
	 */
	record Conditions(List<Recipient> recipients, List<ReportCategory> categories,
			List<io.conduct.platform.security.Role> involvedRoles, List<io.conduct.people.PersonType> involvedTypes,
			List<io.conduct.platform.security.Role> notInvolvedRoles) {

		Conditions {
			recipients = (recipients != null) ? List.copyOf(recipients) : List.of();
			categories = (categories != null) ? List.copyOf(categories) : List.of();
			involvedRoles = (involvedRoles != null) ? List.copyOf(involvedRoles) : List.of();
			involvedTypes = (involvedTypes != null) ? List.copyOf(involvedTypes) : List.of();
			notInvolvedRoles = (notInvolvedRoles != null) ? List.copyOf(notInvolvedRoles) : List.of();
		}

		boolean holdFor(RoutingFacts facts) {
			return (this.recipients.isEmpty() || this.recipients.contains(facts.recipient()))
					&& (this.categories.isEmpty() || this.categories.contains(facts.category()))
					&& (this.involvedRoles.isEmpty()
							|| this.involvedRoles.stream().anyMatch(facts.involvedRoles()::contains))
					&& (this.involvedTypes.isEmpty()
							|| this.involvedTypes.stream().anyMatch(facts.involvedTypes()::contains))
					&& this.notInvolvedRoles.stream().noneMatch(facts.involvedRoles()::contains);
		}

	}

}
