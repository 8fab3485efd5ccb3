package io.conduct.gifts;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Dispositions of gifts that are not of insignificant value, as the Code allows:
 * returned, recorded by the person who received it and reported to their supervisor (who
 * is told), or handed to the Company, recorded by a CFO/CAO who is not the recipient,
 * with what the Company did with it. A disposition due shows as overdue until it is
 * recorded.
 */
@Service
public class GiftDispositions {

	static final int NOTE_LENGTH = 2_000;

	private final GiftStore store;

	private final GiftRegister register;

	private final GiftNotifications notifications;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	GiftDispositions(GiftStore store, GiftRegister register, GiftNotifications notifications, PeopleDirectory people,
			AuditTrail audit, Clock clock) {
		this.store = store;
		this.register = register;
		this.notifications = notifications;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<GiftEntry> record(String entryId, GiftDispositionMethod method, CompanyDisposition use,
			String note) {
		Optional<GiftEntry> found = (entryId != null) ? this.register.find(entryId) : Optional.empty();
		if (found.isEmpty()) {
			return Outcome.rejected("giftEntryId", UserErrorCode.NOT_FOUND, "No such entry of yours");
		}
		GiftEntry entry = found.get();
		Validation validation = new Validation();
		validation.optionalText("note", note, NOTE_LENGTH);
		if (method == null) {
			validation.reject("method", UserErrorCode.REQUIRED, "Required");
		}
		Optional<Person> caller = this.people.findCaller();
		boolean recipient = entry.isRecordedBy(CurrentUser.required().getName());
		if (method == GiftDispositionMethod.RETURNED) {
			if (!recipient) {
				validation.reject("method", UserErrorCode.NOT_ALLOWED,
						"The person who received it records its return and reports it to their supervisor");
			}
			if (use != null) {
				validation.reject("use", UserErrorCode.INVALID, "Only for a gift handed to the Company");
			}
		}
		if (method == GiftDispositionMethod.HANDED_TO_COMPANY) {
			if (!CurrentUser.required().roles().contains(Role.CFO_CAO)) {
				validation.reject("method", UserErrorCode.NOT_ALLOWED,
						"The CFO/CAO records what the Company received and did with it");
			}
			else if (recipient) {
				validation.reject("method", UserErrorCode.NOT_ALLOWED,
						"Another CFO/CAO records the disposition of a gift you received");
			}
			if (use == null) {
				validation.reject("use", UserErrorCode.REQUIRED, "Charitable or other disposition");
			}
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Optional<UserErrorCode> state = stateError(entry);
		if (state.isPresent()) {
			return Outcome.rejected("giftEntryId", state.get(), stateMessage(entry));
		}
		Instant now = this.clock.instant();
		GiftEntry.Disposition recorded = new GiftEntry.Disposition(entry.disposition().dueDate(), method, use,
				(note != null && !note.isBlank()) ? note.strip() : null, caller.map(Person::id).orElse(null), now);
		GiftEntry disposed;
		try {
			disposed = this.store.save(entry.withDisposition(recorded, now));
		}
		catch (OptimisticLockingFailureException ex) {
			return Outcome.rejected("giftEntryId", UserErrorCode.CONFLICT, "It changed meanwhile; look again");
		}
		this.audit.record("gift.dispose", "GiftEntry", entry.id(),
				Map.of("method", method.name(), "overdue", String.valueOf(entry.overdueOn(this.register.today()))));
		if (method == GiftDispositionMethod.RETURNED) {
			this.notifications.returned(disposed, caller.map(Person::displayName).orElse(""));
		}
		return Outcome.of(disposed);
	}

	private static Optional<UserErrorCode> stateError(GiftEntry entry) {
		return switch (entry.status()) {
			case DISPOSITION_DUE -> Optional.empty();
			case DISPOSED -> Optional.of(UserErrorCode.DECIDED);
			case REFUSED -> Optional.of(UserErrorCode.NOT_ALLOWED);
			default -> Optional.of(UserErrorCode.INVALID);
		};
	}

	private static String stateMessage(GiftEntry entry) {
		return switch (entry.status()) {
			case DISPOSED -> "Its disposition is recorded already";
			case REFUSED -> "A refused entry is handled as a case, not disposed of here";
			default -> "No disposition is due: it is of insignificant value or needs none";
		};
	}

}
