package io.conduct.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.calendars.BusinessCalendars;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.budget.RequestSource;
import io.conduct.platform.crypto.TenantEncryption;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Takes reports in: from signed-in people (named, confidential or anonymous), from anyone
 * through a tenant's public intake, and from staff on a reporter's behalf. Anonymous
 * reports store nothing about the reporter beyond what they typed: no account, address,
 * user agent or session, in the case, the audit trail or the logs.
 */
@Service
class ReportIntake {

	private static final Logger logger = LoggerFactory.getLogger(ReportIntake.class);

	private static final Pattern PHONE = Pattern.compile("^[+0-9 ()./-]{3,40}$");

	private final CaseStore store;

	private final Attachments attachments;

	private final PeopleDirectory people;

	private final TenantRegistry tenants;

	private final TenantEncryption encryption;

	private final PasswordEncoder slowHashes;

	private final JurisdictionPacks packs;

	private final BusinessCalendars calendars;

	private final CaseRouter router;

	private final IntakeLimits limits;

	private final Passphrases passphrases;

	private final HandlerNames handlerNames;

	private final AuditTrail audit;

	private final Clock clock;

	ReportIntake(CaseStore store, Attachments attachments, PeopleDirectory people, TenantRegistry tenants,
			TenantEncryption encryption, PasswordEncoder caseSecretsEncoder, JurisdictionPacks packs,
			BusinessCalendars calendars, CaseRouter router, IntakeLimits limits, Passphrases passphrases,
			HandlerNames handlerNames, AuditTrail audit, Clock clock) {
		this.store = store;
		this.attachments = attachments;
		this.people = people;
		this.tenants = tenants;
		this.encryption = encryption;
		this.slowHashes = caseSecretsEncoder;
		this.packs = packs;
		this.calendars = calendars;
		this.router = router;
		this.limits = limits;
		this.passphrases = passphrases;
		this.handlerNames = handlerNames;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * A signed-in person reports. Anonymously, nothing about the account is kept and the
	 * reporter follows up with the receipt key and the passphrase.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Submitted> submit(ReportInput input, ReporterMode mode, String passphrase) {
		this.limits.admitSignedInSubmission(TenantContext.required(), CurrentUser.required().getName());
		Validation validation = new Validation();
		if (mode == null) {
			validation.reject("reporterMode", UserErrorCode.REQUIRED, "Required");
		}
		if (mode == ReporterMode.ANONYMOUS) {
			return create(input, Channel.WEB, ReporterMode.ANONYMOUS, null, null, passphrase, validation, true);
		}
		Optional<Person> reporter = this.people.findCaller();
		var caller = CurrentUser.required();
		ReporterIdentity identity = new ReporterIdentity(caller.getName(), reporter.map(Person::id).orElse(null),
				caller.getToken().getClaimAsString("name"), caller.getToken().getClaimAsString("email"), null);
		return create(input, Channel.WEB, mode, identity, reporter.map(Person::supervisorId).orElse(null), null,
				validation, true);
	}

	/**
	 * Anyone reports through a tenant's public intake, anonymously or with the contact
	 * details they choose to give, and gets a receipt key to follow up.
	 */
	@PreAuthorize("permitAll()")
	public Outcome<Submitted> submitPublic(String intakeKey, ReportInput input, ReportInput.Contact contact,
			String passphrase, RequestSource source) {
		Optional<Tenant> tenant = (intakeKey != null) ? this.tenants.findActiveByPublicIntakeKey(intakeKey)
				: Optional.empty();
		if (tenant.isEmpty()) {
			return Outcome.rejected("intakeKey", UserErrorCode.NOT_FOUND, "No intake with that key");
		}
		// budgets before anything of the input is decoded, checked or hashed
		this.limits.admitPublicSubmission(tenant.get(), source);
		Validation validation = new Validation();
		ReporterIdentity identity = null;
		if (contact != null) {
			identity = validContact(validation, "contact", contact);
		}
		ReporterMode mode = (contact != null) ? ReporterMode.CONFIDENTIAL : ReporterMode.ANONYMOUS;
		ReporterIdentity given = identity;
		return TenantContext.callAs(tenant.get(),
				() -> create(input, Channel.PUBLIC_WEB, mode, given, null, passphrase, validation, false));
	}

	/** Staff enter a report received by phone, letter or in person. */
	@PreAuthorize("hasAnyRole('SUPERVISOR', 'CFO_CAO', 'TREASURER', 'AUDIT_COMMITTEE')")
	public Outcome<Submitted> enter(ReportInput input, Channel channel, ReporterMode mode, ReportInput.Contact reporter,
			String reporterPersonId) {
		Validation validation = new Validation();
		if (channel == null || !channel.isEnteredByStaff()) {
			validation.reject("channel", UserErrorCode.INVALID, "Must be PHONE, LETTER or IN_PERSON");
		}
		if (mode == null) {
			validation.reject("reporterMode", UserErrorCode.REQUIRED, "Required");
		}
		ReporterIdentity identity = null;
		if (mode != null && mode != ReporterMode.ANONYMOUS) {
			Optional<Person> person = Optional.ofNullable(reporterPersonId).flatMap(this.people::find);
			if (reporterPersonId != null && person.isEmpty()) {
				validation.reject("reporterPersonId", UserErrorCode.NOT_FOUND, "No such person");
			}
			ReportInput.Contact contact = (reporter != null) ? reporter : new ReportInput.Contact(null, null, null);
			identity = validContact(validation, "reporter", contact);
			if (identity != null) {
				identity = new ReporterIdentity(person.map(Person::subject).orElse(null),
						person.map(Person::id).orElse(null),
						(identity.name() != null) ? identity.name() : person.map(Person::displayName).orElse(null),
						identity.email(), identity.phone());
			}
		}
		Outcome<Submitted> outcome = create(input, channel, mode, identity, null, null, validation, true);
		if (outcome.isSuccess()) {
			this.audit.record("case.enter", "Case", outcome.value().reportedCase().id(),
					Map.of("channel", String.valueOf(channel)));
		}
		return outcome;
	}

	private Outcome<Submitted> create(ReportInput input, Channel channel, ReporterMode mode, ReporterIdentity identity,
			String supervisorId, String passphrase, Validation validation, boolean directoryAllowed) {
		Tenant tenant = TenantContext.required();
		validate(validation, input, directoryAllowed);
		boolean anonymousFollowUp = channel == Channel.PUBLIC_WEB || mode == ReporterMode.ANONYMOUS;
		if (anonymousFollowUp && !channel.isEnteredByStaff() && !validation.hasErrors()) {
			this.passphrases.check(validation, passphrase, List.of(tenant.key(), tenant.name()));
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		List<Attachments.Checked> files = this.attachments.check(validation, "attachments", input.attachments());
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		String id = UUID.randomUUID().toString();
		JurisdictionDuties duties = this.packs.dutiesFor(tenant.jurisdictions());
		ReceiptKeys.ReceiptKey receiptKey = (anonymousFollowUp && passphrase != null) ? ReceiptKeys.generate() : null;
		List<Report.Involved> involved = involved(input, directoryAllowed);
		Map<String, Person> involvedPeople = involvedPeople(involved);
		RoutingDecision routing = this.router
			.route(RoutingFacts.about(input.recipient(), input.category(), involvedPeople.values(), supervisorId));
		ReporterRecord reporter = reporterRecord(id, identity, receiptKey, passphrase);
		CaseDeadlines deadlines = CaseDeadlines.forReportReceived(now, tenant.zoneId(), duties,
				new WorkingDays(() -> this.calendars.forTenant(tenant)));
		// the merit review is due when the acknowledgement is: the Audit Committee hears
		// of an undecided accounting concern as soon as the reporter hears back
		MeritReview meritReview = routing.meritReview()
				? new MeritReview(MeritReview.Status.PENDING, deadlines.acknowledgementDue(), List.of()) : null;
		String language = (input.language() != null) ? input.language() : tenant.defaultLocale();
		List<Attachment> stored = this.attachments.store(id, files);
		Case newCase = Case.received(id, this.store.nextNumber(tenant, now),
				Report.of(input, channel, mode, involved, language, stored, now), reporter, routing.routing(),
				deadlines, meritReview, new CaseEvent(CaseEventType.RECEIVED, now, null,
						"Received via " + channel + " (" + duties.key() + ")"));
		try {
			newCase = this.store.insert(newCase);
		}
		catch (RuntimeException ex) {
			this.attachments.delete(stored);
			throw ex;
		}
		if (mode == ReporterMode.ANONYMOUS || mode == ReporterMode.CONFIDENTIAL) {
			// a confidential reporter's identity is only in the encrypted case, not in
			// the audit trail
			this.audit.recordAnonymously("case.submit", "Case", newCase.id(),
					Map.of("channel", channel.name(), "mode", mode.name()));
		}
		else if (channel == Channel.WEB) {
			this.audit.record("case.submit", "Case", newCase.id(), Map.of("mode", mode.name()));
		}
		// never the case's number or id, and nothing at all for a report without a name:
		// a log line would sit beside the moment and the request that made it
		if (mode == ReporterMode.NAMED) {
			logger.info("A named report came in via {}", channel);
		}
		return Outcome.of(new Submitted(newCase, (receiptKey != null) ? receiptKey.display() : null));
	}

	/**
	 * What the case keeps about its reporter: for follow-up without an account, the
	 * credentials' slow hashes; for a known reporter, the keyed hash of their identity
	 * and the identity encrypted, bound to the case.
	 */
	private ReporterRecord reporterRecord(String caseId, ReporterIdentity identity, ReceiptKeys.ReceiptKey receiptKey,
			String passphrase) {
		ReporterRecord.AnonymousAccess access = (receiptKey != null)
				? ReporterRecord.AnonymousAccess.of(receiptKey.locator(), this.slowHashes.encode(receiptKey.secret()),
						this.slowHashes.encode(Passphrases.normalized(passphrase)))
				: null;
		String ref = (identity != null && identity.subject() != null) ? this.encryption.blindIndex(identity.subject())
				: null;
		return new ReporterRecord(ref, (identity != null)
				? this.encryption.encrypt(identity.toJson(), ReporterIdentity.context(caseId)) : null, access, false,
				null);
	}

	private void validate(Validation validation, ReportInput input, boolean directoryAllowed) {
		if (input.category() == null) {
			validation.reject("category", UserErrorCode.REQUIRED, "Required");
		}
		if (input.recipient() == null) {
			validation.reject("recipient", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("description", input.description(), CaseLimits.DESCRIPTION);
		validation.optionalText("occurredWhen", input.occurredWhen(), CaseLimits.SHORT_TEXT);
		validation.optionalText("location", input.location(), CaseLimits.SHORT_TEXT);
		validation.optionalText("othersAware", input.othersAware(), CaseLimits.OTHERS_AWARE);
		if (input.language() != null) {
			validation.locale("language", input.language());
		}
		if (validation.maxItems("involved", input.involved(), CaseLimits.INVOLVED)) {
			List<String> ids = new ArrayList<>();
			for (int i = 0; i < input.involved().size(); i++) {
				ReportInput.InvolvedInput involved = input.involved().get(i);
				if (involved.personId() == null) {
					validation.text("involved." + i + ".name", involved.name(), CaseLimits.NAME);
				}
				else if (!directoryAllowed) {
					validation.reject("involved." + i + ".personId", UserErrorCode.INVALID,
							"Name people involved; the directory is for signed-in reporters");
				}
				else {
					ids.add(involved.personId());
					validation.optionalText("involved." + i + ".name", involved.name(), CaseLimits.NAME);
				}
			}
			if (!ids.isEmpty()) {
				var found = this.people.findAll(ids);
				for (int i = 0; i < input.involved().size(); i++) {
					String id = input.involved().get(i).personId();
					if (id != null && !found.containsKey(id)) {
						validation.reject("involved." + i + ".personId", UserErrorCode.NOT_FOUND, "No such person");
					}
				}
			}
		}
	}

	/**
	 * The people the report names: chosen from the directory, or written; a written name
	 * that is exactly a handler's names that handler too ({@link HandlerNames}).
	 */
	private List<Report.Involved> involved(ReportInput input, boolean directoryAllowed) {
		Map<String, Person> chosen = directoryAllowed ? this.people.findAll(
				input.involved().stream().map(ReportInput.InvolvedInput::personId).filter(Objects::nonNull).toList())
				: Map.of();
		Map<String, List<Person>> matched = this.handlerNames.named(input.involved()
			.stream()
			.filter((i) -> i.personId() == null && i.name() != null)
			.map((i) -> i.name().trim())
			.toList());
		List<Report.Involved> involved = new ArrayList<>();
		Set<String> named = new HashSet<>();
		for (ReportInput.InvolvedInput given : input.involved()) {
			if (given.personId() != null) {
				named.add(given.personId());
				involved.add(Report.Involved.reported(given.personId(), (given.name() != null) ? given.name().trim()
						: Optional.ofNullable(chosen.get(given.personId())).map(Person::displayName).orElse(null)));
				continue;
			}
			String name = given.name().trim();
			List<Person> handlers = matched.getOrDefault(name, List.of())
				.stream()
				.filter((p) -> !named.contains(p.id()))
				.toList();
			if (handlers.isEmpty()) {
				involved.add(Report.Involved.reported(null, name));
			}
			for (Person handler : handlers) {
				named.add(handler.id());
				involved.add(Report.Involved.matchedByName(handler.id(), name));
			}
		}
		return involved;
	}

	/** The directory entries of the people named, as the system reads them. */
	private Map<String, Person> involvedPeople(List<Report.Involved> involved) {
		List<String> ids = involved.stream().map(Report.Involved::personId).filter(Objects::nonNull).toList();
		if (ids.isEmpty()) {
			return Map.of();
		}
		return CurrentUser.authentication().isPresent() ? this.people.findAll(ids) : SystemActor
			.callAs(TenantContext.required(), EnumSet.of(Role.EMPLOYEE), () -> this.people.findAll(ids));
	}

	private static ReporterIdentity validContact(Validation validation, String field, ReportInput.Contact contact) {
		boolean valid = validation.optionalText(field + ".name", contact.name(), CaseLimits.NAME);
		if (contact.email() != null) {
			valid &= validation.email(field + ".email", contact.email());
		}
		if (contact.phone() != null) {
			valid &= validation.matches(field + ".phone", contact.phone(), PHONE, "a phone number");
		}
		if (contact.name() == null && contact.email() == null && contact.phone() == null) {
			validation.reject(field, UserErrorCode.REQUIRED,
					"Give a name, an e-mail address or a phone number, or none at all");
			valid = false;
		}
		return valid ? new ReporterIdentity(null, null, contact.name(), contact.email(), contact.phone()) : null;
	}

	/**
	 * A report taken in.
	 *
	 * @param reportedCase the case
	 * @param receiptKey the receipt key for follow-up, shown once; {@code null} for
	 * reporters who follow up with their account
	 */
	record Submitted(Case reportedCase, String receiptKey) {
	}

}
