package io.conduct.cases;

import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The duties of the packs that apply to a tenant, one engine for all of them: each
 * deadline is computed under every pack, and the one that falls first wins and names its
 * pack; the reporter is protected for the longest period of any pack.
 *
 * @param packs the packs, in the tenant's order (the default pack alone when none of the
 * tenant's jurisdictions has one)
 */
record JurisdictionDuties(List<JurisdictionPack> packs) {

	JurisdictionDuties {
		if (packs.isEmpty()) {
			throw new IllegalArgumentException("At least one pack applies");
		}
		packs = List.copyOf(packs);
	}

	/** The keys, joined, e.g. {@code EU+DE}. */
	String key() {
		return String.join("+", this.packs.stream().map(JurisdictionPack::key).toList());
	}

	/**
	 * The day a report received on the day is acknowledged by, and the pack that says so.
	 */
	Due acknowledgement(LocalDate received, WorkingDays workingDays) {
		return strictest(JurisdictionPack::acknowledgement, (pack) -> received, workingDays);
	}

	/**
	 * The day feedback is due: from the day of the acknowledgement, or, if none was sent,
	 * from the end of each pack's own acknowledgement period.
	 */
	Due feedback(LocalDate received, LocalDate acknowledged, WorkingDays workingDays) {
		return strictest(JurisdictionPack::feedback,
				(pack) -> (acknowledged != null) ? acknowledged : day(received, pack.acknowledgement(), workingDays),
				workingDays);
	}

	/**
	 * The day a meeting the reporter asked for on the day is held by, and the pack that
	 * says so (the strictest of the packs that set one); empty when none of the packs
	 * sets a meeting deadline.
	 */
	java.util.Optional<Due> meeting(LocalDate requested, WorkingDays workingDays) {
		if (this.packs.stream().allMatch((p) -> p.meeting() == null)) {
			return java.util.Optional.empty();
		}
		return java.util.Optional
			.of(new JurisdictionDuties(this.packs.stream().filter((p) -> p.meeting() != null).toList())
				.strictest(JurisdictionPack::meeting, (pack) -> requested, workingDays));
	}

	/** How long a reporter is protected: the longest of the packs' periods. */
	Period reporterProtection() {
		return this.packs.stream()
			.map(JurisdictionPack::reporterProtection)
			.max(Comparator.comparing((p) -> LocalDate.of(2000, 1, 1).plus(p)))
			.orElseThrow();
	}

	private Due strictest(Function<JurisdictionPack, JurisdictionPack.Deadline> deadline,
			Function<JurisdictionPack, LocalDate> from, WorkingDays workingDays) {
		Due first = null;
		for (JurisdictionPack pack : this.packs) {
			JurisdictionPack.Deadline rule = deadline.apply(pack);
			LocalDate day = day(from.apply(pack), rule, workingDays);
			if (first == null || day.isBefore(first.day())) {
				first = new Due(day, new DeadlineSource(pack.key(), pack.name(), rule.within(), rule.unit(),
						(rule.unit() == DeadlineUnit.WORKING_DAYS) ? workingDays.name() : null));
			}
		}
		return first;
	}

	private static LocalDate day(LocalDate from, JurisdictionPack.Deadline rule, WorkingDays workingDays) {
		return switch (rule.unit()) {
			case CALENDAR_DAYS -> from.plusDays(rule.within());
			case WORKING_DAYS -> workingDays.after(from, rule.within());
			case MONTHS -> from.plusMonths(rule.within());
		};
	}

	/**
	 * A deadline's last day and the pack that set it.
	 *
	 * @param day the last day, in the tenant's zone
	 * @param source the pack and its rule
	 */
	record Due(LocalDate day, DeadlineSource source) {
	}

}
