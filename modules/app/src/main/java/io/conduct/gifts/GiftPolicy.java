package io.conduct.gifts;

/**
 * Applies one kind of rule to an entry's facts: a named, framework-free policy. The rule
 * carries the Code's parameters (which entries, which threshold, which outcome); the
 * policy carries the comparison.
 */
interface GiftPolicy {

	Assessment assess(GiftRules.Rule rule, GiftFacts facts, Thresholds thresholds);

	/**
	 * What a policy found.
	 *
	 * @param applies whether the rule applies
	 * @param figure the figure looked at
	 * @param threshold the threshold compared with
	 * @param comparison the comparison in words
	 */
	record Assessment(boolean applies, String figure, String threshold, String comparison) {
	}

}
