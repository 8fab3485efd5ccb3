package io.conduct.disclosures;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.people.Relative;
import io.conduct.people.ReportingLines;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.security.TenantAuthentication;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * People disclose interests and relationships; the engine evaluates each against the Code
 * at once, and it goes to its determiner. Disclosures are need-to-know: the discloser,
 * the determiner (the CFO/CAO, or the Board for executive officers and directors) and the
 * Audit Committee read them, never someone they involve; every read by staff is audited.
 *
 * <p>
 * For the certification campaigns: {@link #openFromCertificationException} makes a
 * certification's exception a disclosure of its person (an executive officer's or a
 * director's goes to the Board), and {@link #confirmCurrent}/{@link #confirmedCurrent}
 * record and tell whether a person confirmed their disclosures current for a year.
 */
@Service
public class Disclosures {

	/** The longest description. */
	public static final int DESCRIPTION_LENGTH = 4_000;

	private final DisclosureStore store;

	private final DisclosureEvaluator evaluator;

	private final DisclosureNotifications notifications;

	private final GroupData group;

	private final PeopleDirectory people;

	private final ReportingLines reportingLines;

	private final AuditTrail audit;

	private final Clock clock;

	Disclosures(DisclosureStore store, DisclosureEvaluator evaluator, DisclosureNotifications notifications,
			GroupData group, PeopleDirectory people, ReportingLines reportingLines, AuditTrail audit, Clock clock) {
		this.store = store;
		this.evaluator = evaluator;
		this.notifications = notifications;
		this.group = group;
		this.people = people;
		this.reportingLines = reportingLines;
		this.audit = audit;
		this.clock = clock;
	}

	/** Discloses an interest or a relationship of the caller. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Disclosure> submit(Submission submission) {
		Optional<Person> caller = this.people.findCaller();
		if (caller.isEmpty()) {
			return Outcome.rejected("", UserErrorCode.NOT_FOUND, "You have no entry in the tenant's directory");
		}
		return submitFor(caller.get(), submission, Disclosure.FROM_DISCLOSER);
	}

	/**
	 * Discloses on a person's behalf, for the system only (demo data, imports from other
	 * systems): the person is the discloser as if they had submitted it.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Disclosure> submitOnBehalf(String personId, Submission submission) {
		Optional<Person> person = this.people.findAll(List.of(personId)).values().stream().findFirst();
		if (person.isEmpty() || !isSystem()) {
			return Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person of yours");
		}
		return submitFor(person.get(), submission, Disclosure.FROM_DISCLOSER);
	}

	/**
	 * Makes a certification's exception a disclosure of the person who certified, for
	 * their determiner: the caller is that person, or the system.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Disclosure> openFromCertificationException(String personId, String exceptionText) {
		Optional<Person> person = this.people.findAll(List.of(personId)).values().stream().findFirst();
		if (person.isEmpty() || !(isSystem() || isCaller(person.get()))) {
			return Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person of yours");
		}
		return submitFor(person.get(), new Submission(DisclosureKind.OTHER_ACTIVITY, null, null, false, null, null,
				null, null, null, exceptionText), Disclosure.FROM_CERTIFICATION_EXCEPTION);
	}

	/** Records that the person confirmed their disclosures current for the year. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<DisclosureConfirmation> confirmCurrent(String personId, int year) {
		Optional<Person> person = this.people.findAll(List.of(personId)).values().stream().findFirst();
		if (person.isEmpty() || !(isSystem() || isCaller(person.get()))) {
			return Outcome.rejected("personId", UserErrorCode.NOT_FOUND, "No such person of yours");
		}
		int open = (int) this.store.ofDiscloser(personId)
			.stream()
			.filter((d) -> d.status() != DisclosureStatus.WITHDRAWN)
			.count();
		DisclosureConfirmation confirmation = this.store.save(new DisclosureConfirmation(
				DisclosureConfirmation.idOf(personId, year), personId, year, open, this.clock.instant()));
		this.audit.record("disclosure.confirm-current", "Person", personId, Map.of("year", String.valueOf(year)));
		return Outcome.of(confirmation);
	}

	/**
	 * Whether the person confirmed their disclosures current for the year, and none of
	 * them changed since without a determination.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public boolean confirmedCurrent(String personId, int year) {
		Optional<DisclosureConfirmation> confirmation = this.store.confirmation(personId, year);
		if (confirmation.isEmpty()) {
			return false;
		}
		Instant confirmedAt = confirmation.get().confirmedAt();
		return this.store.ofDiscloser(personId)
			.stream()
			.noneMatch((d) -> d.status() != DisclosureStatus.WITHDRAWN && d.submittedAt().isAfter(confirmedAt));
	}

	/** Withdraws one's own disclosure. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Disclosure> withdraw(String disclosureId) {
		Optional<Disclosure> found = this.store.find(disclosureId).filter(this::isOwn);
		if (found.isEmpty()) {
			return Outcome.rejected("disclosureId", UserErrorCode.NOT_FOUND, "No such disclosure of yours");
		}
		if (found.get().status() == DisclosureStatus.WITHDRAWN) {
			return Outcome.rejected("disclosureId", UserErrorCode.CLOSED, "It was withdrawn already");
		}
		Disclosure withdrawn = this.store.save(found.get().withdrawn(this.clock.instant()));
		this.audit.record("disclosure.withdraw", "Disclosure", disclosureId, Map.of());
		return Outcome.of(withdrawn);
	}

	/**
	 * A disclosure the caller may read: their own, or one they determine or audit
	 * (audited).
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Disclosure> find(String disclosureId) {
		Optional<Disclosure> found = this.store.find(disclosureId);
		if (found.isEmpty()) {
			return found;
		}
		if (isOwn(found.get())) {
			return found;
		}
		if (readsAsStaff(found.get())) {
			this.audit.record("disclosure.read", "Disclosure", disclosureId, Map.of());
			return found;
		}
		return Optional.empty();
	}

	/**
	 * Those of the disclosures named that the caller may read, by id, as {@link #find}
	 * says, in one query (for other domains that link to disclosures, e.g. a
	 * certification's exception); the reads by staff are audited.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Map<String, Disclosure> findAll(Collection<String> disclosureIds) {
		if (disclosureIds.isEmpty()) {
			return Map.of();
		}
		TenantAuthentication caller = CurrentUser.required();
		Map<String, Disclosure> readable = new LinkedHashMap<>();
		List<Disclosure> asStaff = new ArrayList<>();
		for (Disclosure disclosure : this.store.findAll(disclosureIds)) {
			if (isOwn(disclosure)) {
				readable.put(disclosure.id(), disclosure);
			}
			else if (caller.roles().contains(disclosure.determiner().role())
					|| caller.roles().contains(Role.AUDIT_COMMITTEE)) {
				asStaff.add(disclosure);
			}
		}
		if (!asStaff.isEmpty()) {
			// the caller's entry once for all, never one they are involved in
			String me = this.people.findCaller().map(Person::id).orElse(null);
			List<String> read = asStaff.stream().filter((d) -> !d.involves(me)).map(Disclosure::id).toList();
			asStaff.stream().filter((d) -> read.contains(d.id())).forEach((d) -> readable.put(d.id(), d));
			this.audit.recordRead("disclosure.read", "Disclosure", read, Map.of());
		}
		return readable;
	}

	/** The disclosures the caller determines or audits, newest first (audited). */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Disclosure> staffPage(Set<DisclosureStatus> statuses, Set<ConflictOutcome> outcomes, Instant afterAt,
			String afterId, int limit) {
		TenantAuthentication caller = CurrentUser.required();
		Set<Determiner> determiners = EnumSet.noneOf(Determiner.class);
		for (Determiner determiner : Determiner.values()) {
			if (caller.roles().contains(determiner.role())) {
				determiners.add(determiner);
			}
		}
		boolean auditor = caller.roles().contains(Role.AUDIT_COMMITTEE);
		if (determiners.isEmpty() && !auditor) {
			return List.of();
		}
		String me = this.people.findCaller().map(Person::id).orElse("\u0000");
		List<Disclosure> page = this.store.page(null, auditor ? null : determiners, me, statuses, outcomes, afterAt,
				afterId, limit);
		if (!page.isEmpty()) {
			this.audit.recordRead("disclosure.list", "Disclosure", page.stream().map(Disclosure::id).toList(),
					Map.of());
		}
		return page;
	}

	/** The caller's own disclosures, newest first. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Disclosure> ownPage(Instant afterAt, String afterId, int limit) {
		Optional<Person> caller = this.people.findCaller();
		if (caller.isEmpty()) {
			return List.of();
		}
		return this.store.page(caller.get().id(), null, null, null, null, afterAt, afterId, limit);
	}

	/**
	 * What the directory suggests the caller discloses: declared members of their
	 * immediate family who report to them, directly or not.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Suggestion> suggestions() {
		Optional<Person> caller = this.people.findCaller();
		if (caller.isEmpty()) {
			return List.of();
		}
		List<String> relatives = caller.get()
			.relatives()
			.stream()
			.map(Relative::personId)
			.filter((id) -> id != null)
			.distinct()
			.toList();
		Map<String, Person> people = relatives.isEmpty() ? Map.of() : this.people.findAll(relatives);
		List<Suggestion> suggestions = new ArrayList<>();
		for (String relativeId : relatives) {
			Person relative = people.get(relativeId);
			if (relative != null && this.reportingLines.reportsTo(relativeId, caller.get().id())) {
				suggestions.add(new Suggestion(DisclosureKind.FAMILY_SUPERVISION, relative,
						relative.displayName() + " is immediate family and reports to you"));
			}
		}
		return suggestions;
	}

	/** Whether the caller reads the disclosure as its determiner or as an auditor. */
	boolean readsAsStaff(Disclosure disclosure) {
		TenantAuthentication caller = CurrentUser.required();
		boolean role = caller.roles().contains(disclosure.determiner().role())
				|| caller.roles().contains(Role.AUDIT_COMMITTEE);
		if (!role) {
			return false;
		}
		String me = this.people.findCaller().map(Person::id).orElse(null);
		return !disclosure.involves(me);
	}

	boolean isOwn(Disclosure disclosure) {
		return CurrentUser.authentication().map((a) -> a.getName().equals(disclosure.discloserSubject())).orElse(false);
	}

	private static boolean isCaller(Person person) {
		return CurrentUser.authentication().map((a) -> a.getName().equals(person.subject())).orElse(false);
	}

	private static boolean isSystem() {
		return CurrentUser.authentication().map((a) -> SystemActor.SUBJECT.equals(a.getName())).orElse(false);
	}

	private Outcome<Disclosure> submitFor(Person discloser, Submission submission, String source) {
		Validation validation = new Validation();
		Checked checked = check(discloser, submission, validation);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		List<String> involved = new ArrayList<>();
		involved.add(discloser.id());
		if (checked.relative() != null && checked.relative().personId() != null) {
			involved.add(checked.relative().personId());
		}
		if (checked.familyMember() != null) {
			involved.add(checked.familyMember().id());
		}
		DisclosureKind kind = submission.kind();
		boolean interest = kind == DisclosureKind.FINANCIAL_INTEREST;
		boolean service = kind == DisclosureKind.SERVICE || kind == DisclosureKind.RELATIVE_SERVICE;
		Disclosure draft = new Disclosure(UUID.randomUUID().toString(), discloser.id(), discloser.subject(),
				discloser.type(), Determiner.of(discloser.type()), kind, DisclosureStatus.AWAITING_DETERMINATION,
				(checked.counterparty() != null) ? checked.counterparty().id() : null,
				service ? submission.capacity() : null, service && submission.atCompanyRequest(), checked.holder(),
				(checked.relative() != null) ? checked.relative().id() : null,
				(checked.relative() != null) ? checked.relative().name() : null,
				(checked.relative() != null) ? checked.relative().personId() : null,
				interest ? submission.sharesHeld() : null, interest ? submission.percentOfOutstandingShares() : null,
				(checked.familyMember() != null) ? checked.familyMember().id() : null,
				(submission.description() != null) ? submission.description().strip() : null, source, null, List.of(),
				involved, now, now, null);
		Disclosure evaluated = this.evaluator.evaluate(List.of(draft), Evaluation.Trigger.SUBMITTED).get(0);
		Disclosure stored = this.store.insert(evaluated);
		this.audit.record("disclosure.submit", "Disclosure", stored.id(), DisclosureNotifications.audit(stored));
		this.notifications.submitted(stored, discloser.displayName());
		return Outcome.of(stored);
	}

	/** What the user must fix, field by field; what the submission names, resolved. */
	private Checked check(Person discloser, Submission submission, Validation validation) {
		DisclosureKind kind = submission.kind();
		if (kind == null) {
			validation.reject("kind", UserErrorCode.REQUIRED, "Required");
			return new Checked(null, null, null, InterestHolder.SELF);
		}
		validation.optionalText("description", submission.description(), DESCRIPTION_LENGTH);
		if (kind == DisclosureKind.OTHER_ACTIVITY) {
			validation.text("description", submission.description(), DESCRIPTION_LENGTH);
		}
		Counterparty counterparty = null;
		if (kind != DisclosureKind.FAMILY_SUPERVISION && kind != DisclosureKind.OTHER_ACTIVITY) {
			if (submission.counterpartyId() == null) {
				validation.reject("counterpartyId", UserErrorCode.REQUIRED, "Required for " + kind);
			}
			else {
				counterparty = this.group.counterparty(this.group.top(), submission.counterpartyId()).orElse(null);
				if (counterparty == null) {
					validation.reject("counterpartyId", UserErrorCode.NOT_FOUND,
							"No such counterparty in the group's register");
				}
			}
		}
		if ((kind == DisclosureKind.SERVICE || kind == DisclosureKind.RELATIVE_SERVICE)
				&& submission.capacity() == null) {
			validation.reject("capacity", UserErrorCode.REQUIRED, "Required for " + kind);
		}
		InterestHolder holder = (kind == DisclosureKind.RELATIVE_SERVICE) ? InterestHolder.RELATIVE
				: (kind == DisclosureKind.FINANCIAL_INTEREST || kind == DisclosureKind.DECISION_INFLUENCE)
						&& submission.holder() != null ? submission.holder() : InterestHolder.SELF;
		Relative relative = null;
		if (holder == InterestHolder.RELATIVE) {
			if (submission.relativeId() == null) {
				validation.reject("relativeId", UserErrorCode.REQUIRED, "Name one of your declared relatives");
			}
			else {
				relative = discloser.relatives()
					.stream()
					.filter((r) -> r.id().equals(submission.relativeId()))
					.findFirst()
					.orElse(null);
				if (relative == null) {
					validation.reject("relativeId", UserErrorCode.NOT_FOUND, "Not one of your declared relatives");
				}
			}
		}
		if (kind == DisclosureKind.FINANCIAL_INTEREST) {
			checkInterest(submission, counterparty, validation);
		}
		Person member = null;
		if (kind == DisclosureKind.FAMILY_SUPERVISION) {
			if (submission.familyMemberId() == null) {
				validation.reject("familyMemberId", UserErrorCode.REQUIRED, "Required for " + kind);
			}
			else {
				member = this.people.findAll(List.of(submission.familyMemberId())).get(submission.familyMemberId());
				if (member == null) {
					validation.reject("familyMemberId", UserErrorCode.NOT_FOUND, "No such person in the directory");
				}
				else if (member.id().equals(discloser.id())) {
					validation.reject("familyMemberId", UserErrorCode.INVALID, "Name the family member, not yourself");
				}
			}
		}
		return new Checked(counterparty, relative, member, holder);
	}

	private static void checkInterest(Submission submission, Counterparty counterparty, Validation validation) {
		BigDecimal shares = submission.sharesHeld();
		BigDecimal percent = submission.percentOfOutstandingShares();
		if (shares == null && percent == null) {
			validation.reject("sharesHeld", UserErrorCode.REQUIRED,
					"Give the shares held or the percentage of the outstanding shares");
		}
		else if (shares != null && percent != null) {
			validation.reject("percentOfOutstandingShares", UserErrorCode.INVALID,
					"Give the shares held or the percentage, not both");
		}
		if (percent != null && (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0)) {
			validation.reject("percentOfOutstandingShares", UserErrorCode.OUT_OF_RANGE, "Must be from 0 to 100");
		}
		if (shares != null) {
			if (shares.signum() < 0 || shares.precision() - shares.scale() > 18) {
				validation.reject("sharesHeld", UserErrorCode.OUT_OF_RANGE, "Must be a number of shares, not negative");
			}
			else if (counterparty != null && counterparty.outstandingShares() == null) {
				validation.reject("sharesHeld", UserErrorCode.INVALID, "The register has no outstanding shares for "
						+ counterparty.name() + ": give percentOfOutstandingShares");
			}
			else if (counterparty != null && shares.compareTo(counterparty.outstandingShares()) > 0) {
				validation.reject("sharesHeld", UserErrorCode.EXCEEDS_OUTSTANDING_SHARES,
						"More than the " + counterparty.outstandingShares().toPlainString() + " outstanding shares of "
								+ counterparty.name());
			}
		}
	}

	/**
	 * A disclosure as submitted.
	 *
	 * @param kind what is disclosed
	 * @param counterpartyId the counterparty's local id
	 * @param capacity the capacity of service
	 * @param atCompanyRequest whether the Company asked for the service
	 * @param holder who holds the interest or has the relationship
	 * @param relativeId one of the discloser's declared relatives
	 * @param sharesHeld shares held
	 * @param percentOfOutstandingShares the percentage held
	 * @param familyMemberId the family member's person id
	 * @param description the discloser's words
	 */
	public record Submission(DisclosureKind kind, String counterpartyId, ServiceCapacity capacity,
			boolean atCompanyRequest, InterestHolder holder, String relativeId, BigDecimal sharesHeld,
			BigDecimal percentOfOutstandingShares, String familyMemberId, String description) {
	}

	/**
	 * Something the directory suggests disclosing.
	 *
	 * @param kind what to disclose
	 * @param familyMember the family member
	 * @param reason why
	 */
	public record Suggestion(DisclosureKind kind, Person familyMember, String reason) {
	}

	private record Checked(Counterparty counterparty, Relative relative, Person familyMember, InterestHolder holder) {
	}

}
