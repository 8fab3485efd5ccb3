package io.conduct.platform.mongo;

import com.mongodb.MongoBulkWriteException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;

/**
 * Idempotent bulk writes: documents keyed so that writing them again keeps one. An
 * unordered bulk write applies every operation it can; failures that only say "this key
 * exists already" mean the work was done before (or by another instance) and are not
 * errors.
 */
public final class BulkWrites {

	private static final int DUPLICATE_KEY = 11000;

	private BulkWrites() {
	}

	/**
	 * Runs the unordered bulk write of {@code operations} operations.
	 * @return how many were applied now (those refused as duplicates are not)
	 */
	public static int executeIgnoringDuplicates(BulkOperations bulk, int operations) {
		try {
			bulk.execute();
			return operations;
		}
		catch (BulkOperationException ex) {
			if (ex.getErrors().stream().allMatch((error) -> error.getCode() == DUPLICATE_KEY)) {
				return operations - ex.getErrors().size();
			}
			throw ex;
		}
		catch (DuplicateKeyException ex) {
			if (ex.getCause() instanceof MongoBulkWriteException failure) {
				if (failure.getWriteErrors().stream().allMatch((error) -> error.getCode() == DUPLICATE_KEY)) {
					return operations - failure.getWriteErrors().size();
				}
				throw ex;
			}
			return 0;
		}
	}

}
