package io.conduct.cases;

/**
 * The reporting duties a jurisdiction imposes, as data.
 *
 * @param key the jurisdiction key tenants list, e.g. {@code EU}
 * @param name what it is
 * @param acknowledgeWithinDays calendar days to acknowledge a report
 * @param feedbackWithinMonths months to give feedback, from the acknowledgement (or from
 * the end of the acknowledgement period if none was sent)
 */
record JurisdictionPack(String key, String name, int acknowledgeWithinDays, int feedbackWithinMonths) {
}
