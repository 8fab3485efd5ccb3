package io.conduct.gifts;

/**
 * What one rule said about an entry.
 *
 * @param rule the rule
 * @param section the heading of the Code's section it is in
 * @param summary the rule in words
 * @param applies whether it applies (when it does not, {@code comparison} says why)
 * @param outcome what it decides
 * @param figure the figure looked at, when there is one
 * @param threshold the threshold compared with, when there is one
 * @param comparison the comparison in words
 */
public record GiftFinding(GiftRule rule, String section, String summary, boolean applies, GiftOutcome outcome,
		String figure, String threshold, String comparison) {
}
