package io.conduct.cases;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.conduct.cases.RetentionSchedule.From;
import io.conduct.cases.RetentionSchedule.Kind;
import io.conduct.platform.records.RecordKind;
import io.conduct.platform.records.RetainedRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The schedules of the other record kinds: a minimum wins over a shorter maximum, and the
 * default pack's minimum (a keep-obligation of the Code itself, like the waiver register)
 * applies even where a jurisdiction has a schedule of its own for the kind.
 */
class RecordRetentionScheduleTests {

	private static final Instant DECIDED = Instant.parse("2026-09-01T10:00:00Z");

	@ParameterizedTest
	@EnumSource(value = RecordKind.class, names = { "DISCLOSURE", "CERTIFICATION", "WAIVER" })
	void aMinimumWinsOverAShorterMaximumForEveryKind(RecordKind kind) {
		List<RetentionSchedule> all = new java.util.ArrayList<>(defaults());
		all.removeIf((s) -> s.recordKind() == kind);
		all.add(schedule("DEFAULT", kind, "P5Y", Kind.MAXIMUM));
		all.add(schedule("DE", kind, "P3Y", Kind.MAXIMUM));
		all.add(schedule("US-SOX", kind, "P7Y", Kind.MINIMUM));
		RetentionSchedules schedules = new RetentionSchedules(all);
		RetainedRecord record = new RetainedRecord("r1", "R-1", DECIDED, DECIDED, DECIDED, Map.of());

		var germanOnly = schedules.dueFor(kind, record, Set.of("DE"), ZoneOffset.UTC).orElseThrow();
		var withSox = schedules.dueFor(kind, record, Set.of("DE", "US-SOX"), ZoneOffset.UTC).orElseThrow();

		assertThat(germanOnly.schedule().pack()).isEqualTo("DE");
		assertThat(germanOnly.at()).isEqualTo(Instant.parse("2029-09-01T10:00:00Z"));
		assertThat(withSox.schedule().pack()).isEqualTo("US-SOX");
		assertThat(withSox.schedule().kind()).isEqualTo(Kind.MINIMUM);
		assertThat(withSox.at()).isEqualTo(Instant.parse("2033-09-01T10:00:00Z"));
	}

	@ParameterizedTest
	@EnumSource(value = RecordKind.class, names = { "DISCLOSURE", "CERTIFICATION", "WAIVER" })
	void theDefaultPacksMinimumAppliesOverAJurisdictionsShorterMaximum(RecordKind kind) {
		List<RetentionSchedule> all = new java.util.ArrayList<>(defaults());
		all.removeIf((s) -> s.recordKind() == kind);
		all.add(schedule("DEFAULT", kind, "P5Y", Kind.MINIMUM));
		all.add(schedule("DE", kind, "P3Y", Kind.MAXIMUM));
		RetentionSchedules schedules = new RetentionSchedules(all);
		RetainedRecord record = new RetainedRecord("r1", "R-1", DECIDED, DECIDED, DECIDED, Map.of());

		var due = schedules.dueFor(kind, record, Set.of("DE"), ZoneOffset.UTC).orElseThrow();

		assertThat(due.schedule().pack()).isEqualTo("DEFAULT");
		assertThat(due.at()).isEqualTo(Instant.parse("2031-09-01T10:00:00Z"));
	}

	@ParameterizedTest
	@EnumSource(value = RecordKind.class, names = { "DISCLOSURE", "CERTIFICATION", "WAIVER" })
	void aRecordNeitherClosedNorDecidedIsNotDue(RecordKind kind) {
		RetentionSchedules schedules = new RetentionSchedules(defaults());
		RetainedRecord open = new RetainedRecord("r1", "R-1", DECIDED, null, null, Map.of());

		assertThat(schedules.dueFor(kind, open, Set.of("DE"), ZoneOffset.UTC)).isEmpty();
	}

	@org.junit.jupiter.api.Test
	void theWaiverRegistersFiveYearsAreAMinimumInTheShippedSchedules() {
		RetentionSchedules shipped = new RetentionSchedules(new JurisdictionPacks());

		assertThat(shipped.all()).filteredOn((s) -> s.recordKind() == RecordKind.WAIVER)
			.singleElement()
			.satisfies((s) -> {
				assertThat(s.kind()).isEqualTo(Kind.MINIMUM);
				assertThat(s.keep()).isEqualTo(Period.ofYears(5));
				assertThat(s.pack()).isEqualTo("DEFAULT");
			});
	}

	private static List<RetentionSchedule> defaults() {
		return List.of(schedule("DEFAULT", RecordKind.CASE, "P7Y", Kind.MAXIMUM),
				schedule("DEFAULT", RecordKind.DISCLOSURE, "P5Y", Kind.MAXIMUM),
				schedule("DEFAULT", RecordKind.CERTIFICATION, "P7Y", Kind.MAXIMUM),
				schedule("DEFAULT", RecordKind.WAIVER, "P5Y", Kind.MINIMUM));
	}

	private static RetentionSchedule schedule(String pack, RecordKind kind, String keep, Kind bound) {
		return new RetentionSchedule(pack, kind, From.DECIDED, Period.parse(keep), bound, false, "test");
	}

}
