package io.conduct.disclosures;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's confirmation that their disclosures are current for a year (what the annual
 * certification will ask).
 *
 * @param id person and year
 * @param personId the person
 * @param year the year
 * @param openDisclosures how many of their disclosures were not withdrawn then
 * @param confirmedAt when
 */
@Document("disclosure_confirmations")
public record DisclosureConfirmation(@Id String id, String personId, int year, int openDisclosures,
		Instant confirmedAt) {

	static String idOf(String personId, int year) {
		return personId + "|" + year;
	}

}
