package io.conduct.platform.records;

import java.util.List;
import java.util.Optional;

/**
 * A domain's records that retention schedules apply to. Each domain implements it for its
 * own kind over its own collection, and deletes its own records when the retention engine
 * (in {@code cases}, with the schedules and the legal holds) says they are due: no domain
 * reads another's collections. Called in the tenant's context.
 */
public interface RetainedRecords {

	/** The kind of record. */
	RecordKind kind();

	/** The type of its global ids, e.g. {@code Disclosure}. */
	String nodeType();

	/** The records not deleted, by id, after the one given (null: from the first). */
	List<RetainedRecord> after(String afterId, int size);

	/** A record not deleted. */
	Optional<RetainedRecord> find(String id);

	/**
	 * Deletes the record and everything in it: the engine has kept its statistic and
	 * audits the deletion. Idempotent.
	 */
	void delete(String id);

}
