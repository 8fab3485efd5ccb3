package io.conduct.code;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

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

	static final String FALLBACK_LANGUAGE = "en";

	private final MongoTemplate control;

	private final TenantRegistry tenants;

	private final AuditTrail audit;

	private final Clock clock;

	CodeLibrary(@Qualifier(MongoConfiguration.CONTROL) MongoTemplate control, TenantRegistry tenants, AuditTrail audit,
			Clock clock) {
		this.control = control;
		this.tenants = tenants;
		this.audit = audit;
		this.clock = clock;
		control.indexOps(CodeVersion.class)
			.createIndex(new Index().on("groupKey", Sort.Direction.ASC).on("number", Sort.Direction.DESC).unique());
	}

	/** The version in effect for the current tenant, and the translation to show. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<Shown> current(String language) {
		Tenant tenant = TenantContext.required();
		LocalDate today = LocalDate.now(this.clock.withZone(tenant.zoneId()));
		return versions(groupOf(tenant)).stream()
			.filter((v) -> !v.effectiveDate().isAfter(today))
			.findFirst()
			.flatMap((v) -> translation(v, language, tenant).map((t) -> new Shown(v, t)));
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public List<CodeVersion> versions() {
		return versions(groupOf(TenantContext.required()));
	}

	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<CodeVersion> find(String versionId) {
		String group = groupOf(TenantContext.required());
		return Optional.ofNullable(this.control.findById(versionId, CodeVersion.class))
			.filter((v) -> v.groupKey().equals(group));
	}

	/** Publishes an amendment: a new version, from its effective date. */
	@PreAuthorize("hasAnyRole('CFO_CAO', 'TENANT_ADMIN')")
	public Outcome<CodeVersion> publish(LocalDate effectiveDate, String changeSummary,
			List<CodeVersion.Translation> translations) {
		Tenant tenant = TenantContext.required();
		Validation validation = new Validation();
		if (tenant.parentKey() != null) {
			validation.reject("", "NOT_GROUP", "The Code is amended by the group's top company");
		}
		if (effectiveDate == null) {
			validation.reject("effectiveDate", "REQUIRED", "Required");
		}
		validation.text("changeSummary", changeSummary, 2_000);
		if (translations.isEmpty()) {
			validation.reject("translations", "REQUIRED", "At least one language");
		}
		validation.maxItems("translations", translations, 40);
		for (int i = 0; i < translations.size() && i < 40; i++) {
			CodeVersion.Translation t = translations.get(i);
			validation.locale("translations." + i + ".language", t.language());
			validation.text("translations." + i + ".title", t.title(), 200);
			if (t.sections().isEmpty() || t.sections().size() > 100) {
				validation.reject("translations." + i + ".sections", "INVALID", "1 to 100 sections");
			}
			for (int j = 0; j < t.sections().size() && j < 100; j++) {
				validation.text("translations." + i + ".sections." + j + ".heading", t.sections().get(j).heading(),
						200);
				validation.text("translations." + i + ".sections." + j + ".body", t.sections().get(j).body(), 50_000);
			}
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		return insert(tenant.key(), effectiveDate, changeSummary.trim(), translations.stream()
			.map((t) -> CodeText.withHash(Locale.forLanguageTag(t.language()).getLanguage(), t.title().trim(), t
				.sections()
				.stream()
				.map((s) -> new CodeVersion.Section(CodeText.keyOf(s.heading()), s.heading().trim(), s.body().strip()))
				.toList()))
			.toList(), CurrentUser.required().getName());
	}

	/** The group's first version from the Code's text, if it has none yet (demo data). */
	public void seedIfMissing(String groupKey, String language, String text) {
		if (versions(groupKey).isEmpty()) {
			insert(groupKey, LocalDate.of(2020, 1, 1), "First version", List.of(CodeText.parse(language, text)),
					"system");
		}
	}

	private Outcome<CodeVersion> insert(String groupKey, LocalDate effectiveDate, String changeSummary,
			List<CodeVersion.Translation> translations, String by) {
		int number = versions(groupKey).stream().mapToInt(CodeVersion::number).max().orElse(0) + 1;
		try {
			CodeVersion version = this.control.insert(new CodeVersion(groupKey + "-v" + number, groupKey, number,
					effectiveDate, changeSummary, translations, this.clock.instant(), by));
			this.audit.recordPlatform("code.publish", "CodeVersion", version.id(), java.util.Map.of());
			return Outcome.of(version);
		}
		catch (DuplicateKeyException ex) {
			return Outcome.rejected("", "CONFLICT", "Another version was published at the same time; try again");
		}
	}

	private List<CodeVersion> versions(String groupKey) {
		return this.control.find(
				Query.query(Criteria.where("groupKey").is(groupKey)).with(Sort.by(Sort.Direction.DESC, "number")),
				CodeVersion.class);
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

	private static Optional<CodeVersion.Translation> translation(CodeVersion version, String language, Tenant tenant) {
		return java.util.stream.Stream.of(language, tenant.defaultLocale(), FALLBACK_LANGUAGE)
			.filter((l) -> l != null && !l.isBlank())
			.map((l) -> Locale.forLanguageTag(l).getLanguage())
			.map(version::in)
			.flatMap(Optional::stream)
			.findFirst()
			.or(() -> version.translations().stream().min(Comparator.comparing(CodeVersion.Translation::language)));
	}

	/**
	 * A version as shown to someone.
	 *
	 * @param version the version
	 * @param translation the translation shown
	 */
	public record Shown(CodeVersion version, CodeVersion.Translation translation) {
	}

}
