package io.conduct.certifications;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Certifications raised with an exception, for their {@link ExceptionReviewer}: the
 * Board's for an executive officer or a director, the CFO/CAO's for everyone else, and
 * the Audit Committee's for a CFO/CAO's own. The disclosures are sensitive: every read is
 * recorded, nobody else sees them, and nobody resolves their own.
 */
@Service
class CertificationExceptions {

	private static final String READ = "code.certify.exception.read";

	private final CertificationStore store;

	private final AuditTrail audit;

	private final Clock clock;

	CertificationExceptions(CertificationStore store, AuditTrail audit, Clock clock) {
		this.store = store;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A page of the exceptions the caller looks into, newest first; one more than the
	 * page. Each one listed is recorded as read.
	 */
	@PreAuthorize("hasAnyRole('CFO_CAO', 'AUDIT_COMMITTEE', 'BOARD')")
	public List<Certification> page(boolean unresolvedOnly, Paging paging) {
		List<Certification> found = this.store.exceptions(ExceptionReviewer.heldBy(CurrentUser.required().roles()),
				unresolvedOnly, paging.after(), paging.probe());
		// one write for the page, whatever its size
		this.audit.recordRead(READ, "Certification",
				found.stream().limit(paging.first()).map(Certification::id).toList(), Map.of());
		return found;
	}

	/**
	 * A certification with an exception, if the caller looks into it (as for
	 * {@link #page}); recorded as read.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Certification> findVisible(String certificationId) {
		Optional<Certification> found = this.store.find(certificationId).filter(CertificationExceptions::isVisible);
		found.ifPresent(this::recordRead);
		return found;
	}

	/**
	 * The exception's reviewer clears it or refers it for investigation: the Board for an
	 * executive officer or a director, the CFO/CAO for others, the Audit Committee for a
	 * CFO/CAO's own. Nobody resolves their own.
	 */
	@PreAuthorize("hasAnyRole('CFO_CAO', 'AUDIT_COMMITTEE', 'BOARD')")
	public Outcome<Certification> resolve(String certificationId, Certification.Resolution.Outcome outcome,
			String note) {
		Validation validation = new Validation();
		validation.text("note", note, 5_000);
		if (outcome == null) {
			validation.reject("outcome", UserErrorCode.REQUIRED, "Required");
		}
		Optional<Certification> found = Optional.ofNullable(certificationId).flatMap(this.store::find);
		if (found.isEmpty() || !found.get().raisedException() || !isVisible(found.get())) {
			validation.reject("certificationId", UserErrorCode.NOT_FOUND,
					"No certification with an exception by that id");
		}
		else if (found.get().resolution() != null) {
			validation.reject("certificationId", UserErrorCode.RESOLVED, "Already resolved");
		}
		else if (found.get().subject().equals(CurrentUser.required().getName())) {
			validation.reject("certificationId", UserErrorCode.OWN_EXCEPTION,
					"Your own exception is resolved by another reviewer");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		var resolution = new Certification.Resolution(outcome, note.trim(), CurrentUser.required().getName(),
				this.clock.instant());
		Optional<Certification> updated = this.store.resolve(certificationId, resolution);
		if (updated.isEmpty()) {
			return Outcome.rejected("certificationId", UserErrorCode.RESOLVED, "Already resolved");
		}
		this.audit.record("code.certify.exception.resolve", "Certification", certificationId,
				Map.of("outcome", outcome.name()));
		return Outcome.of(updated.get());
	}

	private void recordRead(Certification certification) {
		this.audit.record(READ, "Certification", certification.id(), Map.of());
	}

	/** Whether the caller is one of the exception's reviewers. */
	private static boolean isVisible(Certification certification) {
		return certification.raisedException() && ExceptionReviewer.heldBy(CurrentUser.required().roles())
			.stream()
			.anyMatch((reviewer) -> reviewer.reviews(certification));
	}

}
