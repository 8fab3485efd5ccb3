package io.conduct.waivers;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.conduct.code.CodeVersion;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.security.Authorities;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Which sections of the group's Code admit an exception ("some of the policies ... must
 * be strictly adhered to and no exceptions can be allowed"): the group's CFO/CAO marks a
 * section of a version as not waivable, with the reason, and a request against it is
 * refused with that reason. The mark decides for its version and the later ones, on the
 * section with the same key in any translation, until a later mark changes it; an
 * unmarked section is waivable.
 */
@Service
class SectionWaivability {

	static final int MAX_REASON = 2_000;

	static final int MAX_KEY = 200;

	private final MongoTemplate control;

	private final CodeSections sections;

	private final AuditTrail audit;

	private final Clock clock;

	SectionWaivability(@Qualifier(MongoConfiguration.CONTROL) MongoTemplate control, CodeSections sections,
			AuditTrail audit, Clock clock) {
		this.control = control;
		this.sections = sections;
		this.audit = audit;
		this.clock = clock;
		control.indexOps(SectionMark.class)
			.createIndex(new Index().on("groupKey", Sort.Direction.ASC)
				.on("sectionKeys", Sort.Direction.ASC)
				.on("versionNumber", Sort.Direction.DESC));
	}

	/** The mark that decides for a section of a version, if any. */
	Optional<SectionMark> markFor(CodeVersion version, CodeSections.Located section) {
		return marksUpTo(version, section.keys()).stream().findFirst();
	}

	/** Every section of a version of the current tenant's group, as marked. */
	@PreAuthorize(Authorities.ANY_ROLE)
	public Optional<List<View>> of(String codeVersionId, String language) {
		Optional<CodeVersion> version = (codeVersionId != null) ? this.sections.version(codeVersionId)
				: this.sections.inForce();
		return version.map((v) -> views(v, language));
	}

	/**
	 * Marks a section of a version of the group's Code (the group's top company's
	 * CFO/CAO). Refused, with nothing stored: a subsidiary's CFO/CAO, an unknown version
	 * or section, no reason for a section that admits no exception.
	 */
	@PreAuthorize("hasRole('CFO_CAO')")
	public Outcome<List<View>> set(String codeVersionId, String sectionKey, Boolean waivable, String reason,
			String language) {
		Tenant tenant = TenantContext.required();
		Validation validation = new Validation();
		if (tenant.parentKey() != null) {
			validation.reject("", UserErrorCode.NOT_GROUP, "Only the group's top company marks sections of the Code");
		}
		Optional<CodeVersion> version = this.sections.version(codeVersionId);
		if (version.isEmpty()) {
			validation.reject("codeVersionId", UserErrorCode.NOT_FOUND, "No such version of the group's Code");
		}
		Optional<CodeSections.Located> section = Optional.empty();
		if (validation.text("sectionKey", sectionKey, MAX_KEY) && version.isPresent()) {
			section = CodeSections.locate(version.get(), sectionKey.strip(), language);
			if (section.isEmpty()) {
				validation.reject("sectionKey", UserErrorCode.NOT_FOUND,
						"No section " + sectionKey.strip() + " in version " + version.get().number());
			}
		}
		if (waivable == null) {
			validation.reject("waivable", UserErrorCode.REQUIRED, "Required");
		}
		else if (!waivable) {
			validation.text("reason", reason, MAX_REASON);
		}
		else {
			validation.optionalText("reason", reason, MAX_REASON);
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		CodeVersion v = version.get();
		CodeSections.Located s = section.get();
		Instant now = this.clock.instant();
		String by = CurrentUser.required().getName();
		this.control
			.save(new SectionMark(v.groupKey() + ":" + v.number() + ":" + s.index(), v.groupKey(), v.id(), v.number(),
					s.index(), s.keys(), s.heading(), waivable, (reason != null) ? reason.strip() : null, now, by));
		this.audit.record("waiver.section.mark", "CodeVersion", v.id(),
				Map.of("section", s.heading(), "waivable", String.valueOf(waivable)));
		return Outcome.of(views(v, language));
	}

	private List<View> views(CodeVersion version, String language) {
		List<CodeSections.Located> all = CodeSections.all(version, language);
		List<SectionMark> marks = marksUpTo(version, all.stream().flatMap((s) -> s.keys().stream()).toList());
		return all.stream().map((s) -> {
			Optional<SectionMark> mark = marks.stream()
				.filter((m) -> m.sectionKeys().stream().anyMatch(s.keys()::contains))
				.findFirst();
			return new View(s.key(), s.heading(), s.index(), mark.map(SectionMark::waivable).orElse(true),
					mark.filter((m) -> !m.waivable()).map(SectionMark::reason).orElse(null),
					mark.map(SectionMark::versionNumber).orElse(null), mark.map(SectionMark::markedAt).orElse(null));
		}).toList();
	}

	/**
	 * The marks at or before the version on sections with any of the keys, latest first.
	 */
	private List<SectionMark> marksUpTo(CodeVersion version, Collection<String> keys) {
		if (keys.isEmpty()) {
			return List.of();
		}
		return this.control.find(
				Query
					.query(Criteria.where("groupKey")
						.is(version.groupKey())
						.and("sectionKeys")
						.in(keys)
						.and("versionNumber")
						.lte(version.number()))
					.with(Sort.by(Sort.Direction.DESC, "versionNumber")),
				SectionMark.class);
	}

	/**
	 * A section as marked, as clients see it.
	 *
	 * @param sectionKey its key in the reader's language
	 * @param heading its heading
	 * @param index its position
	 * @param waivable whether an exception may be asked for
	 * @param reason why not
	 * @param markedInVersion the version of the deciding mark
	 * @param markedAt when it was marked
	 */
	record View(String sectionKey, String heading, int index, boolean waivable, String reason, Integer markedInVersion,
			Instant markedAt) {
	}

}
