package io.conduct.cases;

import java.time.Instant;

/**
 * A measure (or a referral) was decided on a case about a person. Published in the
 * tenant's context once it is stored.
 *
 * @param tenantKey the tenant
 * @param caseId the case
 * @param measureId the measure
 * @param personId whom it concerns
 * @param at when it was decided
 */
public record MeasureDecided(String tenantKey, String caseId, String measureId, String personId, Instant at) {
}
