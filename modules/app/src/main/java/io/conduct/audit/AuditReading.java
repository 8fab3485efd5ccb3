package io.conduct.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.audit.AuditTrail.AuditQuery;
import io.conduct.platform.audit.AuditVerification;
import io.conduct.platform.audit.AuditVerifier;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Reading and verifying the trail: the Audit Committee its tenant's, the operator the
 * platform's (and the verification of any tenant's chain, which shows no content). Each
 * reading and each verification is itself recorded.
 */
@Service
class AuditReading {

	static final String AUDIT_COMMITTEE = "hasRole('AUDIT_COMMITTEE')";

	static final String PLATFORM_ADMIN = "hasRole('PLATFORM_ADMIN')";

	private static final int MAX_ACTOR = 200;

	private final AuditTrail trail;

	private final AuditVerifier verifier;

	private final TenantRegistry tenants;

	AuditReading(AuditTrail trail, AuditVerifier verifier, TenantRegistry tenants) {
		this.trail = trail;
		this.verifier = verifier;
		this.tenants = tenants;
	}

	@PreAuthorize(AUDIT_COMMITTEE)
	List<AuditEntry> tenantPage(AuditTrailFilter filter, Paging paging) {
		AuditQuery query = query(filter);
		List<AuditEntry> page = this.trail.page(query, paging);
		this.trail.record("audit.trail.read", "AuditTrail", null, described(query));
		return page;
	}

	@PreAuthorize(PLATFORM_ADMIN)
	List<AuditEntry> platformPage(AuditTrailFilter filter, Paging paging) {
		AuditQuery query = query(filter);
		List<AuditEntry> page = this.trail.platformPage(query, paging);
		this.trail.recordPlatform("audit.trail.read", "AuditTrail", AuditTrail.PLATFORM_CHAIN, described(query));
		return page;
	}

	@PreAuthorize(AUDIT_COMMITTEE)
	Optional<AuditEntry> findTenantEntry(String id) {
		return this.trail.find(id);
	}

	@PreAuthorize(PLATFORM_ADMIN)
	Optional<AuditEntry> findPlatformEntry(String id) {
		return this.trail.findPlatform(id);
	}

	@PreAuthorize(AUDIT_COMMITTEE)
	AuditVerification verifyTenant() {
		AuditVerification verification = this.verifier.verifyCurrentTenant();
		this.trail.record("audit.chain.verify", "AuditTrail", verification.chain(), outcome(verification));
		return verification;
	}

	/** The platform's chain, or a tenant's when its key is given. */
	@PreAuthorize(PLATFORM_ADMIN)
	AuditVerification verifyForOperator(String tenantKey) {
		AuditVerification verification;
		if (tenantKey == null) {
			verification = this.verifier.verifyPlatform();
		}
		else {
			Tenant tenant = this.tenants.findByKey(tenantKey)
				.orElseThrow(() -> ConductException.notFound("No such tenant"));
			verification = TenantContext.callAs(tenant, this.verifier::verifyCurrentTenant);
		}
		this.trail.recordPlatform("audit.chain.verify", "AuditTrail", verification.chain(), outcome(verification));
		return verification;
	}

	private static AuditQuery query(AuditTrailFilter filter) {
		if (filter == null) {
			return new AuditQuery(null, null, null, null, null);
		}
		String targetType = null;
		String targetId = null;
		if (filter.target() != null) {
			GlobalId target = GlobalId.decode(filter.target())
				.orElseThrow(() -> ConductException.badRequest("target is not an id of ours"));
			targetType = target.type();
			targetId = target.localId();
		}
		if (filter.actorSubject() != null && filter.actorSubject().length() > MAX_ACTOR) {
			throw ConductException.badRequest("actorSubject is longer than " + MAX_ACTOR + " characters");
		}
		if (filter.from() != null && filter.to() != null && !filter.from().isBefore(filter.to())) {
			throw ConductException.badRequest("from must be before to");
		}
		return new AuditQuery(targetType, targetId, filter.actorSubject(), filter.from(), filter.to());
	}

	private static Map<String, String> described(AuditQuery query) {
		Map<String, String> details = new java.util.LinkedHashMap<>();
		put(details, "targetType", query.targetType());
		put(details, "targetId", query.targetId());
		put(details, "actorSubject", query.actorSubject());
		put(details, "from", query.from());
		put(details, "to", query.to());
		return details;
	}

	private static Map<String, String> outcome(AuditVerification verification) {
		Map<String, String> details = new java.util.LinkedHashMap<>();
		details.put("entries", String.valueOf(verification.entries()));
		details.put("intact", String.valueOf(verification.intact()));
		if (verification.problem() != null) {
			details.put("problem", verification.problem().kind().name());
			details.put("place", String.valueOf(verification.problem().seq()));
		}
		return details;
	}

	private static void put(Map<String, String> details, String name, Object value) {
		if (value != null) {
			details.put(name, value.toString());
		}
	}

	/**
	 * What to read of a trail.
	 *
	 * @param target the global id of the record acted on
	 * @param actorSubject who acted (the subject of their sign-in)
	 * @param from from this moment on
	 * @param to before this moment
	 */
	record AuditTrailFilter(String target, String actorSubject, Instant from, Instant to) {
	}

}
