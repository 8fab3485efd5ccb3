package io.conduct.certifications;

import java.time.Clock;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.UserErrorCode;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.validation.Outcome;
import io.conduct.platform.validation.Validation;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A tenant's certification calendar and escalation ladder: the defaults until its CFO/CAO
 * or administrator changes them, checked as a whole (the CFO/CAO hears after the
 * supervisor, campaigns close only after the CFO/CAO heard).
 */
@Service
class CertificationCalendar {

	private final CampaignStore store;

	private final CertificationDefaults defaults;

	private final AuditTrail audit;

	private final Clock clock;

	CertificationCalendar(CampaignStore store, CertificationDefaults defaults, AuditTrail audit, Clock clock) {
		this.store = store;
		this.defaults = defaults;
		this.audit = audit;
		this.clock = clock;
	}

	/** The tenant's settings, or the defaults until its CFO/CAO changes them. */
	CertificationSettings settings() {
		return this.store.settings().orElseGet(this.defaults::settings);
	}

	@PreAuthorize(Campaigns.READERS)
	public CertificationSettings currentSettings() {
		return settings();
	}

	@PreAuthorize(Campaigns.RUNNERS)
	public Outcome<CertificationSettings> updateSettings(SettingsChanges changes) {
		Validation validation = new Validation();
		range(validation, "onHireDueDays", changes.onHireDueDays(), 1, 365);
		range(validation, "annualDueDays", changes.annualDueDays(), 1, 365);
		range(validation, "closeAfterDays", changes.closeAfterDays(), 0, 365);
		range(validation, "supervisorAfterDays", changes.supervisorAfterDays(), 0, 365);
		range(validation, "cfoCaoAfterDays", changes.cfoCaoAfterDays(), 0, 365);
		if (changes.supervisorAfterDays() > changes.cfoCaoAfterDays()) {
			validation.reject("cfoCaoAfterDays", UserErrorCode.INVALID,
					"The CFO/CAO is told after the supervisor, not before");
		}
		if (changes.closeAfterDays() <= changes.cfoCaoAfterDays()) {
			// a campaign that closed would stop the ladder before the CFO/CAO hears of it
			validation.reject("closeAfterDays", UserErrorCode.INVALID,
					"A campaign closes only after the CFO/CAO is told");
		}
		List<Integer> reminders = (changes.reminderDaysBefore() != null) ? changes.reminderDaysBefore() : List.of();
		if (reminders.size() > 5 || reminders.stream().anyMatch((d) -> d == null || d < 1 || d > 90)) {
			validation.reject("reminderDaysBefore", UserErrorCode.INVALID,
					"At most 5 reminders, each 1 to 90 days before");
		}
		try {
			MonthDay.parse("--" + changes.annualOpensOn());
		}
		catch (DateTimeParseException | NullPointerException ex) {
			validation.reject("annualOpensOn", UserErrorCode.INVALID, "A day of the year as MM-DD, e.g. 01-15");
		}
		if (validation.hasErrors()) {
			return Outcome.rejected(validation);
		}
		Instant now = this.clock.instant();
		CertificationSettings saved = this.store
			.save(new CertificationSettings(CertificationSettings.ID, changes.onHireDueDays(), changes.annualOpensOn(),
					changes.annualDueDays(), changes.closeAfterDays(), reminders, changes.supervisorAfterDays(),
					changes.cfoCaoAfterDays(), now, CurrentUser.required().getName()));
		this.store.rescheduleLadders(now);
		// open campaigns stay open until the CFO/CAO has been told under the new ladder
		ZoneId zone = TenantContext.required().zoneId();
		this.store.openCampaigns().stream().filter((c) -> c.dueAt() != null && c.closesAt() != null).forEach((c) -> {
			Instant earliest = c.dueAt().atZone(zone).plusDays(changes.cfoCaoAfterDays() + 1L).toInstant();
			if (c.closesAt().isBefore(earliest)) {
				this.store.postponeClosing(c.id(), earliest);
			}
		});
		this.audit.record("certification.settings.update", "CertificationSettings", CertificationSettings.ID, Map.of());
		return Outcome.of(saved);
	}

	private static void range(Validation validation, String field, int value, int min, int max) {
		if (value < min || value > max) {
			validation.reject(field, UserErrorCode.OUT_OF_RANGE, "From " + min + " to " + max);
		}
	}

	/**
	 * New certification settings.
	 *
	 * @param onHireDueDays days after the first day of work
	 * @param annualOpensOn the annual campaign's day, MM-DD
	 * @param annualDueDays days after opening
	 * @param closeAfterDays days after the due date that a campaign closes
	 * @param reminderDaysBefore reminders, days before the due date
	 * @param supervisorAfterDays days overdue before the supervisor is told
	 * @param cfoCaoAfterDays days overdue before the CFO/CAO is told
	 */
	record SettingsChanges(int onHireDueDays, String annualOpensOn, int annualDueDays, int closeAfterDays,
			List<Integer> reminderDaysBefore, int supervisorAfterDays, int cfoCaoAfterDays) {
	}

}
