package io.conduct.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.budget.RequestSource;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.errors.ErrorCode;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * An anonymous reporter follows up with the receipt key and the passphrase: reads the
 * status and the messages, and writes back. Cheap checks come first and cost no slow
 * hash: an intake key that names no active tenant, a receipt key that is not one in form,
 * or an over-long passphrase get the generic error at once. Then the source's and the
 * tenant's follow-up budgets, then the key's attempts: each is taken before the
 * credentials are verified, so that concurrent guesses cannot outrun the lockout (at most
 * {@code max-failures} are ever checked, then the key is locked for a while). Wrong
 * credentials of any kind get one generic error. A key of one tenant opens nothing in
 * another.
 */
@Service
class AnonymousFollowUp {

	static final String WRONG_CREDENTIALS = "The receipt key or the passphrase is not right";

	static final String LOCKED = "Too many attempts; try again later";

	/**
	 * Verified against when no case matches a well-formed key, so that a miss takes as
	 * long as a hit.
	 */
	private final String decoyHash;

	private final TenantRegistry tenants;

	private final CaseStore store;

	private final Attachments attachments;

	private final PasswordEncoder slowHashes;

	private final IntakeLimits limits;

	private final AuditTrail audit;

	private final Clock clock;

	private final int maxAttempts;

	private final Duration lockDuration;

	/** How many follow-ups were checked against the slow hashes, for the tests. */
	private final AtomicLong slowChecks = new AtomicLong();

	AnonymousFollowUp(TenantRegistry tenants, CaseStore store, Attachments attachments,
			PasswordEncoder caseSecretsEncoder, IntakeLimits limits, AuditTrail audit, Clock clock,
			@Value("${conduct.cases.follow-up.max-failures:5}") int maxAttempts,
			@Value("${conduct.cases.follow-up.lock-duration:PT15M}") Duration lockDuration) {
		this.tenants = tenants;
		this.store = store;
		this.attachments = attachments;
		this.slowHashes = caseSecretsEncoder;
		this.limits = limits;
		this.audit = audit;
		this.clock = clock;
		this.maxAttempts = maxAttempts;
		this.lockDuration = lockDuration;
		this.decoyHash = caseSecretsEncoder.encode(UUID.randomUUID().toString());
	}

	@PreAuthorize("permitAll()")
	public Case read(String intakeKey, String receiptKey, String passphrase, RequestSource source) {
		return open(intakeKey, receiptKey, passphrase, source, Function.identity());
	}

	/**
	 * Acts on the report the credentials open, in its tenant, e.g. the reporter's request
	 * for a meeting; wrong credentials are refused as for reading.
	 */
	@PreAuthorize("permitAll()")
	public <T> T onReport(String intakeKey, String receiptKey, String passphrase, RequestSource source,
			Function<Case, T> action) {
		return open(intakeKey, receiptKey, passphrase, source, action);
	}

	@PreAuthorize("permitAll()")
	public Outcome<Case> postMessage(String intakeKey, String receiptKey, String passphrase, String body,
			List<ReportInput.AttachmentInput> files, RequestSource source) {
		return open(intakeKey, receiptKey, passphrase, source, (found) -> {
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

	private <T> T open(String intakeKey, String receiptKey, String passphrase, RequestSource source,
			Function<Case, T> action) {
		Optional<Tenant> tenant = (intakeKey != null) ? this.tenants.findActiveByPublicIntakeKey(intakeKey)
				: Optional.empty();
		Optional<ReceiptKeys.ReceiptKey> key = ReceiptKeys.parse(receiptKey);
		// the intake key is public and the receipt key's form is too: refusing these at
		// once tells nothing secret, and costs no slow hash
		if (tenant.isEmpty() || key.isEmpty() || passphrase == null
				|| passphrase.length() > 4 * CaseLimits.PASSPHRASE_MAX) {
			throw wrongCredentials();
		}
		this.limits.admitFollowUp(tenant.get(), source);
		return TenantContext.callAs(tenant.get(), () -> {
			Instant now = this.clock.instant();
			CaseStore.FollowUpAttempt attempt = this.store.takeFollowUpAttempt(key.get().locator(), this.maxAttempts,
					now, now.plus(this.lockDuration));
			if (attempt.locked()) {
				throw locked();
			}
			this.slowChecks.incrementAndGet();
			Optional<ReporterRecord.AnonymousAccess> access = Optional.ofNullable(attempt.found())
				.map((c) -> c.reporter().anonymousAccess());
			boolean secretMatches = this.slowHashes.matches(key.get().secret(),
					access.map(ReporterRecord.AnonymousAccess::secretHash).orElse(this.decoyHash));
			// both hashes are always verified, so timing tells nothing about the key
			boolean passphraseMatches = this.slowHashes.matches(
					access.map((a) -> a.asHashed(passphrase)).orElse(passphrase),
					access.map(ReporterRecord.AnonymousAccess::passphraseHash).orElse(this.decoyHash))
					&& access.isPresent();
			if (!secretMatches || !passphraseMatches) {
				throw wrongCredentials();
			}
			this.store.followUpSucceeded(attempt.found().id());
			return action.apply(attempt.found());
		});
	}

	/** How many follow-ups were checked against the slow hashes since the start. */
	long slowChecks() {
		return this.slowChecks.get();
	}

	private static ConductException wrongCredentials() {
		return new ConductException(ErrorCode.UNAUTHENTICATED, WRONG_CREDENTIALS);
	}

	private static ConductException locked() {
		return new ConductException(ErrorCode.FORBIDDEN, LOCKED);
	}

}
