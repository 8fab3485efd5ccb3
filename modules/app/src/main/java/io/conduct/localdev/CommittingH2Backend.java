package io.conduct.localdev;

import java.util.List;
import java.util.Set;

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
 * <p>
 * Only commands that can write look for changes: asking the store whether anything
 * changed walks every map it holds (each collection and index of every tenant), so doing
 * it after each read made every read cost more with every tenant onboarded.
 */
class CommittingH2Backend extends H2Backend {

	/** Commands that never change data; every other command may. */
	private static final Set<String> READS = Set.of("find", "getMore", "count", "distinct", "listCollections",
			"listIndexes", "listDatabases", "hello", "isMaster", "ismaster", "ping", "buildInfo", "buildinfo",
			"killCursors", "endSessions", "dbStats", "dbstats", "collStats", "serverStatus", "getParameter", "getLog",
			"whatsmyuri", "connectionStatus", "hostInfo", "getCmdLineOpts", "explain", "getLastError");

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
			if (mayWrite(message.getDocument()) && getMvStore().hasUnsavedChanges()) {
				commit();
			}
		}
	}

	/**
	 * Whether the command may change data: anything but a read, or a pipeline's output.
	 */
	static boolean mayWrite(Document command) {
		if (command.isEmpty()) {
			return false;
		}
		String name = command.keySet().iterator().next();
		if (name.equals("aggregate")) {
			return command.get("pipeline") instanceof List<?> pipeline && pipeline.stream()
				.anyMatch((stage) -> stage instanceof Document d && (d.containsKey("$out") || d.containsKey("$merge")));
		}
		return !READS.contains(name);
	}

}
