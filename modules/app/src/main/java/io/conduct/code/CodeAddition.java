package io.conduct.code;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tenant's own additions to the group's Code, such as local law or local rules, in
 * versions of their own. They are shown after the group's sections, and a certification
 * binds to both.
 *
 * @param id the id ({@code <tenant>-a<number>})
 * @param tenantKey the tenant
 * @param number 1, 2, ...
 * @param effectiveDate from when it applies
 * @param changeSummary what changed
 * @param translations the text in each language
 * @param publishedAt when it was published
 * @param publishedBy who published it
 */
@Document("code_additions")
public record CodeAddition(@Id String id, String tenantKey, int number, LocalDate effectiveDate, String changeSummary,
		List<CodeVersion.Translation> translations, Instant publishedAt, String publishedBy) {

	public CodeAddition {
		translations = (translations != null) ? List.copyOf(translations) : List.of();
	}

	public Optional<CodeVersion.Translation> in(String language) {
		return this.translations.stream().filter((t) -> t.language().equals(language)).findFirst();
	}

}
