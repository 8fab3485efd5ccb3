package io.conduct.certifications;

import java.time.Clock;
import java.time.Instant;

import io.conduct.platform.tenancy.TenantContext;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Certification completion of a period in numbers, for the group's oversight: read in the
 * current tenant (the caller sets it, one tenant of the group at a time) over the
 * campaigns opened in the period and the people asked on hire in it; never a name. The
 * caller audits its read in this tenant's trail.
 */
@Service
public class CertificationCompletion {

	private final CertificationOversight oversight;

	private final Clock clock;

	CertificationCompletion(CertificationOversight oversight, Clock clock) {
		this.oversight = oversight;
		this.clock = clock;
	}

	/**
	 * How far the period's certifications have come.
	 *
	 * @param assigned people asked to certify
	 * @param certified those who certified, with or without exception
	 * @param overdue those still to certify past the due date
	 */
	public record Counts(long assigned, long certified, long overdue) {
	}

	/** The counts of the campaigns of the period in the current tenant. */
	@PreAuthorize("hasAnyRole('BOARD', 'AUDIT_COMMITTEE')")
	public Counts between(Instant from, Instant to) {
		CompletionCounts total = CompletionCounts
			.sum(this.oversight.between(TenantContext.required(), from, to, this.clock.instant())
				.stream()
				.map(CertificationOversight.TenantCompletion::counts)
				.toList());
		return new Counts(total.assigned(), total.completed() + total.exceptions(), total.overdue());
	}

}
