package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.errors.ErrorCode;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * An anonymous reporter follows up with the receipt key and the passphrase: reads the
 * status and the messages, and writes back. Wrong credentials of any kind get one generic
 * error; repeated failures lock the key for a while. A key of one tenant opens nothing in
 * another.
 */
@Service
class AnonymousFollowUp {

	static final String WRONG_CREDENTIALS = "The receipt key or the passphrase is not right";

	static final String LOCKED = "Too many attempts; try again later";

	/** Verified against when no case matches, so that a miss takes as long as a hit. */
	private final String decoyHash;

	private final TenantRegistry tenants;

	private final CaseStore store;

	private final Attachments attachments;

	private final PasswordEncoder slowHashes;

	private final FollowUpGuard guard;

	private final PublicIntakeLimits limits;

	private final AuditTrail audit;

	private final Clock clock;

	AnonymousFollowUp(TenantRegistry tenants, CaseStore store, Attachments attachments,
			PasswordEncoder caseSecretsEncoder, FollowUpGuard guard, PublicIntakeLimits limits, AuditTrail audit,
			Clock clock) {
		this.tenants = tenants;
		this.store = store;
		this.attachments = attachments;
		this.slowHashes = caseSecretsEncoder;
		this.guard = guard;
		this.limits = limits;
		this.audit = audit;
		this.clock = clock;
		this.decoyHash = caseSecretsEncoder.encode(UUID.randomUUID().toString());
	}

	@PreAuthorize("permitAll()")
	public Case read(String intakeKey, String receiptKey, String passphrase) {
		return open(intakeKey, receiptKey, passphrase, Function.identity());
	}

	@PreAuthorize("permitAll()")
	public Outcome<Case> postMessage(String intakeKey, String receiptKey, String passphrase, String body,
			List<ReportInput.AttachmentInput> files) {
		return open(intakeKey, receiptKey, passphrase, (found) -> {
			Validation validation = new Validation();
			validation.text("body", body, CaseLimits.MESSAGE);
			var checked = this.attachments.check(validation, "attachments", (files != null) ? files : List.of());
			if (validation.hasErrors()) {
				return Outcome.rejected(validation);
			}
			Instant now = this.clock.instant();
			var stored = this.attachments.store(found.id(), checked);
			Message message = Message.fromReporter(body.trim(), stored, now);
			Optional<Case> updated = this.store.addMessage(found.id(), message,
					CaseEvent.of(message.author().event(), now, null));
			this.audit.recordAnonymously("case.message.reporter", "Case", found.id(), Map.of());
			return updated.map(Outcome::of).orElseThrow(AnonymousFollowUp::wrongCredentials);
		});
	}

	private <T> T open(String intakeKey, String receiptKey, String passphrase, Function<Case, T> action) {
		Optional<Tenant> tenant = (intakeKey != null) ? this.tenants.findActiveByPublicIntakeKey(intakeKey)
				: Optional.empty();
		Optional<ReceiptKeys.ReceiptKey> key = ReceiptKeys.parse(receiptKey);
		if (tenant.isEmpty() || key.isEmpty() || passphrase == null
				|| passphrase.length() > CaseLimits.PASSPHRASE_MAX) {
			this.slowHashes.matches("decoy", this.decoyHash);
			throw wrongCredentials();
		}
		this.limits.admit(tenant.get().key());
		return TenantContext.callAs(tenant.get(), () -> {
			String locator = key.get().locator();
			if (this.guard.isLocked(tenant.get().key(), locator)) {
				throw locked();
			}
			Optional<Case> found = this.store.findByLocator(locator);
			Instant now = this.clock.instant();
			Optional<ReporterRecord.AnonymousAccess> access = found.map((c) -> c.reporter().anonymousAccess());
			if (access.filter((a) -> a.isLockedAt(now)).isPresent()) {
				throw locked();
			}
			boolean secretMatches = this.slowHashes.matches(key.get().secret(),
					access.map(ReporterRecord.AnonymousAccess::secretHash).orElse(this.decoyHash));
			// both hashes are always verified, so timing tells nothing about the key
			boolean passphraseMatches = this.slowHashes.matches(passphrase,
					access.map(ReporterRecord.AnonymousAccess::passphraseHash).orElse(this.decoyHash))
					&& access.isPresent();
			if (!secretMatches || !passphraseMatches) {
				if (this.guard.failed(tenant.get().key(), locator) && found.isPresent()) {
					this.store.lockFollowUp(found.get().id(), now.plus(this.guard.lockDuration()));
				}
				throw wrongCredentials();
			}
			return action.apply(found.get());
		});
	}

	private static ConductException wrongCredentials() {
		return new ConductException(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);
	}

	private static ConductException locked() {
		return new ConductException(ErrorCode.FORBIDDEN, LOCKED);
	}

}
