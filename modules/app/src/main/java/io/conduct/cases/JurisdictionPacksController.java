package io.conduct.cases;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.conduct.platform.security.Authorities;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;

/**
 * The jurisdiction packs that apply to the caller's tenant, as data a compliance officer
 * reads to see why a deadline or a retention period is what it is.
 */
@Controller
class JurisdictionPacksController {

	private final JurisdictionPacks packs;

	private final RetentionSchedules schedules;

	JurisdictionPacksController(JurisdictionPacks packs, RetentionSchedules schedules) {
		this.packs = packs;
		this.schedules = schedules;
	}

	@QueryMapping
	@PreAuthorize(Authorities.ANY_ROLE)
	List<PackView> jurisdictionPacks(@Argument Locale language) {
		Tenant tenant = TenantContext.required();
		Locale reader = (language != null) ? language : tenant.locale();
		return this.packs.dutiesFor(tenant.jurisdictions())
			.packs()
			.stream()
			.map((pack) -> PackView.of(pack, this.schedules.ofPack(pack.key()), reader))
			.toList();
	}

	/**
	 * A pack as served.
	 *
	 * @param key its key
	 * @param name its name
	 * @param source the law it comes from
	 * @param acknowledgement its acknowledgement deadline
	 * @param feedback its feedback deadline
	 * @param meeting its meeting deadline, if it sets one
	 * @param reporterProtection how long a reporter is protected, as an ISO-8601 period
	 * @param retention its retention schedules
	 * @param duties its other duties, in {@code dutiesLanguage}
	 * @param dutiesLanguage the language of the duties: the reader's where the data has
	 * it, else English
	 */
	record PackView(String key, String name, String source, JurisdictionPack.Deadline acknowledgement,
			JurisdictionPack.Deadline feedback, JurisdictionPack.Deadline meeting, String reporterProtection,
			List<ScheduleView> retention, List<String> duties, Locale dutiesLanguage) {

		static PackView of(JurisdictionPack pack, List<RetentionSchedule> schedules, Locale reader) {
			Map.Entry<Locale, List<String>> duties = pack.dutiesFor(reader);
			return new PackView(pack.key(), pack.name(), pack.source(), pack.acknowledgement(), pack.feedback(),
					pack.meeting(), pack.reporterProtection().toString(),
					schedules.stream().map(ScheduleView::of).toList(), duties.getValue(), duties.getKey());
		}

	}

	/**
	 * A retention schedule of a pack.
	 *
	 * @param recordKind the kind of record
	 * @param from what the period runs from
	 * @param keep how long, as an ISO-8601 period
	 * @param kind a maximum or a minimum
	 * @param onlyIfNotInvestigated whether it applies only to cases not investigated
	 * @param source the law or rule
	 */
	record ScheduleView(io.conduct.platform.records.RecordKind recordKind, RetentionSchedule.From from, String keep,
			RetentionSchedule.Kind kind, boolean onlyIfNotInvestigated, String source) {

		static ScheduleView of(RetentionSchedule schedule) {
			return new ScheduleView(schedule.recordKind(), schedule.from(), schedule.keep().toString(), schedule.kind(),
					schedule.onlyIfNotInvestigated(), schedule.source());
		}

	}

}
