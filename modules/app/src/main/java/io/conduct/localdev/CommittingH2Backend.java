package io.conduct.localdev;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoMessage;

/**
 * mongo-java-server's H2 backend, committing every command's changes to its file before
 * the command is answered. The plain backend commits from a background thread about once
 * a second, so a write the driver saw acknowledged can be lost when the process is killed
 * ({@code kill -9}, an out-of-memory kill) in between; committed, it is in the file (the
 * operating system's cache) by the time the client hears of it. A command that changed
 * nothing commits nothing. (Not an fsync: a power loss can still take the last writes;
 * the embedded run is for laptops, production runs on MongoDB with its journal.)
 */
class CommittingH2Backend extends H2Backend {

	public CommittingH2Backend(String fileName) {
		super(fileName);
	}

	/** Every command of today's drivers arrives as a message (OP_MSG). */
	@Override
	public Document handleMessage(MongoMessage message) {
		try {
			return super.handleMessage(message);
		}
		finally {
			if (getMvStore().hasUnsavedChanges()) {
				commit();
			}
		}
	}

}
