package io.conduct.cases;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines are the end of their day in the tenant's zone, across daylight-saving changes
 * and year ends.
 */
class DeadlinesTests {

	private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	private final JurisdictionPacks packs = new JurisdictionPacks();

	private final JurisdictionDuties eu = this.packs.dutiesFor(List.of("EU", "DE"));

	@Test
	void euAcknowledgementAcrossTheSpringForwardInBerlin() {
		// received Wednesday 25 March 2026, 11:00 CET; clocks go forward on 29 March
		Instant received = Instant.parse("2026-03-25T10:00:00Z");

		assertThat(Deadlines.acknowledgementDue(received, BERLIN, this.eu, WorkingDays.weekdaysOnly()))
			.isEqualTo(Instant.parse("2026-04-01T21:59:59.999Z"));
	}

	@Test
	void euAcknowledgementAcrossTheFallBackInBerlin() {
		// received 20 October 2026, CEST; clocks go back on 25 October
		Instant received = Instant.parse("2026-10-20T08:00:00Z");

		assertThat(Deadlines.acknowledgementDue(received, BERLIN, this.eu, WorkingDays.weekdaysOnly()))
			.isEqualTo(Instant.parse("2026-10-27T22:59:59.999Z"));
	}

	@Test
	void theDayIsTheTenantsDayNotUtcs() {
		// 23:30 UTC on 28 December is already 29 December in Berlin, and the deadline
		// crosses the year
		Instant received = Instant.parse("2026-12-28T23:30:00Z");

		assertThat(Deadlines.acknowledgementDue(received, BERLIN, this.eu, WorkingDays.weekdaysOnly()))
			.isEqualTo(Instant.parse("2027-01-05T22:59:59.999Z"));
	}

	@Test
	void tokyoAcrossTheYearEnd() {
		// 16:00 UTC on 31 December is New Year's Day, 01:00, in Tokyo
		Instant received = Instant.parse("2026-12-31T16:00:00Z");

		assertThat(Deadlines.acknowledgementDue(received, TOKYO, this.eu, WorkingDays.weekdaysOnly()))
			.isEqualTo(Instant.parse("2027-01-08T14:59:59.999Z"));
	}

	@Test
	void feedbackIsThreeMonthsAfterTheAcknowledgementOrAfterTheSevenDaysWithoutOne() {
		Instant received = Instant.parse("2026-11-23T09:00:00Z");
		Instant acknowledged = Instant.parse("2026-11-30T15:00:00Z");

		// 30 November + 3 months is the last day of February
		assertThat(Deadlines.feedbackDue(received, acknowledged, BERLIN, this.eu, WorkingDays.weekdaysOnly()))
			.isEqualTo(Instant.parse("2027-02-28T22:59:59.999Z"));
		// without acknowledgement: from 30 November, the end of the 7 days
		assertThat(Deadlines.feedbackDue(received, null, BERLIN, this.eu, WorkingDays.weekdaysOnly()))
			.isEqualTo(Instant.parse("2027-02-28T22:59:59.999Z"));
		// acknowledged early: from that day
		assertThat(Deadlines.feedbackDue(received, Instant.parse("2026-11-24T10:00:00Z"), TOKYO, this.eu,
				WorkingDays.weekdaysOnly()))
			.isEqualTo(Instant.parse("2027-02-24T14:59:59.999Z"));
	}

}
