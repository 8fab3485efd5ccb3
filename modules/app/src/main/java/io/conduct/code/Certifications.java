package io.conduct.code;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.conduct.people.PeopleDirectory;
import io.conduct.people.Person;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.mongo.TenantDatabaseSetup;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * People certify the current Code, bound to what they were shown. Certifying an outdated
 * version, twice, for someone else, or text other than the version's, gets a user error
 * and stores nothing. A certification with an exception raises it to the CFO/CAO instead
 * of completing silently.
 */
@Service
public class Certifications implements TenantDatabaseSetup {

	private final MongoTemplate tenantData;

	private final CodeLibrary library;

	private final PeopleDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	Certifications(MongoTemplate tenantData, CodeLibrary library, PeopleDirectory people, AuditTrail audit,
			Clock clock) {
		this.tenantData = tenantData;
		this.library = library;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	public void prepare(MongoOperations database) {
		database.indexOps(Certification.class)
			.createIndex(new Index().on("subject", Sort.Direction.ASC).on("versionId", Sort.Direction.ASC).unique());
		database.indexOps(Certification.class)
			.createIndex(new Index().on("status", Sort.Direction.ASC).on("certifiedAt", Sort.Direction.DESC));
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Outcome<Certification> certify(CertifyCommand command) {
		Validation validation = new Validation();
		var caller = CurrentUser.required();
		Optional<Person> self = this.people.findCaller();
		if (command.personId() != null && !self.map(Person::id).filter(command.personId()::equals).isPresent()) {
			validation.reject("personId", "FOR_SOMEONE_ELSE", "Each person certifies for themself");
		}
		if (!command.receivedAndRead() || !command.understood() || !command.compliedAndWillComply()) {
			validation.reject("statements", "REQUIRED", "All three statements must be affirmed");
		}
		validation.text("printedName", command.printedName(), 200);
		validation.text("signature", command.signature(), 200);
		if (command.printedName() != null && command.signature() != null
				&& !command.signature().trim().equalsIgnoreCase(command.printedName().trim())) {
			validation.reject("signature", "SIGNATURE_MISMATCH", "Type your printed name as your signature");
		}
		validation.optionalText("exception", command.exception(), 5_000);
		Instant now = this.clock.instant();
		if (command.openedAt() == null || command.openedAt().isAfter(now)) {
			validation.reject("openedAt", "INVALID", "When the text was opened, not in the future");
		}
		Optional<CodeLibrary.Shown> current = this.library.current(command.language());
		Optional<CodeVersion> version = Optional.ofNullable(command.versionId()).flatMap(this.library::find);
		if (version.isEmpty()) {
			validation.reject("versionId", "NOT_FOUND", "No such version of the Code");
		}
		else if (current.isEmpty() || !current.get().version().id().equals(version.get().id())) {
			validation.reject("versionId", "OUTDATED_VERSION", "Certify the current version of the Code");
		}
		String language = (command.language() != null) ? Locale.forLanguageTag(command.language()).getLanguage() : "";
		Optional<CodeVersion.Translation> shown = version.flatMap((v) -> v.in(language));
		if (version.isPresent() && shown.isEmpty()) {
			validation.reject("language", "NOT_FOUND", "The version has no text in that language");
		}
		if (shown.isPresent() && !shown.get().contentHash().equals(command.contentHash())) {
			validation.reject("contentHash", "HASH_MISMATCH", "The text shown is not this version's text");
		}
		if (version.isPresent() && this.tenantData.exists(
				Query.query(Criteria.where("subject").is(caller.getName()).and("versionId").is(version.get().id())),
				Certification.class)) {
			// the unique index settles a race between two submissions
			validation.reject("versionId", "ALREADY_CERTIFIED", "You already certified this version");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		boolean exception = command.exception() != null && !command.exception().isBlank();
		Certification certification = new Certification(UUID.randomUUID().toString(), version.get().id(),
				version.get().number(), language, shown.get().contentHash(), caller.getName(),
				self.map(Person::id).orElse(null), command.printedName().trim(), command.signature().trim(),
				command.openedAt(), now, exception ? command.exception().trim() : null,
				exception ? Certification.Status.EXCEPTION_RAISED : Certification.Status.COMPLETED);
		try {
			certification = this.tenantData.insert(certification);
		}
		catch (DuplicateKeyException ex) {
			return Outcome.rejected("versionId", "ALREADY_CERTIFIED", "You already certified this version");
		}
		this.audit.record(exception ? "code.certify.exception" : "code.certify", "Certification", certification.id(),
				Map.of("version", String.valueOf(certification.versionNumber())));
		return Outcome.of(certification);
	}

	/** The caller's own certifications, newest first. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<Certification> own() {
		return this.tenantData.find(Query.query(Criteria.where("subject").is(CurrentUser.required().getName()))
			.with(Sort.by(Sort.Direction.DESC, "certifiedAt")), Certification.class);
	}

	/** Certifications with an exception, the CFO/CAO's matters to look into. */
	@PreAuthorize("hasRole('CFO_CAO')")
	public List<Certification> exceptions() {
		return this.tenantData.find(Query.query(Criteria.where("status").is(Certification.Status.EXCEPTION_RAISED))
			.with(Sort.by(Sort.Direction.DESC, "certifiedAt"))
			.limit(500), Certification.class);
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
	 */
	public record CertifyCommand(String versionId, String language, String contentHash, Instant openedAt,
			String personId, boolean receivedAndRead, boolean understood, boolean compliedAndWillComply,
			String printedName, String signature, String exception) {
	}

}
