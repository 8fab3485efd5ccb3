package io.conduct.cases;

import java.time.Instant;

/**
 * A finding substantiated an allegation against a person of the directory. Published in
 * the tenant's context once the finding is stored, for domains that follow what cases
 * found (e.g. an implicit waiver of the Code when no measure follows).
 *
 * @param tenantKey the tenant
 * @param caseId the case
 * @param allegationId the allegation
 * @param subjectPersonId whom it concerns
 * @param at when the finding was recorded
 */
public record AllegationSubstantiated(String tenantKey, String caseId, String allegationId, String subjectPersonId,
		Instant at) {
}
