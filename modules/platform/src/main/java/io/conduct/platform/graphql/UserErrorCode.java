package io.conduct.platform.graphql;

/**
 * The stable codes of {@link UserError}s, one vocabulary for every domain, served as the
 * GraphQL enum {@code UserErrorCode} (the two are kept equal by a test). Clients branch
 * on the code; the message is for people. A domain that needs a new code adds it here and
 * to {@code platform.graphqls}, with a description.
 */
public enum UserErrorCode {

	/** A required value is missing. */
	REQUIRED,

	/** A value is malformed or not one of those allowed. */
	INVALID,

	/** A text is longer than allowed. */
	TOO_LONG,

	/** A list has more entries than allowed. */
	TOO_MANY,

	/** A file or an encoded value is larger than allowed. */
	TOO_LARGE,

	/** A number or a date is outside the range allowed. */
	OUT_OF_RANGE,

	/** A file's bytes are of a type that is not accepted. */
	UNSUPPORTED_TYPE,

	/** What the input names does not exist, or the caller may not see it. */
	NOT_FOUND,

	/** The value is already used by another record. */
	TAKEN,

	/** The change collides with the current state. */
	CONFLICT,

	/** The caller's relationship to the matter does not allow this. */
	NOT_ALLOWED,

	/** The matter is closed. */
	CLOSED,

	/** It was decided already. */
	DECIDED,

	/** The reporter was told already. */
	ALREADY_ACKNOWLEDGED,

	/** This person already made this determination. */
	ALREADY_DETERMINED,

	/** The version was certified already. */
	ALREADY_CERTIFIED,

	/** The campaign is closed. */
	CAMPAIGN_CLOSED,

	/** The investigator is involved in the case. */
	CONFLICT_INVOLVED,

	/** The investigator is immediate family of someone involved. */
	CONFLICT_FAMILY,

	/** The investigator reports, directly or not, to someone involved. */
	CONFLICT_REPORTING_LINE,

	/** The change would make a reporting line go round in a circle. */
	CYCLE,

	/** The certification names someone other than the caller. */
	FOR_SOMEONE_ELSE,

	/** The text certified is not the text of the version shown. */
	HASH_MISMATCH,

	/** An accounting concern's merit review is still open. */
	MERIT_REVIEW_PENDING,

	/** The person was not assigned to this. */
	NOT_ASSIGNED,

	/** The caller may not act on this subject. */
	NOT_AUTHORIZED_FOR_SUBJECT,

	/** A setting the operation needs is not configured. */
	NOT_CONFIGURED,

	/** The role cannot be granted this way. */
	NOT_GRANTABLE,

	/** Only the group's top company may do this. */
	NOT_GROUP,

	/** The measure is not held for a review. */
	NOT_HELD,

	/** It is not overdue. */
	NOT_OVERDUE,

	/** The person has no account. */
	NO_ACCOUNT,

	/** There is no Code to certify. */
	NO_CODE,

	/** The case is not being looked into. */
	NO_INVESTIGATION,

	/** The person has left. */
	OFFBOARDED,

	/** Onboarding stopped midway; running it again resumes it. */
	ONBOARDING_INCOMPLETE,

	/** A newer version is in force. */
	OUTDATED_VERSION,

	/** Nobody resolves their own exception. */
	OWN_EXCEPTION,

	/** It was referred already. */
	REFERRED,

	/** It was resolved already. */
	RESOLVED,

	/** Nobody grants a role to themselves. */
	SELF_GRANT,

	/** The signature does not match the printed name. */
	SIGNATURE_MISMATCH,

	// calendars

	/** No public-holiday calendar is loaded for the country named. */
	UNKNOWN_CALENDAR,

	/**
	 * No holiday calendar is loaded for the subdivision named, or it is of another
	 * country.
	 */
	UNKNOWN_SUBDIVISION,

	/** No calendar is loaded for the exchange named. */
	UNKNOWN_EXCHANGE,

	/** The date is in a year the calendar has no data for. */
	CALENDAR_YEAR_NOT_LOADED,

	/** The same date is listed twice. */
	DUPLICATE_DATE,

	// disclosures (conflicts of interest)

	/** The group's exchange-rate table has no rate for the currency on the day needed. */
	NO_EXCHANGE_RATE,

