package io.conduct.code;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.errors.ConductException;
import io.conduct.platform.graphql.Cursors;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;
import io.conduct.platform.graphql.UserErrorCode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The group's Code: its versions, each with translations. The current version is the
 * newest in effect, shown in the reader's language, else the tenant's, else English.
 * Amendments are published by the CFO/CAO or a tenant administrator of the group's top
 * tenant.
 */
@Service
public class CodeLibrary {

	/** Who amends the Code: the CFO/CAO, the Code's compliance officer, or the Board. */
	static final String AMENDERS = "hasAnyRole('CFO_CAO', 'BOARD')";

	static final String FALLBACK_LANGUAGE = "en";

	private final MongoTemplate control;

	private final TenantRegistry tenants;

	private final AuditTrail audit;

	private final Clock clock;

	private final ObjectProvider<AmendmentApproval> approval;

	CodeLibrary(@Qualifier(MongoConfiguration.CONTROL) MongoTemplate control, TenantRegistry tenants, AuditTrail audit,
			Clock clock, ObjectProvider<AmendmentApproval> approval) {
		this.control = control;
		this.tenants = tenants;
		this.audit = audit;
		this.clock = clock;
		this.approval = approval;
		control.indexOps(CodeVersion.class)
			.createIndex(new Index().on("groupKey", Sort.Direction.ASC).on("number", Sort.Direction.DESC).unique());
		control.indexOps(CodeAddition.class)
			.createIndex(new Index().on("tenantKey", Sort.Direction.ASC).on("number", Sort.Direction.DESC).unique());
	}

	/**
	 * The version in effect for the current tenant and the translation to show, with the
	 * tenant's additions in effect, if any.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Shown> current(String language) {
		Tenant tenant = TenantContext.required();
		LocalDate today = LocalDate.now(this.clock.withZone(tenant.zoneId()));
		Optional<CodeAddition> addition = additions(tenant.key()).stream()
			.filter((a) -> !a.effectiveDate().isAfter(today))
			.findFirst();
		return inEffect(groupOf(tenant), today).flatMap(
				(v) -> translation(v.translations(), language, tenant).map((t) -> new Shown(v, t, addition.orElse(null),
						addition.flatMap((a) -> translation(a.translations(), t.language(), tenant)).orElse(null))));
	}

	/**
	 * A version as the group published it (without any tenant's additions), in the
	 * language asked for, else the tenant's, else English: earlier versions stay
	 * readable.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Shown asPublished(CodeVersion version, String language) {
		Tenant tenant = TenantContext.required();
		if (!version.groupKey().equals(groupOf(tenant))) {
			throw ConductException.notFound("Code version");
		}
		return new Shown(version, translation(version.translations(), language, tenant).orElseThrow(), null, null);
	}

	/**
	 * A page of the current tenant's additions, newest first; one more than the page, to
	 * tell whether another follows.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<CodeAddition> additions(Paging paging) {
		return page(Criteria.where("tenantKey").is(TenantContext.required().key()), paging, CodeAddition.class);
	}

	/** One of the current tenant's additions. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<CodeAddition> findAddition(String additionId) {
		String tenantKey = TenantContext.required().key();
		return Optional.ofNullable(this.control.findById(additionId, CodeAddition.class))
			.filter((a) -> a.tenantKey().equals(tenantKey));
	}

	/** The cursor of a version or an addition in the newest-first order of a page. */
	public static String cursorOf(int number, String id) {
		return Cursors.encode(String.format("%09d", number), id);
	}

	/**
	 * Publishes a new version of the current tenant's additions to the group's Code: the
	 * CFO/CAO or the Board (a tenant administrator administers people and settings, not
	 * the Code's content).
	 */
	@PreAuthorize(AMENDERS)
	public Outcome<CodeAddition> publishAddition(LocalDate effectiveDate, String changeSummary,
			List<CodeVersion.Translation> translations) {
		Tenant tenant = TenantContext.required();
		Validation validation = validateAmendment(effectiveDate, changeSummary, translations);
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		int number = additions(tenant.key()).stream().findFirst().map(CodeAddition::number).orElse(0) + 1;
		try {
			CodeAddition addition = this.control.insert(new CodeAddition(tenant.key() + "-a" + number, tenant.key(),
					number, effectiveDate, changeSummary.trim(), normalized(translations), this.clock.instant(),
					CurrentUser.required().getName()));
			this.audit.record("code.addition.publish", "CodeAddition", addition.id(), java.util.Map.of());
			return Outcome.of(addition);
		}
		catch (DuplicateKeyException ex) {
			return Outcome.rejected("", UserErrorCode.CONFLICT,
					"Another version was published at the same time; try again");
		}
	}

