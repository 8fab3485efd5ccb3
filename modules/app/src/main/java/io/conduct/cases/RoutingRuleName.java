package io.conduct.cases;

/**
 * The stable names of the routing rules in {@code cases/routing-rules.json}: a rule the
 * file names otherwise stops the application at startup, so every name a case records is
 * one clients know (the GraphQL enum {@code RoutingRuleName} lists the same values).
 */
enum RoutingRuleName {

	RECIPIENT_HANDLES, CFO_CAO_EVALUATES, SUPERVISOR_PASSES_TO_CFO_CAO, TREASURER_VIOLATION_OF_LAW,
	ACCOUNTING_MERIT_REVIEW, ACCOUNTING_TO_AUDIT_COMMITTEE_AT_ONCE, CFO_CAO_INVOLVED, CEO_INVOLVED,
	EXECUTIVE_OR_DIRECTOR_INVOLVED;

	/**
	 * Whether the rule takes the case above its usual handlers: someone senior is
	 * involved.
	 */
	boolean escalates() {
		return name().endsWith("_INVOLVED");
	}

}
