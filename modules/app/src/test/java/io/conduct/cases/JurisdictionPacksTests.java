package io.conduct.cases;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;

import io.conduct.calendars.BusinessCalendar;
import io.conduct.calendars.Holiday;
import io.conduct.calendars.HolidayKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The jurisdiction packs as data, with one engine: each pack's deadlines (calendar or
 * working days, or months), the strictest of a tenant's packs winning and named, working
 * days counted in the tenant's calendar, the reporter-protection period, and the data
 * checked at startup.
 */
class JurisdictionPacksTests {

	/** Monday 9 November 2026; Wednesday 11 November is Armistice Day in France. */
	private static final LocalDate MONDAY = LocalDate.of(2026, 11, 9);

	private static final BusinessCalendar FRANCE = BusinessCalendar.of("FR", "France (test)",
			Set.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), 2026, 2027,
			List.of(new Holiday(LocalDate.of(2026, 11, 11), "Armistice Day", HolidayKind.PUBLIC_HOLIDAY)));

	private final JurisdictionPacks packs = new JurisdictionPacks();

	@Test
	void everyJurisdictionTheIssueNamesHasAPack() {
		assertThat(this.packs.keys()).containsExactlyInAnyOrder("EU", "DE", "FR", "ES", "IT", "JP", "UK", "US-SOX",
				"DEFAULT");
	}

	@Test
	void aJapaneseTenantsDeadlinesComeFromTheJapanesePack() {
		JurisdictionDuties japan = this.packs.dutiesFor(List.of("JP"));

		JurisdictionDuties.Due acknowledgement = japan.acknowledgement(MONDAY, WorkingDays.weekdaysOnly());
		JurisdictionDuties.Due feedback = japan.feedback(MONDAY, null, WorkingDays.weekdaysOnly());

		// 20 days (the default pack would give 14)
		assertThat(acknowledgement.day()).isEqualTo(LocalDate.of(2026, 11, 29));
		assertThat(acknowledgement.source().pack()).isEqualTo("JP");
		assertThat(acknowledgement.source().unit()).isEqualTo(DeadlineUnit.CALENDAR_DAYS);
		assertThat(acknowledgement.source().within()).isEqualTo(20);
		// three months from the end of the 20 days
		assertThat(feedback.day()).isEqualTo(LocalDate.of(2027, 2, 28));
		assertThat(feedback.source().pack()).isEqualTo("JP");
		// retaliation presumed within one year (the others protect for two)
		assertThat(japan.reporterProtection()).isEqualTo(Period.ofYears(1));
		assertThat(this.packs.dutiesFor(List.of("JP", "EU")).reporterProtection()).isEqualTo(Period.ofYears(2));
	}

	@Test
	void theStrictestOfTwoPacksWinsAndIsNamed() {
		for (List<String> order : List.of(List.of("JP", "EU"), List.of("EU", "JP"))) {
			JurisdictionDuties both = this.packs.dutiesFor(order);

			JurisdictionDuties.Due acknowledgement = both.acknowledgement(MONDAY, WorkingDays.weekdaysOnly());
			JurisdictionDuties.Due feedback = both.feedback(MONDAY, null, WorkingDays.weekdaysOnly());

			assertThat(acknowledgement.day()).as("%s", order).isEqualTo(LocalDate.of(2026, 11, 16));
			assertThat(acknowledgement.source().pack()).as("%s", order).isEqualTo("EU");
			assertThat(feedback.day()).as("%s", order).isEqualTo(LocalDate.of(2027, 2, 16));
			assertThat(feedback.source().pack()).as("%s", order).isEqualTo("EU");
		}
	}

	@Test
	void workingDaysAreComparedWithCalendarDaysByTheDayTheyFallOn() {
		// France's seven working days end on Thursday 19 November; the SOX pack's 14
		// calendar days on Monday 23 November: France is stricter
		JurisdictionDuties both = this.packs.dutiesFor(List.of("US-SOX", "FR"));

		JurisdictionDuties.Due acknowledgement = both.acknowledgement(MONDAY, new WorkingDays(() -> FRANCE));

		assertThat(acknowledgement.day()).isEqualTo(LocalDate.of(2026, 11, 19));
		assertThat(acknowledgement.source().pack()).isEqualTo("FR");
		assertThat(acknowledgement.source().calendar()).isEqualTo("France (test)");
	}

	@Test
	void workingDayDeadlinesStepOverAPublicHoliday() {
		JurisdictionDuties france = this.packs.dutiesFor(List.of("FR"));

		LocalDate withHoliday = france.acknowledgement(MONDAY, new WorkingDays(() -> FRANCE)).day();
		LocalDate weekdaysOnly = france.acknowledgement(MONDAY, WorkingDays.weekdaysOnly()).day();

		// Tue 10, (Wed 11 Armistice Day), Thu 12, Fri 13, Mon 16, Tue 17, Wed 18, Thu 19
		assertThat(withHoliday).isEqualTo(LocalDate.of(2026, 11, 19));
		assertThat(weekdaysOnly).isEqualTo(LocalDate.of(2026, 11, 18));
		assertThat(france.acknowledgement(MONDAY, WorkingDays.weekdaysOnly()).source().calendar())
			.startsWith("weekdays only");
	}

	@Test
	void franceMeetsAReporterWithinTwentyWorkingDays() {
		JurisdictionPack france = this.packs.all()
			.stream()
			.filter((p) -> p.key().equals("FR"))
			.findFirst()
			.orElseThrow();

		assertThat(france.acknowledgement()).isEqualTo(new JurisdictionPack.Deadline(7, DeadlineUnit.WORKING_DAYS));
		assertThat(france.meeting()).isEqualTo(new JurisdictionPack.Deadline(20, DeadlineUnit.WORKING_DAYS));
	}

	@Test
	void aTenantWithoutAPackGetsTheDefault() {
		JurisdictionDuties none = this.packs.dutiesFor(List.of());

		assertThat(none.acknowledgement(MONDAY, WorkingDays.weekdaysOnly()).source().pack()).isEqualTo("DEFAULT");
		assertThat(none.acknowledgement(MONDAY, WorkingDays.weekdaysOnly()).day())
			.isEqualTo(LocalDate.of(2026, 11, 23));
	}

	@Test
	void theUsSoxPackStatesItsDuties() {
		JurisdictionPack sox = this.packs.all()
			.stream()
			.filter((p) -> p.key().equals("US-SOX"))
			.findFirst()
			.orElseThrow();

		assertThat(sox.duties()).hasSize(3)
			.anySatisfy((d) -> assertThat(d).contains("Audit Committee procedures"))
			.anySatisfy((d) -> assertThat(d).contains("retaliation"))
			.anySatisfy((d) -> assertThat(d).contains("Waivers"));
	}

	@Test
	void everyPackStatesItsRetentionInTheOneScheduleFile() {
		RetentionSchedules schedules = new RetentionSchedules(this.packs);

		for (String pack : List.of("EU", "DE", "FR", "ES", "IT", "JP", "UK", "US-SOX", "DEFAULT")) {
			assertThat(schedules.ofPack(pack)).as(pack)
				.anySatisfy((s) -> assertThat(s.recordKind()).isEqualTo(io.conduct.platform.records.RecordKind.CASE));
		}
		assertThat(schedules.ofPack("DE")).singleElement()
			.satisfies((s) -> assertThat(s.keep()).isEqualTo(Period.ofYears(3)));
	}

	@Test
	void aScheduleOfAPackThatDoesNotExistStopsTheStart() {
		var schedule = new RetentionSchedule("XX", io.conduct.platform.records.RecordKind.CASE,
				RetentionSchedule.From.CLOSED, Period.ofYears(1), RetentionSchedule.Kind.MAXIMUM, false, "nowhere");
		List<RetentionSchedule> all = new java.util.ArrayList<>(new RetentionSchedules(this.packs).all());
		all.add(schedule);

		assertThatIllegalStateException().isThrownBy(() -> new RetentionSchedules(all, this.packs.keys()))
			.withMessageContaining("XX");
	}

	@Test
	void aScheduleWithoutAValidKindStopsTheStart() {
		var withoutKind = new RetentionSchedule("DE", io.conduct.platform.records.RecordKind.CASE,
				RetentionSchedule.From.CLOSED, Period.ofYears(3), null, false, "HinSchG");
		List<RetentionSchedule> all = new java.util.ArrayList<>(new RetentionSchedules(this.packs).all());
		all.add(withoutKind);
		String forever = """
				{"version": 3, "schedules": [{"pack": "DE", "recordKind": "CASE", "from": "CLOSED", "keep": "P3Y",
				  "kind": "FOREVER", "source": "HinSchG"}]}""";

		assertThatIllegalStateException().isThrownBy(() -> new RetentionSchedules(all, this.packs.keys()))
			.withMessageContaining("Incomplete");
		assertThatIllegalStateException()
			.isThrownBy(() -> RetentionSchedules
				.read(new java.io.ByteArrayInputStream(forever.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
			.withMessageContaining("FOREVER");
	}

	@Test
	void sarbanesOxleyKeepsAtLeastAndTheOthersDeleteBy() {
		RetentionSchedules schedules = new RetentionSchedules(this.packs);

		assertThat(schedules.ofPack("US-SOX")).singleElement()
			.satisfies((s) -> assertThat(s.kind()).isEqualTo(RetentionSchedule.Kind.MINIMUM));
		assertThat(schedules.ofPack("DE")).singleElement()
			.satisfies((s) -> assertThat(s.kind()).isEqualTo(RetentionSchedule.Kind.MAXIMUM));
	}

	@Test
	void aTranslationOfTheDutiesWithAnotherNumberOfSentencesStopsTheStart() {
		JurisdictionPack french = this.packs.all()
			.stream()
			.filter((p) -> p.key().equals("FR"))
			.findFirst()
			.orElseThrow();
		var broken = new JurisdictionPack("XX", "x", "nowhere", french.acknowledgement(), french.feedback(), null,
				Period.ofYears(1), List.of("One duty"), java.util.Map.of("fr", List.of("Un devoir", "Et un autre")));

		assertThatIllegalStateException()
			.isThrownBy(() -> new JurisdictionPacks(List.of(broken, this.packs.all().get(0))))
			.withMessageContaining("translates its duties");
		assertThat(french.dutiesFor(java.util.Locale.FRANCE).getKey()).isEqualTo(java.util.Locale.FRENCH);
		assertThat(french.dutiesFor(java.util.Locale.JAPANESE).getKey()).isEqualTo(java.util.Locale.ENGLISH);
	}

	@Test
	void aPackWithoutItsDeadlinesStopsTheStart() {
		var broken = new JurisdictionPack("XX", "x", "nowhere", null,
				new JurisdictionPack.Deadline(3, DeadlineUnit.MONTHS), null, Period.ofYears(1), List.of());

		assertThatIllegalStateException()
			.isThrownBy(() -> new JurisdictionPacks(List.of(broken, this.packs.all().get(0))))
			.withMessageContaining("acknowledgement");
	}

}
