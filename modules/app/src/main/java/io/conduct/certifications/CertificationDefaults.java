package io.conduct.certifications;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings a tenant starts with, until its CFO/CAO or administrator changes them.
 *
 * @param onHireDueDays days after the first day of work to certify
 * @param annualOpensOn the day the annual campaign opens ({@code MM-DD})
 * @param annualDueDays days after opening that it is due
 * @param closeAfterDays days after the due date that a campaign closes
 * @param reminderDaysBefore reminders this many days before the due date
 * @param supervisorAfterDays days overdue before the supervisor is told
 * @param cfoCaoAfterDays days overdue before the CFO/CAO is told
 */
@ConfigurationProperties("conduct.certification")
record CertificationDefaults(@DefaultValue("30") int onHireDueDays, @DefaultValue("01-15") String annualOpensOn,
		@DefaultValue("30") int annualDueDays, @DefaultValue("60") int closeAfterDays, @DefaultValue( {
				"7", "1" }) List<Integer> reminderDaysBefore,
		@DefaultValue("3") int supervisorAfterDays, @DefaultValue("10") int cfoCaoAfterDays){

	CertificationSettings settings() {
		return new CertificationSettings(CertificationSettings.ID, this.onHireDueDays, this.annualOpensOn,
				this.annualDueDays, this.closeAfterDays, this.reminderDaysBefore, this.supervisorAfterDays,
				this.cfoCaoAfterDays, null, null);
	}

}
