package io.conduct.cases;

/**
 * A routing rule that fired for a case.
 *
 * @param rule the rule's stable name
 * @param description the Code's rule in words
 */
record RoutingStep(RoutingRuleName rule, String description) {
}
