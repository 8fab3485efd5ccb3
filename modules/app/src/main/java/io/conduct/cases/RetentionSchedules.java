package io.conduct.cases;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.conduct.cases.RetentionSchedule.Kind;
import io.conduct.platform.records.RecordKind;
import io.conduct.platform.records.RetainedRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The retention schedules, read and checked at startup: for a record, the schedules of
 * the tenant's jurisdiction packs apply (the default pack's when none of them has one for
 * the kind). Each is a maximum (delete no later than) or a minimum (keep at least): the
 * record is deleted when the earliest maximum ends, but never before the latest minimum
 * ends, since a keep-obligation (SOX § 802) wins over a delete-by (GDPR art. 5(1)(e)).
 */
@Component
class RetentionSchedules {

	private final List<RetentionSchedule> schedules;

	@org.springframework.beans.factory.annotation.Autowired
	RetentionSchedules(JurisdictionPacks packs) {
		this(read(), packs.keys());
	}

	/** The schedules, each of one of the packs (the one home of the packs' retention). */
	RetentionSchedules(List<RetentionSchedule> schedules, Set<String> packs) {
		this(schedules);
		for (RetentionSchedule schedule : schedules) {
			if (!packs.contains(schedule.pack())) {
				throw new IllegalStateException(
						"The retention schedule names " + schedule.pack() + ", which is no jurisdiction pack");
			}
		}
	}

	RetentionSchedules(List<RetentionSchedule> schedules) {
		for (RetentionSchedule schedule : schedules) {
			if (schedule.pack() == null || schedule.recordKind() == null || schedule.from() == null
					|| schedule.keep() == null || schedule.keep().isNegative() || schedule.keep().isZero()
					|| schedule.kind() == null || schedule.source() == null) {
				throw new IllegalStateException("Incomplete retention schedule: " + schedule);
			}
		}
		Set<RecordKind> withDefault = schedules.stream()
			.filter((s) -> JurisdictionPacks.DEFAULT.equals(s.pack()))
			.map(RetentionSchedule::recordKind)
			.collect(Collectors.toSet());
		if (!withDefault.containsAll(Set.of(RecordKind.values()))) {
			throw new IllegalStateException("Every record kind needs a DEFAULT retention schedule");
		}
		this.schedules = List.copyOf(schedules);
	}

	/**
	 * When a case falls due for deletion, and which schedule decided: the maximum that
	 * ends first, or the minimum that ends last when it ends later (or when no maximum
	 * applies). Empty while that is not known yet: no maximum's period has started (an
	 * open case under schedules that run from closing), or a minimum's period has not.
	 */
	Optional<Due> dueFor(Case reported, Collection<String> jurisdictions, ZoneId zone) {
		return dueFor(RecordKind.CASE, (from) -> switch (from) {
			case RECEIVED -> reported.receivedAt();
			case CLOSED, DECIDED -> reported.closedAt();
		}, reported.investigation() != null, jurisdictions, zone);
	}

	/**
	 * When another domain's record falls due for deletion, and which schedule decided.
	 */
	Optional<Due> dueFor(RecordKind kind, RetainedRecord record, Collection<String> jurisdictions, ZoneId zone) {
		return dueFor(kind, (from) -> switch (from) {
			case RECEIVED -> record.receivedAt();
			case CLOSED -> record.closedAt();
			case DECIDED -> record.decidedAt();
		}, false, jurisdictions, zone);
	}

	/**
	 * The schedules of the tenant's packs for the kind (the default pack's when none of
	 * them has one), and always the default pack's minima: those are keep-obligations of
	 * the Code itself (the waiver register), which no jurisdiction shortens.
	 */
	private Optional<Due> dueFor(RecordKind kind, Function<RetentionSchedule.From, Instant> start, boolean investigated,
			Collection<String> jurisdictions, ZoneId zone) {
		List<RetentionSchedule> ofKind = this.schedules.stream().filter((s) -> s.recordKind() == kind).toList();
		List<RetentionSchedule> candidates = ofKind.stream().filter((s) -> jurisdictions.contains(s.pack())).toList();
		List<RetentionSchedule> defaults = ofKind.stream()
			.filter((s) -> JurisdictionPacks.DEFAULT.equals(s.pack()))
			.filter((s) -> candidates.isEmpty() || s.kind() == Kind.MINIMUM)
			.filter((s) -> !candidates.contains(s))
			.toList();
		List<RetentionSchedule> applying = Stream.concat(candidates.stream(), defaults.stream())
			.filter((s) -> !s.onlyIfNotInvestigated() || !investigated)
			.toList();
		List<RetentionSchedule> maxima = ofKind(applying, Kind.MAXIMUM);
		List<RetentionSchedule> minima = ofKind(applying, Kind.MINIMUM);
		Optional<Due> earliestMaximum = started(start, maxima, zone).min(Comparator.comparing(Due::at));
		List<Due> minimumEnds = started(start, minima, zone).toList();
		if (minimumEnds.size() < minima.size() || (!maxima.isEmpty() && earliestMaximum.isEmpty())) {
			return Optional.empty();
		}
		Optional<Due> latestMinimum = minimumEnds.stream().max(Comparator.comparing(Due::at));
		if (latestMinimum.isPresent()
				&& (earliestMaximum.isEmpty() || latestMinimum.get().at().isAfter(earliestMaximum.get().at()))) {
			return latestMinimum;
		}
		return earliestMaximum;
	}

	private static List<RetentionSchedule> ofKind(List<RetentionSchedule> schedules, Kind kind) {
		return schedules.stream().filter((s) -> s.kind() == kind).toList();
	}

	/** When each schedule whose period has started ends. */
	private static Stream<Due> started(Function<RetentionSchedule.From, Instant> start,
			List<RetentionSchedule> schedules, ZoneId zone) {
		return schedules.stream()
			.flatMap((s) -> Optional.ofNullable(start.apply(s.from()))
				.map((from) -> new Due(s, from.atZone(zone).plus(s.keep()).toInstant()))
				.stream());
	}

	/** The schedules of a pack. */
	List<RetentionSchedule> ofPack(String pack) {
		return this.schedules.stream().filter((s) -> s.pack().equals(pack)).toList();
	}

	List<RetentionSchedule> all() {
		return this.schedules;
	}

	private static List<RetentionSchedule> read() {
		try (InputStream json = new ClassPathResource("cases/retention-schedules.json").getInputStream()) {
			return read(json);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The schedules of a file; one that names no valid kind, source or period stops the
	 * start.
	 */
	static List<RetentionSchedule> read(InputStream json) {
		try {
			return JsonMapper.builder().build().readValue(json, new TypeReference<File>() {
			}).schedules();
		}
		catch (JacksonException ex) {
			throw new IllegalStateException("Unreadable retention schedules: " + ex.getOriginalMessage(), ex);
		}
	}

	/**
	 * When a record falls due, and by which schedule.
	 *
	 * @param schedule the schedule that decided: the maximum that ends first, or the
	 * minimum that keeps the record longer
	 * @param at when
	 */
	record Due(RetentionSchedule schedule, Instant at) {
	}

	/**
	 * The file.
	 *
	 * @param version its version
	 * @param schedules the schedules
	 */
	record File(int version, List<RetentionSchedule> schedules) {
	}

}
