package io.conduct.disclosures;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A rule of the tenant: an activity the Board determined to be a conflict of interest,
 * applied by the engine to every disclosure of another activity that mentions one of its
 * terms.
 *
 * @param id the id
 * @param title the activity, in the Board's words
 * @param terms words or phrases; a disclosure that mentions one is covered
 * @param fromDisclosureId the disclosure whose determination made it
 * @param declaredBy who recorded the Board's determination
 * @param declaredAt when
 */
@Document("conflict_rules")
public record TenantRule(@Id String id, String title, List<String> terms, String fromDisclosureId, String declaredBy,
		Instant declaredAt) {

	public TenantRule {
		terms = (terms != null) ? List.copyOf(terms) : List.of();
	}

	/** The first of its terms the text mentions, ignoring case. */
	Optional<String> mentionedIn(String text) {
		if (text == null) {
			return Optional.empty();
		}
		String lower = text.toLowerCase(Locale.ROOT);
		return this.terms.stream().filter((term) -> lower.contains(term.toLowerCase(Locale.ROOT))).findFirst();
	}

}
