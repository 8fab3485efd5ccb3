package io.conduct.code;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which sections an amendment touches that apply to executive officers or directors: a
 * section that applies (as the new version or the one before states it) and is added,
 * removed, reworded, or stops or starts applying, in a language both versions have. Such
 * a change is made only by the Board (the Code's section WAIVERS: "any change to this
 * Code that applies to executive officers or directors may be made only by the Board"). A
 * first version amends nothing.
 */
final class ExecutiveSections {

	private ExecutiveSections() {
	}

	/**
	 * The headings of the sections touched, in the new version's order, then removed
	 * ones.
	 */
	static List<String> touched(Optional<CodeVersion> previous, List<CodeVersion.Translation> next) {
		if (previous.isEmpty()) {
			return List.of();
		}
		Set<String> touched = new LinkedHashSet<>();
		for (CodeVersion.Translation after : next) {
			previous.get().in(after.language()).ifPresent((before) -> touched.addAll(touched(before, after)));
		}
		return List.copyOf(touched);
	}

	private static List<String> touched(CodeVersion.Translation before, CodeVersion.Translation after) {
		Map<String, CodeVersion.Section> old = byKey(before);
		Map<String, CodeVersion.Section> now = byKey(after);
		List<String> touched = new ArrayList<>();
		now.forEach((key, section) -> {
			CodeVersion.Section was = old.get(key);
			boolean applies = section.appliesToExecutiveOfficersOrDirectors()
					|| (was != null && was.appliesToExecutiveOfficersOrDirectors());
			if (applies && (was == null || !Objects.equals(was.body(), section.body())
					|| !Objects.equals(was.heading(), section.heading()) || was
						.appliesToExecutiveOfficersOrDirectors() != section.appliesToExecutiveOfficersOrDirectors())) {
				touched.add(section.heading());
			}
		});
		old.forEach((key, section) -> {
			if (!now.containsKey(key) && section.appliesToExecutiveOfficersOrDirectors()) {
				touched.add(section.heading());
			}
		});
		return touched;
	}

	private static Map<String, CodeVersion.Section> byKey(CodeVersion.Translation translation) {
		Map<String, CodeVersion.Section> byKey = new LinkedHashMap<>();
		translation.sections().forEach((s) -> byKey.putIfAbsent(s.key(), s));
		return byKey;
	}

}
