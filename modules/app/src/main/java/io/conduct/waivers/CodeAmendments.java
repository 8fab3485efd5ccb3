package io.conduct.waivers;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.conduct.code.AmendmentApproval;
import io.conduct.code.CodeLibrary;
import io.conduct.code.CodeVersion;
import io.conduct.platform.graphql.Paging;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Validation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Amendments of the Code that apply to executive officers or directors are made only by
 * the Board and disclosed on the same clock as waivers: the Code asks this before it
 * publishes such an amendment (the resolution is checked as a waiver's is: its members
 * are the top company's Board, a committee only where allowed, a day the listing's
 * calendar can count from), and tells it after, when the amendment's disclosure clock
 * opens.
 */
@Component
class CodeAmendments implements AmendmentApproval {

	private static final Logger logger = LoggerFactory.getLogger(CodeAmendments.class);

	private final BoardResolutions resolutions;

	private final WaiverSettingsService settings;

	private final DisclosureDeadlines deadlines;

	private final PublicDisclosures disclosures;

	private final CodeLibrary library;

	private final Clock clock;

	CodeAmendments(BoardResolutions resolutions, WaiverSettingsService settings, DisclosureDeadlines deadlines,
			PublicDisclosures disclosures, CodeLibrary library, Clock clock) {
		this.resolutions = resolutions;
		this.settings = settings;
		this.deadlines = deadlines;
		this.disclosures = disclosures;
		this.library = library;
		this.clock = clock;
	}

	@Override
	public CodeVersion.BoardResolution check(Validation validation, String field, ResolutionInput resolution,
			List<String> sections) {
		Tenant tenant = TenantContext.required();
		int before = validation.errors().size();
		WaiverRequest.Resolution record = this.resolutions.check(validation, field,
				new BoardResolutions.Input(resolution.resolutionDate(), resolution.reference(),
						WaiverGraphQl.localIds(resolution.memberIds(), WaiverGraphQl.PERSON),
						WaiverGraphQl.localIds(resolution.declaredRecusalIds(), WaiverGraphQl.PERSON),
						resolution.committeeName()),
				null, this.settings.currentForSystem(), LocalDate.now(this.clock.withZone(tenant.zoneId())), null);
		if (record != null && !sections.isEmpty()) {
			this.deadlines.orReject(validation, field + ".resolutionDate", tenant, record.resolutionDate());
		}
		if (validation.errors().size() > before) {
			return null;
		}
		return new CodeVersion.BoardResolution(record.resolutionDate(), record.reference(), record.committeeName(),
				record.memberPersonIds(),
				record.recusals().stream().map(WaiverRequest.Recusal::memberPersonId).toList(), sections);
	}

	@Override
	public void published(CodeVersion version) {
		try {
			openClock(version);
		}
		catch (RuntimeException ex) {
			// the version is published; the next round opens its clock
			logger.warn("Disclosure clock of Code version {} not opened now; the next round will", version.id(), ex);
		}
	}

	/**
	 * Opens the clocks of the group's recent amendments that need one and have none, e.g.
	 * after a cut-short publication; only in the group's top company. Runs as the system.
	 */
	int finishPendingClocks() {
		Tenant tenant = TenantContext.required();
		if (tenant.parentKey() != null) {
			return 0;
		}
		List<CodeVersion> amendments = this.library.versions(Paging.of(20, null))
			.stream()
			.filter(CodeAmendments::isDisclosed)
			.toList();
		Set<String> open = this.disclosures.findAll(amendments.stream().map(CodeAmendments::clockIdOf).toList())
			.keySet();
		int opened = 0;
		for (CodeVersion version : amendments) {
			if (!open.contains(clockIdOf(version))) {
				published(version);
				opened++;
			}
		}
		return opened;
	}

	private void openClock(CodeVersion version) {
		if (!isDisclosed(version)) {
			return;
		}
		Tenant tenant = TenantContext.required();
		CodeVersion.BoardResolution resolution = version.boardResolution();
		this.disclosures.open(PublicDisclosureClock.open(clockIdOf(version),
				PublicDisclosureClock.Subject.CODE_AMENDMENT, null, null, version.id(), null,
				"the amendment of the Code, version " + version.number() + " ("
						+ resolution.sections().stream().collect(Collectors.joining(", ")) + ")",
				this.deadlines.compute(tenant, resolution.resolutionDate()), this.clock.instant()));
	}

	/**
	 * Whether a version is an amendment that applies to executive officers or directors.
	 */
	private static boolean isDisclosed(CodeVersion version) {
		return version.boardResolution() != null && !version.boardResolution().sections().isEmpty();
	}

	private static String clockIdOf(CodeVersion version) {
		return "amendment-" + version.id();
	}

}
