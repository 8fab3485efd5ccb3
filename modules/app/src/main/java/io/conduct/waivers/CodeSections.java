package io.conduct.waivers;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.conduct.code.CodeLibrary;
import io.conduct.code.CodeVersion;
import io.conduct.platform.graphql.GlobalId;

import org.springframework.stereotype.Component;

/**
 * The sections of the group's Code, through the Code's public API. A section is named by
 * its key in any translation of a version (translations of a version have the same
 * sections in the same order, so a section is its position, whatever the language); its
 * heading is shown in the reader's language where the version has it.
 */
@Component
class CodeSections {

	private final CodeLibrary library;

	CodeSections(CodeLibrary library) {
		this.library = library;
	}

	/** The version in force for the current tenant. */
	Optional<CodeVersion> inForce() {
		return this.library.current(null).map(CodeLibrary.Shown::version);
	}

	/** A version of the current tenant's group, by its id (global, or the Code's own). */
	Optional<CodeVersion> version(String codeVersionId) {
		if (codeVersionId == null || codeVersionId.length() > 200) {
			return Optional.empty();
		}
		// the Code's versions are served with their own ids, or as Node ids
		String id = GlobalId.localIdOf(codeVersionId, "CodeVersion").orElse(codeVersionId);
		return this.library.find(id);
	}

	/** The section with the key in any translation of the version. */
	static Optional<Located> locate(CodeVersion version, String key, String language) {
		for (CodeVersion.Translation translation : byPreference(version, language)) {
			List<CodeVersion.Section> sections = translation.sections();
			for (int i = 0; i < sections.size(); i++) {
				if (sections.get(i).key().equals(key)) {
					return Optional.of(at(version, i, language, key));
				}
			}
		}
		return Optional.empty();
	}

	/** Every section of the version, keyed and headed in the reader's language. */
	static List<Located> all(CodeVersion version, String language) {
		List<CodeVersion.Translation> translations = byPreference(version, language);
		if (translations.isEmpty()) {
			return List.of();
		}
		List<Located> all = new ArrayList<>();
		for (int i = 0; i < translations.get(0).sections().size(); i++) {
			all.add(at(version, i, language, null));
		}
		return all;
	}

	private static Located at(CodeVersion version, int index, String language, String namedKey) {
		List<String> keys = new ArrayList<>();
		CodeVersion.Section shown = null;
		for (CodeVersion.Translation translation : byPreference(version, language)) {
			if (index < translation.sections().size()) {
				CodeVersion.Section section = translation.sections().get(index);
				keys.add(section.key());
				if (shown == null) {
					shown = section;
				}
			}
		}
		return new Located(index, (namedKey != null) ? namedKey : shown.key(), shown.heading(),
				List.copyOf(keys.stream().distinct().toList()));
	}

	/** The version's translations, the reader's language first. */
	private static List<CodeVersion.Translation> byPreference(CodeVersion version, String language) {
		String wanted = (language != null) ? Locale.forLanguageTag(language).getLanguage() : "";
		return version.translations()
			.stream()
			.sorted(Comparator.comparing((CodeVersion.Translation t) -> !t.language().equals(wanted))
				.thenComparing(CodeVersion.Translation::language))
			.toList();
	}

	/**
	 * A section of a version.
	 *
	 * @param index its position, from 0
	 * @param key its key as named (or in the reader's language)
	 * @param heading its heading in the reader's language, where the version has it
	 * @param keys its keys in every translation of the version
	 */
	record Located(int index, String key, String heading, List<String> keys) {
	}

}
