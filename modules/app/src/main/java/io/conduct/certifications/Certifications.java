package io.conduct.certifications;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.conduct.code.CodeAddition;
import io.conduct.code.CodeLibrary;
import io.conduct.code.CodeVersion;
import io.conduct.disclosures.Disclosure;
import io.conduct.disclosures.Disclosures;
import io.conduct.notifications.NotificationRequest;
import io.conduct.notifications.Notifications;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.notifications.NotificationKind;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * People certify the current Code, bound to what they were shown, and so settle what a
 * campaign asked of them. Certifying an outdated version, twice, for someone else, after
 * the campaign closed, or text other than the version's, gets a user error and stores
 * nothing. A certification with an exception raises it to its {@link ExceptionReviewer}
 * instead of completing silently, and makes it a conflict-of-interest disclosure for the
 * signer's determiner; {@link CertificationExceptions} follows it up. An annual
 * campaign's certification also confirms the signer's disclosures current
 * ({@link DisclosureRound}).
 */
@Service
class Certifications {

	private static final Logger logger = LoggerFactory.getLogger(Certifications.class);

	private final CertificationStore store;

	private final CodeLibrary library;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	private final CampaignStore campaigns;

	private final Notifications notifications;

	private final Disclosures disclosures;

	private final DisclosureRound disclosureRound;

