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
 * @param boardSubjects the first Board members' identities, once made, in the order asked
 * @param creationKey marks the accounts this onboarding creates, so that a retry resumes
 * with them and no other account is taken over
 * @param attempts how many times onboarding ran
 * @param lastError the last failure, for the operator
 * @param startedAt first attempt
 * @param updatedAt last change
 */
@Document("tenant_onboardings")
record OnboardingRecord(@Id String key, OnboardTenant request, Set<Step> completed, String administratorSubject,
		java.util.List<String> boardSubjects, String creationKey, int attempts, String lastError, Instant startedAt,
		Instant updatedAt) {

	OnboardingRecord {
		completed = (completed == null || completed.isEmpty()) ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(completed);
		boardSubjects = (boardSubjects != null) ? java.util.List.copyOf(boardSubjects) : java.util.List.of();
	}

	boolean isDone(Step step) {
		return this.completed.contains(step);
	}

	/** The steps of onboarding, in order; each can run again safely. */
	enum Step {

		/** The tenant's realm with roles, client and policies. */
		REALM,

		/** The tenant's database and every index. */
		DATABASE,

		/** The first tenant administrator's account, without roles yet. */
		ADMINISTRATOR,

		/**
		 * The administrator's entry in the tenant's directory with their roles, brought
		 * to the realm, and their enrolment e-mail.
		 */
		DIRECTORY,

		/**
		 * The first Board members: accounts, directory entries with their roles,
		 * enrolment e-mails.
		 */
		BOARD,

		/** Status ACTIVE: the realm's tokens are trusted. */
		ACTIVATION

	}

}
