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
import io.conduct.notifications.NotificationRequest;
import io.conduct.notifications.Notifications;
import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * People certify the current Code, bound to what they were shown, and so settle what a
 * campaign asked of them. Certifying an outdated version, twice, for someone else, after
 * the campaign closed, or text other than the version's, gets a user error and stores
 * nothing. A certification with an exception raises it to the CFO/CAO instead of
 * completing silently.
 */
@Service
public class Certifications implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	private final CodeLibrary library;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	private final CampaignStore campaigns;

	private final Notifications notifications;

	Certifications(MongoTemplate tenantData, CodeLibrary library, PeopleDirectory people, AuditTrail audit, Clock clock,
			CampaignStore campaigns, Notifications notifications) {
		this.campaigns = campaigns;
		this.notifications = notifications;
		this.tenantData = tenantData;
		this.library = library;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void prepare(MongoOperations database) {
		var indexes = database.indexOps(Certification.class);
		// a certification settles one assignment, or a version outside any campaign
		boolean legacy = indexes.getIndexInfo()
			.stream()
			.anyMatch((index) -> index.getName().equals("subject_1_versionId_1") && index.isUnique());
		if (legacy) {
			// once, for data written before campaigns: the old unique index goes, and
			// each
			// certification gets the scope it settled
			indexes.dropIndex("subject_1_versionId_1");
			database.find(Query.query(Criteria.where("scope").exists(false)), Certification.class)
				.forEach((old) -> database.updateFirst(Query.query(Criteria.where("_id").is(old.id())),
						Update.update("scope", Certification.voluntaryScope(old.versionId(), null)),
						Certification.class));
		}
		indexes.createIndex(new Index().on("subject", Sort.Direction.ASC).on("scope", Sort.Direction.ASC).unique());
		indexes.createIndex(new Index().on("subject", Sort.Direction.ASC).on("certifiedAt", Sort.Direction.DESC));
		indexes.createIndex(new Index().on("subject", Sort.Direction.ASC).on("versionId", Sort.Direction.ASC));
		indexes.createIndex(new Index().on("status", Sort.Direction.ASC)
			.on("certifiedAt", Sort.Direction.DESC)
			.on("_id", Sort.Direction.DESC));
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
		validation.optionalText("exception", command.exception(), 5_000);
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
		Optional<CertificationAssignment> assignment = assignmentToSettle(command.campaignId(), self, now, validation);
		String additionId = current.map(CodeLibrary.Shown::addition).map(CodeAddition::id).orElse(null);
		String scope = assignment.map(CertificationAssignment::id)
			.orElseGet(() -> Certification.voluntaryScope(command.versionId(), additionId));
		// outside a campaign, once a version; each campaign asks anew (the unique index
		// settles a race between two submissions)
		Criteria earlier = assignment.isPresent()
				? Criteria.where("subject").is(caller.getName()).and("scope").is(scope)
				: Criteria.where("subject")
					.is(caller.getName())
					.and("versionId")
					.is(command.versionId())
					.and("additionId")
					.is(additionId);
		if (version.isPresent() && this.tenantData.exists(Query.query(earlier), Certification.class)) {
			validation.reject("versionId", UserErrorCode.ALREADY_CERTIFIED, "You already certified this version");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		boolean exception = command.exception() != null && !command.exception().isBlank();
		Certification certification = new Certification(UUID.randomUUID().toString(), version.get().id(),
				version.get().number(), language, shown.get().contentHash(), caller.getName(),
				self.map(Person::id).orElse(null), command.printedName().trim(), command.signature().trim(),
				command.openedAt(), now, exception ? command.exception().trim() : null,
				exception ? Certification.Status.EXCEPTION_RAISED : Certification.Status.COMPLETED,
				assignment.map(CertificationAssignment::campaignId).orElse(null), scope, null, additionId,
				current.map(CodeLibrary.Shown::addition).map(CodeAddition::number).orElse(null),
				caller.roles().contains(Role.CFO_CAO));
		try {
			certification = this.tenantData.insert(certification);
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
			tellCfoCaos(certification, self, assignment);
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
	 * Tells the CFO/CAO of an exception; when the signer is the only CFO/CAO, the Audit
	 * Committee instead.
	 */
	private void tellCfoCaos(Certification certification, Optional<Person> self,
			Optional<CertificationAssignment> assignment) {
		String signer = self.map(Person::displayName).orElse(certification.printedName());
		String campaign = assignment.flatMap((a) -> this.campaigns.campaign(a.campaignId()))
			.map(CertificationCampaign::name)
			.orElse("v" + certification.versionNumber());
		List<Person> recipients = this.people.holdersOf(Role.CFO_CAO)
			.stream()
			.filter((cfo) -> !certification.subject().equals(cfo.subject()))
			.toList();
		if (recipients.isEmpty()) {
			recipients = this.people.holdersOf(Role.AUDIT_COMMITTEE);
		}
		for (Person recipient : recipients) {
			this.notifications.enqueue(new NotificationRequest("exception:" + certification.id() + "|" + recipient.id(),
					"certification.exception",
					new NotificationRequest.Recipient(recipient.id(), recipient.email(), recipient.locale()),
					List.of(recipient.displayName(), signer, campaign)));
		}
	}

	/**
	 * The CFO/CAO clears an exception or refers it for investigation; the Audit Committee
	 * does when the CFO/CAO raised it. Nobody resolves their own.
	 */
	@PreAuthorize("hasAnyRole('CFO_CAO', 'AUDIT_COMMITTEE')")
	public Outcome<Certification> resolveException(String certificationId, Certification.Resolution.Outcome outcome,
			String note) {
		Validation validation = new Validation();
		validation.text("note", note, 5_000);
		if (outcome == null) {
			validation.reject("outcome", UserErrorCode.REQUIRED, "Required");
		}
		Optional<Certification> found = Optional.ofNullable(certificationId)
			.map((id) -> this.tenantData.findById(id, Certification.class));
		if (found.isEmpty() || found.get().status() != Certification.Status.EXCEPTION_RAISED) {
			validation.reject("certificationId", UserErrorCode.NOT_FOUND,
					"No certification with an exception by that id");
		}
		else if (found.get().resolution() != null) {
			validation.reject("certificationId", UserErrorCode.RESOLVED, "Already resolved");
		}
		else if (!isCfoCao() && !found.get().byCfoCao()) {
			validation.reject("certificationId", UserErrorCode.NOT_FOUND,
					"No certification with an exception by that id");
		}
		else if (found.get().subject().equals(CurrentUser.required().getName())) {
			validation.reject("certificationId", UserErrorCode.OWN_EXCEPTION,
					"Your own exception is resolved by another CFO/CAO or the Audit Committee");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		var resolution = new Certification.Resolution(outcome, note.trim(), CurrentUser.required().getName(),
				this.clock.instant());
		Certification updated = this.tenantData.findAndModify(
				Query.query(Criteria.where("_id").is(certificationId).and("resolution").is(null)),
				Update.update("resolution", resolution), FindAndModifyOptions.options().returnNew(true),
				Certification.class);
		if (updated == null) {
			return Outcome.rejected("certificationId", UserErrorCode.RESOLVED, "Already resolved");
		}
		this.audit.record("code.certify.exception.resolve", "Certification", certificationId,
				Map.of("outcome", outcome.name()));
		return Outcome.of(updated);
	}

	/** The caller's own certifications, newest first. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Certification> own() {
		return this.tenantData.find(Query.query(Criteria.where("subject").is(CurrentUser.required().getName()))
			.with(Sort.by(Sort.Direction.DESC, "certifiedAt")), Certification.class);
	}

	/**
	 * Certifications with an exception, the CFO/CAO's matters to look into (and the Audit
	 * Committee's, for the CFO/CAO's own).
	 */
	@PreAuthorize("hasAnyRole('CFO_CAO', 'AUDIT_COMMITTEE')")
	public ExceptionPage exceptions(boolean unresolvedOnly, int first, String after) {
		int size = Math.max(1, Math.min(first, 100));
		Criteria criteria = Criteria.where("status").is(Certification.Status.EXCEPTION_RAISED);
		if (!isCfoCao()) {
			// the Audit Committee looks into the CFO/CAO's own exceptions only
			criteria = criteria.and("byCfoCao").is(true);
		}
		if (unresolvedOnly) {
			criteria = criteria.and("resolution").is(null);
		}
		Cursors.Position position = Cursors.decode(after);
		if (position != null) {
			Instant at = position.instant();
			criteria = criteria.orOperator(Criteria.where("certifiedAt").lt(at),
					Criteria.where("certifiedAt").is(at).and("_id").lt(position.id()));
		}
		List<Certification> found = this.tenantData.find(
				Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "certifiedAt", "_id")).limit(size + 1),
				Certification.class);
		boolean hasNext = found.size() > size;
		List<Certification> page = hasNext ? found.subList(0, size) : found;
		// the disclosures are sensitive: who read which is recorded
		page.forEach((c) -> this.audit.record("code.certify.exception.read", "Certification", c.id(), Map.of()));
		return new ExceptionPage(page, hasNext, after != null);
	}

	private static boolean isCfoCao() {
		return CurrentUser.required().roles().contains(Role.CFO_CAO);
	}

	/**
	 * A page of certifications with an exception, newest first.
	 *
	 * @param certifications the page
	 * @param hasNextPage whether more follow
	 * @param hasPreviousPage whether it started after a cursor
	 */
	public record ExceptionPage(List<Certification> certifications, boolean hasNextPage, boolean hasPreviousPage) {

		public List<String> cursors() {
			return this.certifications.stream().map((c) -> Cursors.encode(c.certifiedAt(), c.id())).toList();
		}

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
	 */
	public record CertifyCommand(String versionId, String language, String contentHash, Instant openedAt,
			String personId, boolean receivedAndRead, boolean understood, boolean compliedAndWillComply,
			String printedName, String signature, String exception, String campaignId) {
	}

}
