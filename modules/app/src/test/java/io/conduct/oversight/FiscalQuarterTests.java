package io.conduct.oversight;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Fiscal quarters follow the tenant's fiscal year start and its time zone. */
class FiscalQuarterTests {

	private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

	@Test
	void aFiscalYearStartingInAprilHasItsFourthQuarterInTheNextCalendarYear() {
		FiscalQuarter first = FiscalQuarter.of(2026, 1, 4, TOKYO);
		FiscalQuarter fourth = FiscalQuarter.of(2026, 4, 4, TOKYO);

		assertThat(first.firstDay()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(first.lastDay()).isEqualTo(LocalDate.of(2026, 6, 30));
		assertThat(fourth.firstDay()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(fourth.lastDay()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(fourth.label()).isEqualTo("FY2026-Q4");
	}

	@Test
	void theBoundariesAreMidnightInTheTenantsZone() {
		FiscalQuarter first = FiscalQuarter.of(2026, 1, 4, TOKYO);

		assertThat(first.from()).isEqualTo(Instant.parse("2026-03-31T15:00:00Z"));
		assertThat(first.to()).isEqualTo(Instant.parse("2026-06-30T15:00:00Z"));
	}

	@Test
	void aDayFallsInTheQuarterOfItsFiscalYear() {
		assertThat(FiscalQuarter.containing(LocalDate.of(2026, 3, 31), 4, TOKYO).label()).isEqualTo("FY2025-Q4");
		assertThat(FiscalQuarter.containing(LocalDate.of(2026, 4, 1), 4, TOKYO).label()).isEqualTo("FY2026-Q1");
		assertThat(FiscalQuarter.containing(LocalDate.of(2027, 1, 15), 4, TOKYO).label()).isEqualTo("FY2026-Q4");
		assertThat(FiscalQuarter.containing(LocalDate.of(2026, 12, 31), 1, TOKYO).label()).isEqualTo("FY2026-Q4");
	}

}
