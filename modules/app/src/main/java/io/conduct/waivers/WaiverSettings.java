package io.conduct.waivers;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tenant's waiver settings, one document in its database.
 *
 * @param id always {@link #ID}
 * @param boardCommitteeMayDecide whether a committee of the Board may decide instead of
 * the whole Board (Nasdaq allows it since 2023)
 * @param committeeName the committee that decides, when allowed
 * @param implicitWaiverPromptDays after how many days without a measure a substantiated
 * violation by an executive officer or a director raises an implicit-waiver prompt
 * @param updatedAt when they last changed; {@code null} for the defaults
 * @param updatedBy who changed them
 */
@Document("waiver_settings")
record WaiverSettings(@Id String id, boolean boardCommitteeMayDecide, String committeeName,
		int implicitWaiverPromptDays, Instant updatedAt, String updatedBy) {

	static final String ID = "settings";

	String describe() {
		return "boardCommitteeMayDecide=" + this.boardCommitteeMayDecide + ", committeeName=" + this.committeeName
				+ ", implicitWaiverPromptDays=" + this.implicitWaiverPromptDays;
	}

}
