package io.conduct.code;

import java.time.LocalDate;
import java.util.List;

import io.conduct.platform.validation.Validation;

/**
 * What another module checks when the group amends the Code in sections that apply to
 * executive officers or directors, which only the Board amends: its resolution, before
 * the version is published, and the disclosure that follows. The Code calls it; the
 * waivers implement it, so the Code depends on nothing of theirs.
 */
public interface AmendmentApproval {

	/**
	 * Checks the Board's resolution of an amendment in the current (top) tenant.
	 * @param validation where the problems go, naming fields below {@code field}
	 * @param field the input field of the resolution
	 * @param resolution the resolution as given (people by their global ids)
	 * @param sections the headings of the sections it touches
	 * @return the resolution to record, or {@code null} when it has problems
	 */
	CodeVersion.BoardResolution check(Validation validation, String field, ResolutionInput resolution,
			List<String> sections);

	/** The version made by the resolution is published: its disclosure begins. */
	void published(CodeVersion version);

	/**
	 * A resolution as a publisher gives it.
	 *
	 * @param resolutionDate its day
	 * @param reference the minutes' reference
	 * @param memberIds the global ids of the members who took part
	 * @param declaredRecusalIds the global ids of members who recused themselves
	 * @param committeeName the committee that decided, if not the whole Board
	 */
	record ResolutionInput(LocalDate resolutionDate, String reference, List<String> memberIds,
			List<String> declaredRecusalIds, String committeeName) {
	}

}