	/**
	 * A page of the group's versions, newest first; one more than the page, to tell
	 * whether another follows.
	 */
	@PreAuthorize(Authorities.ANY_ROLE)
	public List<CodeVersion> versions(Paging paging) {
		return page(Criteria.where("groupKey").is(groupOf(TenantContext.required())), paging, CodeVersion.class);
	}

	private <T> List<T> page(Criteria owner, Paging paging, Class<T> type) {
		Criteria criteria = owner;
		if (paging.after() != null) {
			criteria = criteria.and("number").lt(numberOf(paging.after()));
		}
		return this.control
			.find(Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "number")).limit(paging.probe()), type);
	}

	private static int numberOf(Cursors.Position position) {
		try {
			return Integer.parseInt(position.sortKey());
		}
		catch (NumberFormatException ex) {
			throw ConductException.badRequest("Invalid cursor");
		}
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<CodeVersion> find(String versionId) {
		String group = groupOf(TenantContext.required());
		return Optional.ofNullable(this.control.findById(versionId, CodeVersion.class))
			.filter((v) -> v.groupKey().equals(group));
	}

	/**
	 * Publishes an amendment: a new version, from its effective date; the CFO/CAO or the
	 * Board of the group's top company. A change to sections that apply to executive
	 * officers or directors is made only by the Board: it is refused without the Board's
	 * resolution, which the version records and whose disclosure then begins.
	 */
	@PreAuthorize(AMENDERS)
	public Outcome<CodeVersion> publish(LocalDate effectiveDate, String changeSummary,
			List<CodeVersion.Translation> translations, AmendmentApproval.ResolutionInput resolution) {
		Tenant tenant = TenantContext.required();
		Validation validation = validateAmendment(effectiveDate, changeSummary, translations);
		if (tenant.parentKey() != null) {
			validation.reject("", UserErrorCode.NOT_GROUP, "The Code is amended by the group's top company");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		List<CodeVersion.Translation> text = normalized(translations);
		List<String> touched = ExecutiveSections.touched(latest(tenant.key()), text);
		CodeVersion.BoardResolution recorded = null;
		AmendmentApproval approval = this.approval.getIfAvailable();
		if (!touched.isEmpty() && resolution == null) {
			validation.reject("boardResolution", UserErrorCode.BOARD_RESOLUTION_REQUIRED,
					"Only the Board changes sections that apply to executive officers or directors ("
							+ String.join(", ", touched) + "): give its resolution");
		}
		else if (resolution != null && approval == null) {
			validation.reject("boardResolution", UserErrorCode.NOT_CONFIGURED, "Board resolutions cannot be checked");
		}
		else if (resolution != null) {
			recorded = approval.check(validation, "boardResolution", resolution, touched);
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Outcome<CodeVersion> published = insert(tenant.key(), effectiveDate, changeSummary.trim(), text,
				CurrentUser.required().getName(), recorded);
		if (published.isSuccess() && recorded != null) {
			approval.published(published.value());
		}
		return published;
	}

	private static Validation validateAmendment(LocalDate effectiveDate, String changeSummary,
			List<CodeVersion.Translation> translations) {
		Validation validation = new Validation();
		if (effectiveDate == null) {
			validation.reject("effectiveDate", UserErrorCode.REQUIRED, "Required");
		}
		validation.text("changeSummary", changeSummary, 2_000);
		if (translations.isEmpty()) {
			validation.reject("translations", UserErrorCode.REQUIRED, "At least one language");
		}
		validation.maxItems("translations", translations, 40);
		for (int i = 0; i < translations.size() && i < 40; i++) {
			CodeVersion.Translation t = translations.get(i);
			validation.locale("translations." + i + ".language", t.language());
			validation.text("translations." + i + ".title", t.title(), 200);
			if (t.sections().isEmpty() || t.sections().size() > 100) {
				validation.reject("translations." + i + ".sections", UserErrorCode.INVALID, "1 to 100 sections");
			}
			for (int j = 0; j < t.sections().size() && j < 100; j++) {
				validation.text("translations." + i + ".sections." + j + ".heading", t.sections().get(j).heading(),
						200);
				validation.text("translations." + i + ".sections." + j + ".body", t.sections().get(j).body(), 50_000);
			}
		}
		return validation;
	}

	private static List<CodeVersion.Translation> normalized(List<CodeVersion.Translation> translations) {
		return translations.stream()
			.map((t) -> CodeText.withHash(Locale.forLanguageTag(t.language()).getLanguage(), t.title().trim(),
					t.sections()
						.stream()
						.map((s) -> new CodeVersion.Section(CodeText.keyOf(s.heading()), s.heading().trim(),
								s.body().strip(), s.appliesToExecutiveOfficersOrDirectors()))
						.toList()))
			.toList();
	}

	private List<CodeAddition> additions(String tenantKey) {
		return this.control.find(
				Query.query(Criteria.where("tenantKey").is(tenantKey)).with(Sort.by(Sort.Direction.DESC, "number")),
				CodeAddition.class);
	}

	/** The group's first version from the Code's text, if it has none yet (demo data). */
	public void seedIfMissing(String groupKey, String language, String text) {
		if (latest(groupKey).isEmpty()) {
			insert(groupKey, LocalDate.of(2020, 1, 1), "First version", List.of(CodeText.parse(language, text)),
					"system", null);
		}
	}

	private Outcome<CodeVersion> insert(String groupKey, LocalDate effectiveDate, String changeSummary,
			List<CodeVersion.Translation> translations, String by, CodeVersion.BoardResolution resolution) {
		int number = latest(groupKey).map(CodeVersion::number).orElse(0) + 1;
		try {
			CodeVersion version = this.control.insert(new CodeVersion(groupKey + "-v" + number, groupKey, number,
					effectiveDate, changeSummary, translations, this.clock.instant(), by, resolution));
			this.audit.recordPlatform("code.publish", "CodeVersion", version.id(), java.util.Map.of());
			return Outcome.of(version);
		}
		catch (DuplicateKeyException ex) {
			return Outcome.rejected("", UserErrorCode.CONFLICT,
					"Another version was published at the same time; try again");
		}
	}

	private Optional<CodeVersion> latest(String groupKey) {
		return Optional.ofNullable(this.control.findOne(
				Query.query(Criteria.where("groupKey").is(groupKey)).with(Sort.by(Sort.Direction.DESC, "number")),
				CodeVersion.class));
	}

	/** The newest version in effect on the day. */
	private Optional<CodeVersion> inEffect(String groupKey, LocalDate day) {
		return Optional.ofNullable(
				this.control.findOne(Query.query(Criteria.where("groupKey").is(groupKey).and("effectiveDate").lte(day))
					.with(Sort.by(Sort.Direction.DESC, "number")), CodeVersion.class));
	}

	/** The group's top tenant. */
	private String groupOf(Tenant tenant) {
		Tenant current = tenant;
		for (int depth = 0; current.parentKey() != null && depth < 16; depth++) {
			current = this.tenants.findByKey(current.parentKey()).orElse(current);
			if (current.parentKey() == null) {
				break;
			}
		}
		return current.key();
	}

	private static Optional<CodeVersion.Translation> translation(List<CodeVersion.Translation> translations,
			String language, Tenant tenant) {
		return java.util.stream.Stream.of(language, tenant.defaultLocale(), FALLBACK_LANGUAGE)
			.filter((l) -> l != null && !l.isBlank())
			.map((l) -> Locale.forLanguageTag(l).getLanguage())
			.flatMap((l) -> translations.stream().filter((t) -> t.language().equals(l)))
			.findFirst()
			.or(() -> translations.stream().min(Comparator.comparing(CodeVersion.Translation::language)));
	}

	/**
	 * The Code as shown to someone: the group's version in one language, followed by the
	 * tenant's additions in effect, if any.
	 *
	 * @param version the group's version
	 * @param translation its translation shown
	 * @param addition the tenant's additions in effect, or {@code null}
	 * @param additionText their text shown, or {@code null}
	 */
	public record Shown(CodeVersion version, CodeVersion.Translation translation, CodeAddition addition,
			CodeVersion.Translation additionText) {

		/** Every section shown, the group's first. */
		public List<CodeVersion.Section> sections() {
			if (this.additionText == null) {
				return this.translation.sections();
			}
			List<CodeVersion.Section> sections = new java.util.ArrayList<>(this.translation.sections());
			this.additionText.sections()
				.forEach(
						(s) -> sections.add(new CodeVersion.Section(ADDITION_PREFIX + s.key(), s.heading(), s.body())));
			return List.copyOf(sections);
		}

		/** SHA-256 of the exact text shown: the group's text alone keeps its own hash. */
		public String contentHash() {
			return (this.additionText != null) ? CodeText.hash(this.translation.title(), sections())
					: this.translation.contentHash();
		}

		/** The language shown. */
		public String language() {
			return this.translation.language();
		}

		/** The title shown. */
		public String title() {
			return this.translation.title();
		}

		/** Whether a section shown is one of the tenant's additions. */
		public static boolean isAddition(CodeVersion.Section section) {
			return section.key().startsWith(ADDITION_PREFIX);
		}

	}

	static final String ADDITION_PREFIX = "tenant-";

}
