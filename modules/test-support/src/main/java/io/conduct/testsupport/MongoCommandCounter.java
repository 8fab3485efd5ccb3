package io.conduct.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;

/**
 * Counts the commands the application sends to MongoDB, to prove that a query costs a
 * fixed number of database round trips whatever the size of its page (no N+1).
 */
public class MongoCommandCounter implements CommandListener {

	private final List<String> commands = new CopyOnWriteArrayList<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		this.commands.add(event.getDatabaseName() + "." + event.getCommandName());
	}

	public void reset() {
		this.commands.clear();
	}

	/** Commands sent to tenant databases (the control database is not counted). */
	public List<String> tenantCommands(String tenantDatabasePrefix) {
		return this.commands.stream().filter((c) -> c.startsWith(tenantDatabasePrefix)).toList();
	}

}
