package io.conduct.disclosures;

/**
 * What one clause of the Code said about a disclosure.
 *
 * @param clause the clause
 * @param summary the clause in words
 * @param section the heading of the Code's section it is in, in the version in force
 * @param codeVersion the number of the Code's version in force, when the tenant has one
 * @param sectionFound whether the version in force still has the clause's words in that
 * section
 * @param applies whether the clause applies to the disclosure (when it does not,
 * {@code comparison} says why)
 * @param outcome what the clause decides
 * @param figure the figure looked at (a percentage, a capacity), when there is one
 * @param threshold the clause's threshold, when it has one
 * @param comparison the comparison in words
 * @param tenantRuleId the tenant's rule that decided, for another activity the Board
 * determined a conflict
 */
public record Finding(ConflictClause clause, String summary, String section, Integer codeVersion, boolean sectionFound,
		boolean applies, ConflictOutcome outcome, String figure, String threshold, String comparison,
		String tenantRuleId) {
}