	/** More shares than the counterparty's outstanding shares. */
	EXCEEDS_OUTSTANDING_SHARES,

	// cases: separation of duties and the anonymous intake

	/** The passphrase is too easy to guess. */
	WEAK_PASSPHRASE,

	/**
	 * Another person must take this step: the caller took the one it checks, asked for
	 * it, or is the one it is for.
	 */
	SEPARATION_OF_DUTIES,

	/** There is no pending proposal to decide. */
	NOT_PROPOSED,

	/** The person is involved already. */
	ALREADY_INVOLVED,

	// waivers

	/** The section of the Code admits no exception. */
	NOT_WAIVABLE,

	/** Nobody decides on their own request. */
	OWN_REQUEST,

	/** The requester has no supervisor in the directory to agree first. */
	NO_SUPERVISOR,

	/** Only the requester's immediate supervisor may do this. */
	NOT_SUPERVISOR,

	/** The requester's supervisor has not agreed yet. */
	AWAITING_SUPERVISOR,

	/** The same person cannot give both approvals the Code asks for. */
	SAME_APPROVER,

	/** The CFO/CAO has not passed the request to the Board yet. */
	NOT_REFERRED,

	/** The person is not a member of the tenant's Board. */
	NOT_BOARD_MEMBER,

	/**
	 * A member listed as taking part must stay out: the requester or their immediate
	 * family.
	 */
	RECUSED_MEMBER,

	/**
	 * The tenant does not let a committee of the Board decide, or names another
	 * committee.
	 */
	COMMITTEE_NOT_ALLOWED,

	/** The disclosure was recorded already. */
	ALREADY_DISCLOSED,

	/**
	 * The change touches sections that apply to executive officers or directors: only the
	 * Board makes it.
	 */
	BOARD_RESOLUTION_REQUIRED,

	// inquiries from the media and the market

	/** Another spokesperson has taken the inquiry already. */
	TAKEN_BY_ANOTHER,

	/** The person named is not one of the tenant's authorized spokespersons. */
	NOT_A_SPOKESPERSON,

	// records: retention and legal holds

	/** A legal hold is already in place on the record. */
	LEGAL_HOLD_ACTIVE,

	/** No legal hold is in place on the record. */
	NO_LEGAL_HOLD,

	/** The record's content was deleted under its retention schedule. */
	CONTENT_DELETED,

	// records: jurisdiction packs

	/** No jurisdiction pack exists for the jurisdiction named. */
	UNKNOWN_JURISDICTION,

	// records: the reporter's meeting

	/** None of the tenant's jurisdiction packs sets a deadline for a meeting. */
	NO_MEETING_DUTY,

	/** A meeting was asked for and is still to be held. */
	MEETING_ALREADY_REQUESTED,

	/** No meeting was asked for that is still to be held. */
	NO_MEETING_REQUESTED,

	// trading (insider trading)

	/** A rule of the insider trading policy does not allow it now. */
	RULE_DENIES,

	/** The Rule 10b5-1 plan overlaps another of the person's plans. */
	OVERLAPPING_PLAN,

	// certifications: the annual disclosure round

	/**
	 * The annual certification confirms the signer's conflict-of-interest disclosures
	 * current, or says what changed.
	 */
	DISCLOSURES_UNCONFIRMED,

	/** The input gives something this case does not ask for. */
	NOT_ASKED,
	// separation of duties among people (roles, onboarding, certifications)

	/** A request for this awaits a decision already. */
	REQUEST_PENDING,

	/** The name is reserved and cannot be used. */
	RESERVED,

	/** The printed name is not the signer's name in the directory. */
	PRINTED_NAME_MISMATCH,

	// sso: a tenant's own identity providers

	/** The identity provider's URL did not answer. */
	PROVIDER_UNREACHABLE,

	/**
	 * The answer is not the provider's discovery document or SAML metadata, or lacks what
	 * the realm needs from it.
	 */
	NOT_METADATA,

	// identity: group-to-role mappings, provider-only sign-in

	/**
	 * The role cannot come from an identity provider's group: a handler role (approved in
	 * Conduct) or an administrator's.
	 */
	ROLE_NOT_MAPPABLE,

	/**
	 * The identity provider is not approved yet: the realm cannot sign in through it
	 * only.
	 */
	PROVIDER_NOT_APPROVED

}
