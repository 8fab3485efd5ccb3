package io.conduct.disclosures;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An import of counterparties from CSV and what became of each row.
 *
 * @param id the id
 * @param totalRows data rows in the file
 * @param created counterparties added
 * @param updated counterparties updated (same external id)
 * @param failed rows refused
 * @param rowErrors the first refused rows, with line and reason
 * @param importedBy who ran it
 * @param importedAt when
 */
@Document("counterparty_imports")
public record CounterpartyImport(@Id String id, int totalRows, int created, int updated, int failed,
		List<RowError> rowErrors, String importedBy, Instant importedAt) {

	/** How many refused rows are kept with their reason. */
	static final int MAX_ROW_ERRORS = 1000;

	public CounterpartyImport {
		rowErrors = (rowErrors != null) ? List.copyOf(rowErrors) : List.of();
	}

	/**
	 * A refused row.
	 *
	 * @param line the line in the file, the header being line 1
	 * @param reason why it was refused
	 */
	public record RowError(int line, String reason) {
	}

}
