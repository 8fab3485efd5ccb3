package io.conduct.people;

import java.time.Instant;

import io.conduct.platform.security.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tenant administrator's request to give someone a handler role
 * ({@link Role#isHandler()}), which takes effect only once a member of the Board or of
 * the Audit Committee, who is neither the requester nor the person, approves it.
 *
 * @param id the id
 * @param personId who is to hold the role
 * @param role the role
 * @param status pending, approved or rejected
 * @param pendingKey person and role while pending, so that one request per person and
 * role waits at a time (a unique index); absent once decided
 * @param requestedBySubject the requester's identity
 * @param requestedByPersonId the requester's directory entry, if any
 * @param requestedAt when it was asked for
 * @param decidedBySubject the approver's or rejecter's identity
 * @param decidedByPersonId their directory entry, if any
 * @param decidedAt when it was decided
 * @param note the decider's note
 */
@Document("role_grant_requests")
public record RoleGrantRequest(@Id String id, String personId, Role role, Status status, String pendingKey,
		String requestedBySubject, String requestedByPersonId, Instant requestedAt, String decidedBySubject,
		String decidedByPersonId, Instant decidedAt, String note) {

	/** The GraphQL type whose global ids name requests. */
	public static final String GRAPHQL_TYPE = "RoleGrantRequest";

	static String pendingKeyOf(String personId, Role role) {
		return personId + "|" + role.name();
	}

	/** Where a request stands. */
	public enum Status {

		/** Awaits the Board's or the Audit Committee's decision. */
		PENDING,

		/** Approved: the person holds the role. */
		APPROVED,

		/** Rejected: the person was not given the role. */
		REJECTED

	}

}
