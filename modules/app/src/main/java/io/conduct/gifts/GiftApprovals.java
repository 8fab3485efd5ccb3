package io.conduct.gifts;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.people.Relatives;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The CFO/CAO's approval, beforehand, of anything for a government official above the
 * insignificant value. The approver is never the requester nor a member of their
 * immediate family; a bribe, a kickback or cash is never approvable by anyone.
 */
@Service
public class GiftApprovals {

	static final int REASONS_LENGTH = 2_000;

	private final GiftStore store;

	private final GiftRegister register;

	private final GiftNotifications notifications;

	private final PeopleDirectory people;

	private final Relatives relatives;

	private final AuditTrail audit;

	private final Clock clock;

	GiftApprovals(GiftStore store, GiftRegister register, GiftNotifications notifications, PeopleDirectory people,
			Relatives relatives, AuditTrail audit, Clock clock) {
		this.store = store;
		this.register = register;
		this.notifications = notifications;
		this.people = people;
		this.relatives = relatives;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<GiftEntry> decide(String entryId, GiftApprovalStatus decision, String reasons) {
		Optional<GiftEntry> found = (entryId != null) ? this.register.find(entryId) : Optional.empty();
		if (found.isEmpty()) {
			return Outcome.rejected("giftEntryId", UserErrorCode.NOT_FOUND, "No such entry");
		}
		GiftEntry entry = found.get();
		Validation validation = new Validation();
		if (decision == null || decision == GiftApprovalStatus.PENDING) {
			validation.reject("decision", UserErrorCode.INVALID, "APPROVED or NOT_APPROVED");
		}
		validation.text("reasons", reasons, REASONS_LENGTH);
		Optional<Person> approver = this.people.findCaller();
		if (approver.isEmpty()) {
			validation.reject("", UserErrorCode.NOT_FOUND, "You have no entry in the tenant's directory");
		}
		else if (approver.get().id().equals(entry.recorder().personId())) {
			validation.reject("giftEntryId", UserErrorCode.NOT_ALLOWED, "Nobody approves their own request");
		}
		else if (this.relatives.areImmediateFamily(approver.get().id(), entry.recorder().personId())) {
			validation.reject("giftEntryId", UserErrorCode.NOT_ALLOWED,
					"Nobody approves a request of a member of their immediate family");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		switch (entry.status()) {
			case AWAITING_APPROVAL -> {
			}
			case REFUSED -> {
				return Outcome.rejected("giftEntryId", UserErrorCode.NOT_ALLOWED,
						"A bribe, a kickback or cash is never approvable: it is handled as a case");
			}
			case APPROVED, NOT_APPROVED -> {
				return Outcome.rejected("giftEntryId", UserErrorCode.DECIDED, "It was decided already");
			}
			default -> {
				return Outcome.rejected("giftEntryId", UserErrorCode.INVALID, "It needs no prior approval");
			}
		}
		Instant now = this.clock.instant();
		GiftEntry decided;
		try {
			decided = this.store.save(entry.withApproval(new GiftEntry.Approval(decision,
					entry.approval().requestedAt(), approver.get().id(), now, reasons.strip()), now));
		}
		catch (OptimisticLockingFailureException ex) {
			return Outcome.rejected("giftEntryId", UserErrorCode.CONFLICT, "It changed meanwhile; look again");
		}
		this.audit.record("gift.approval.decide", "GiftEntry", entry.id(), Map.of("decision", decision.name()));
		this.notifications.approvalDecided(decided);
		return Outcome.of(decided);
	}

}
