package io.conduct.people;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A bulk import of people from CSV and its progress.
 *
 * @param id the id
 * @param status where it stands
 * @param totalRows data rows in the file
 * @param processedRows rows processed so far
 * @param created people created
 * @param updated people updated
 * @param failed rows refused
 * @param rowErrors the first refused rows, with line and reason
 * @param startedBy subject of the administrator who started it
 * @param startedAt when it started
 * @param finishedAt when it finished
 */
@Document("person_imports")
record PersonImport(@Id String id, Status status, int totalRows, int processedRows, int created, int updated,
		int failed, List<RowError> rowErrors, String startedBy, Instant startedAt, Instant finishedAt) {

	/** How many refused rows are kept with their reason. */
	static final int MAX_ROW_ERRORS = 1000;

	/** Where an import stands. */
	public enum Status {

		RUNNING, COMPLETED, FAILED

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