	Certifications(CertificationStore store, CodeLibrary library, PeopleDirectory people, AuditTrail audit, Clock clock,
			CampaignStore campaigns, Notifications notifications, Disclosures disclosures,
			DisclosureRound disclosureRound) {
		this.store = store;
		this.disclosures = disclosures;
		this.disclosureRound = disclosureRound;
		this.campaigns = campaigns;
		this.notifications = notifications;
		this.library = library;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Certification> certify(CertifyCommand command) {
		Validation validation = new Validation();
		var caller = CurrentUser.required();
		Optional<Person> self = this.people.findCaller();
		if (command.personId() != null && !self.map(Person::id).filter(command.personId()::equals).isPresent()) {
			validation.reject("personId", UserErrorCode.FOR_SOMEONE_ELSE, "Each person certifies for themself");
		}
		if (!command.receivedAndRead() || !command.understood() || !command.compliedAndWillComply()) {
			validation.reject("statements", UserErrorCode.REQUIRED, "All three statements must be affirmed");
		}
		validation.text("printedName", command.printedName(), 200);
		validation.text("signature", command.signature(), 200);
		if (command.printedName() != null && command.signature() != null
				&& !command.signature().trim().equalsIgnoreCase(command.printedName().trim())) {
			validation.reject("signature", UserErrorCode.SIGNATURE_MISMATCH,
					"Type your printed name as your signature");
		}
		// an exception becomes a disclosure: its bound is the disclosure's
		validation.optionalText("exception", command.exception(), Disclosures.DESCRIPTION_LENGTH);
		Instant now = this.clock.instant();
		if (command.openedAt() == null || command.openedAt().isAfter(now)) {
			validation.reject("openedAt", UserErrorCode.INVALID, "When the text was opened, not in the future");
		}
		Optional<CodeLibrary.Shown> current = this.library.current(command.language());
		Optional<CodeVersion> version = Optional.ofNullable(command.versionId()).flatMap(this.library::find);
		if (version.isEmpty()) {
			validation.reject("versionId", UserErrorCode.NOT_FOUND, "No such version of the Code");
		}
		else if (current.isEmpty() || !current.get().version().id().equals(version.get().id())) {
			validation.reject("versionId", UserErrorCode.OUTDATED_VERSION, "Certify the current version of the Code");
		}
		String language = (command.language() != null) ? Locale.forLanguageTag(command.language()).getLanguage() : "";
		Optional<CodeLibrary.Shown> shown = current.filter((c) -> c.translation().language().equals(language));
		if (version.isPresent() && current.isPresent() && shown.isEmpty()) {
			validation.reject("language", UserErrorCode.NOT_FOUND, "The current Code has no text in that language");
		}
		if (shown.isPresent() && !shown.get().contentHash().equals(command.contentHash())) {
			validation.reject("contentHash", UserErrorCode.HASH_MISMATCH, "The text shown is not this version's text");
		}
		if (command.printedName() != null && !command.printedName().isBlank()) {
			if (self.isEmpty()) {
				validation.reject("printedName", UserErrorCode.PRINTED_NAME_MISMATCH,
						"You have no entry in the directory to certify under; ask your administrator");
			}
			else if (!PrintedNames.same(command.printedName(), self.get().displayName())) {
				validation.reject("printedName", UserErrorCode.PRINTED_NAME_MISMATCH,
						"Print your name as the directory has it: " + self.get().displayName());
			}
		}
		Optional<CertificationAssignment> assignment = assignmentToSettle(command.campaignId(), self, now, validation);
		Optional<CertificationCampaign> campaign = assignment.flatMap((a) -> this.campaigns.campaign(a.campaignId()));
		DisclosureRound.check(campaign, command.disclosures(), validation);
		String additionId = current.map(CodeLibrary.Shown::addition).map(CodeAddition::id).orElse(null);
		String scope = assignment.map(CertificationAssignment::id)
			.orElseGet(() -> Certification.voluntaryScope(command.versionId(), additionId));
		// outside a campaign, once a version; each campaign asks anew (the unique index
		// settles a race between two submissions)
		boolean earlier = version.isPresent()
				&& (assignment.isPresent() ? this.store.existsForScope(caller.getName(), scope)
						: this.store.existsForText(caller.getName(), version.get().id(), additionId));
		if (earlier) {
			validation.reject("versionId", UserErrorCode.ALREADY_CERTIFIED, "You already certified this version");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		boolean exception = command.exception() != null && !command.exception().isBlank();
		Certification certification = new Certification(UUID.randomUUID().toString(),
				new Certification.Text(version.get().id(), version.get().number(), additionId,
						current.map(CodeLibrary.Shown::addition).map(CodeAddition::number).orElse(null), language,
						shown.get().contentHash()),
				new Certification.Signer(caller.getName(), self.map(Person::id).orElse(null),
						caller.roles().contains(Role.CFO_CAO),
						self.map((person) -> person.type().isExecutiveOrDirector()).orElse(false)),
				new Certification.Signing(command.printedName().trim(), command.signature().trim(), command.openedAt(),
						now),
				new Certification.Settles(assignment.map(CertificationAssignment::campaignId).orElse(null), scope),
				new Certification.Result(
						exception ? Certification.Status.EXCEPTION_RAISED : Certification.Status.COMPLETED,
						exception ? command.exception().trim() : null, null, null));
		try {
			certification = this.store.insert(certification);
		}
		catch (DuplicateKeyException ex) {
			return Outcome.rejected("versionId", UserErrorCode.ALREADY_CERTIFIED, "You already certified this version");
		}
		String certificationId = certification.id();
		assignment.ifPresent((a) -> this.campaigns.complete(a.id(), certificationId,
				exception ? CertificationAssignment.Status.EXCEPTION_RAISED : CertificationAssignment.Status.COMPLETED,
				now));
		this.audit.record(exception ? "code.certify.exception" : "code.certify", "Certification", certification.id(),
				Map.of("version", String.valueOf(certification.versionNumber())));
		if (exception) {
			certification = openDisclosure(certification, self);
			tellReviewers(certification, self, campaign);
		}
		if (campaign.isPresent() && self.isPresent()) {
			this.disclosureRound.confirm(campaign.get(), self.get(), command.disclosures());
		}
		return Outcome.of(certification);
	}

	/**
	 * The assignment a certification settles: the campaign's if one is named, else the
	 * caller's soonest due. Outside any campaign, none.
	 */
	private Optional<CertificationAssignment> assignmentToSettle(String campaignId, Optional<Person> self, Instant now,
			Validation validation) {
		if (campaignId == null) {
			return self.flatMap((person) -> {
				List<CertificationAssignment> pending = this.campaigns.pendingOf(person.id());
				Map<String, CertificationCampaign> campaigns = this.campaigns
					.campaigns(pending.stream().map(CertificationAssignment::campaignId).distinct().toList());
				return pending.stream()
					.filter((a) -> campaigns.containsKey(a.campaignId()) && isOpen(campaigns.get(a.campaignId()), now))
					.findFirst();
			});
		}
		Optional<CertificationCampaign> campaign = this.campaigns.campaign(campaignId);
		if (campaign.isEmpty()) {
			validation.reject("campaignId", UserErrorCode.NOT_FOUND, "No such campaign");
			return Optional.empty();
		}
		if (!isOpen(campaign.get(), now)) {
			validation.reject("campaignId", UserErrorCode.CAMPAIGN_CLOSED, "The campaign has closed");
			return Optional.empty();
		}
		Optional<CertificationAssignment> assignment = self
			.flatMap((person) -> this.campaigns.assignment(CertificationAssignment.idOf(campaignId, person.id())));
		if (assignment.isEmpty()) {
			validation.reject("campaignId", UserErrorCode.NOT_ASSIGNED, "The campaign does not ask you to certify");
		}
		else if (!assignment.get().isPending()) {
			validation.reject("campaignId", UserErrorCode.ALREADY_CERTIFIED, "You already certified for this campaign");
		}
		return assignment;
	}

	private static boolean isOpen(CertificationCampaign campaign, Instant now) {
		return campaign.isOpen() && (campaign.closesAt() == null || now.isBefore(campaign.closesAt()));
	}

	/**
	 * Makes the exception a conflict-of-interest disclosure of the signer, which goes to
	 * their determiner as the Code names them (the Board for an executive officer or a
	 * director); someone without a directory entry has none to make.
	 */
	private Certification openDisclosure(Certification certification, Optional<Person> self) {
		if (self.isEmpty()) {
			return certification;
		}
		Outcome<Disclosure> opened = this.disclosures.openFromCertificationException(self.get().id(),
				certification.exception());
		if (!opened.isSuccess()) {
			// checked above as the disclosure checks it: not expected
			logger.warn("The exception of certification {} opened no disclosure: {}", certification.id(),
					opened.userErrors());
			return certification;
		}
		this.store.linkDisclosure(certification.id(), opened.value().id());
		return this.store.find(certification.id()).orElse(certification);
	}

	/**
	 * Tells the exception's reviewers, never the signer: the Board for an executive
	 * officer or a director; otherwise the CFO/CAO, or the Audit Committee when the
	 * signer is the only CFO/CAO.
	 */
	private void tellReviewers(Certification certification, Optional<Person> self,
			Optional<CertificationCampaign> campaign) {
		String signer = self.map(Person::displayName).orElse(certification.printedName());
		String campaignName = campaign.map(CertificationCampaign::name).orElse("v" + certification.versionNumber());
		ExceptionReviewer reviewer = ExceptionReviewer.toTell(certification);
		List<Person> recipients = this.people.holdersOf(reviewer.role())
			.stream()
			.filter((holder) -> !certification.subject().equals(holder.subject()))
			.toList();
		if (recipients.isEmpty() && reviewer == ExceptionReviewer.CFO_CAO) {
			recipients = this.people.holdersOf(Role.AUDIT_COMMITTEE);
		}
		for (Person recipient : recipients) {
			this.notifications.enqueue(new NotificationRequest("exception:" + certification.id() + "|" + recipient.id(),
					NotificationKind.CERTIFICATION_EXCEPTION,
					new NotificationRequest.Recipient(recipient.id(), recipient.email(), recipient.locale()),
					List.of(recipient.displayName(), signer, campaignName)));
		}
	}

	/**
	 * A page of the caller's own certifications, newest first; one more than the page.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Certification> own(Paging paging) {
		return this.store.bySigner(CurrentUser.required().getName(), paging.after(), paging.probe());
	}

	/** One of the caller's own certifications. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Certification> findOwn(String certificationId) {
		String subject = CurrentUser.required().getName();
		return this.store.find(certificationId).filter((c) -> c.subject().equals(subject));
	}

	/**
	 * What a person signs.
	 *
	 * @param versionId the version shown
	 * @param language the language shown
	 * @param contentHash the hash of the text shown
	 * @param openedAt when it was opened
	 * @param personId who certifies, if given: must be the caller
	 * @param receivedAndRead first statement
	 * @param understood second statement
	 * @param compliedAndWillComply third statement
	 * @param printedName the printed name
	 * @param signature the typed signature
	 * @param exception a disclosure instead of a plain certification
	 * @param campaignId the campaign answered, if named
	 * @param disclosures the annual campaign's statement on the signer's disclosures
	 */
	public record CertifyCommand(String versionId, String language, String contentHash, Instant openedAt,
			String personId, boolean receivedAndRead, boolean understood, boolean compliedAndWillComply,
			String printedName, String signature, String exception, String campaignId,
			DisclosureRound.Statement disclosures) {
	}

}
