package io.conduct.certifications;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tenant's certification calendar and ladder. Days are counted in the tenant's zone.
 *
 * @param id always {@code current}
 * @param onHireDueDays days after the first day of work to certify
 * @param annualOpensOn the day the annual campaign opens each year ({@code MM-DD})
 * @param annualDueDays days after opening that the annual campaign is due
 * @param closeAfterDays days after an annual or ad hoc campaign's due date that it closes
 * @param reminderDaysBefore reminders this many days before the due date
 * @param supervisorAfterDays days overdue before the supervisor is told
 * @param cfoCaoAfterDays days overdue before the CFO/CAO is told
 * @param updatedAt when changed
 * @param updatedBy by whom
 */
@Document("certification_settings")
record CertificationSettings(@Id String id, int onHireDueDays, String annualOpensOn, int annualDueDays,
		int closeAfterDays, List<Integer> reminderDaysBefore, int supervisorAfterDays, int cfoCaoAfterDays,
		Instant updatedAt, String updatedBy) {

	static final String ID = "current";

	public CertificationSettings {
		reminderDaysBefore = (reminderDaysBefore != null)
				? reminderDaysBefore.stream().distinct().sorted((a, b) -> b - a).toList() : List.of();
	}

	/** The day the annual campaign of the year opens. */
	LocalDate annualOpeningIn(int year) {
		return MonthDay.parse("--" + this.annualOpensOn).atYear(year);
	}

	EscalationLadder ladder() {
		return new EscalationLadder(this.reminderDaysBefore, this.supervisorAfterDays, this.cfoCaoAfterDays);
	}

}
