package io.conduct.cases;

import java.time.Instant;

/**
 * What a reporter keeps.
 *
 * @param caseNumber the case number
 * @param receiptKey the receipt key to follow up with, shown once; {@code null} for
 * reporters who follow up with their account
 * @param acknowledgementDue by when the reporter hears that the report was received
 */
record ReportReceipt(String caseNumber, String receiptKey, Instant acknowledgementDue) {

	static ReportReceipt of(ReportIntake.Submitted submitted) {
		return new ReportReceipt(submitted.reportedCase().number(), submitted.receiptKey(),
				submitted.reportedCase().acknowledgementDue());
	}

}
