package io.conduct.tenants;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Where the onboarding of a tenant stands, in the control database, so that a retry
 * resumes after the last completed step.
 *
 * @param key the tenant's key
 * @param request what was asked for
 * @param completed steps done
 * @param administratorSubject the first administrator's identity, once made
 * @param attempts how many times onboarding ran
 * @param lastError the last failure, for the operator
 * @param startedAt first attempt
 * @param updatedAt last change
 */
@Document("tenant_onboardings")
record OnboardingRecord(@Id String key, OnboardTenant request, Set<Step> completed, String administratorSubject,
		int attempts, String lastError, Instant startedAt, Instant updatedAt) {

	OnboardingRecord {
		completed = (completed == null || completed.isEmpty()) ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(completed);
	}

	boolean isDone(Step step) {
		return this.completed.contains(step);
	}

	/** The steps of onboarding, in order; each can run again safely. */
	enum Step {

		/** The tenant's realm with roles, client and policies. */
		REALM,

		/** The first tenant administrator's account and roles. */
		ADMINISTRATOR,

		/** The tenant's database and every index. */
		DATABASE,

		/** The administrator's entry in the tenant's directory. */
		DIRECTORY,

		/** Status ACTIVE: the realm's tokens are trusted. */
		ACTIVATION

	}

}
