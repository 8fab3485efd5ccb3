package io.conduct.cases;

/**
 * The jurisdiction pack that set a deadline of a case: of the tenant's packs, the one
 * whose deadline falls first (the first listed of those that fall on the same day).
 *
 * @param pack the pack's key, e.g. {@code JP}
 * @param name the pack's name
 * @param within how many units it allows
 * @param unit what it counts
 * @param calendar for working days, the business-day calendar counted in
 */
public record DeadlineSource(String pack, String name, int within, DeadlineUnit unit, String calendar) {
}
