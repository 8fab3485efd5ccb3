package io.conduct.cases;

import java.util.ArrayList;
import java.util.List;

import io.conduct.gifts.GiftRefusedAsBribe;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Takes in, as a report about gifts, bribery and kickbacks to the CFO/CAO, an entry of
 * the gift register refused as a bribe, a kickback or cash, routed by the routing rules
 * like any report. The reporter is whoever recorded it, confidentially (the system, with
 * the facts typed, when the register retries); the recorder is named as involved when
 * they gave, offered or accepted it, so the routing rules keep them, and anyone handling
 * in their stead, away from the case.
 */
@Component
class GiftRegisterReports {

	private final ReportIntake intake;

	GiftRegisterReports(ReportIntake intake) {
		this.intake = intake;
	}

	/**
	 * Enters the report, in the publisher's tenant and sign-in.
	 * @throws IllegalStateException when the report is refused, so the register retries
	 */
	@EventListener
	void on(GiftRefusedAsBribe refused) {
		List<ReportInput.InvolvedInput> involved = new ArrayList<>();
		if (refused.recorderTookPart()) {
			involved.add(new ReportInput.InvolvedInput(refused.recorderPersonId(), null));
		}
		String counterparty = refused.counterpartyName();
		if (counterparty != null && !counterparty.isBlank()) {
			involved.add(new ReportInput.InvolvedInput(null, counterparty));
		}
		ReportInput report = new ReportInput(ReportCategory.GIFTS_BRIBERY_KICKBACKS, Recipient.CFO_CAO, refused.facts(),
				String.valueOf(refused.date()), null, involved, null, null, List.of());
		var outcome = this.intake.submit(report, ReporterMode.CONFIDENTIAL, null);
		if (!outcome.isSuccess()) {
			throw new IllegalStateException("The gift register's report was refused: " + outcome.userErrors());
		}
	}

}
