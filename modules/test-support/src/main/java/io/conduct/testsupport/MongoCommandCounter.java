package io.conduct.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.event.CommandListener;
import com.mongodb.event.CommandStartedEvent;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;

/**
 * Counts the commands the application sends to MongoDB, to prove that a query costs a
 * fixed number of database round trips whatever the size of its page (no N+1).
 */
public class MongoCommandCounter implements CommandListener {

	private final List<String> commands = new CopyOnWriteArrayList<>();

	private final List<String> targets = new CopyOnWriteArrayList<>();

	private final List<Query> queries = new CopyOnWriteArrayList<>();

	@Override
	public void commandStarted(CommandStartedEvent event) {
		this.commands.add(event.getDatabaseName() + "." + event.getCommandName());
		BsonValue collection = event.getCommand().get(event.getCommandName());
		this.targets.add(event.getDatabaseName() + "." + event.getCommandName() + " "
				+ ((collection != null && collection.isString()) ? collection.asString().getValue() : "-"));
		if ("find".equals(event.getCommandName())) {
			this.queries.add(new Query(event.getDatabaseName(), event.getCommand().clone()));
		}
	}

	/** The find commands sent to tenant databases, to explain them. */
	public List<Query> tenantQueries(String tenantDatabasePrefix) {
		return this.queries.stream().filter((q) -> q.database().startsWith(tenantDatabasePrefix)).toList();
	}

	/**
	 * A find command as it was sent.
	 *
	 * @param database the database it was sent to
	 * @param command the command
	 */
	public record Query(String database, BsonDocument command) {

		/** The command's collection. */
		public String collection() {
			return this.command.getString("find").getValue();
		}

		/** The same query as an {@code explain} command (query planner verbosity). */
		public BsonDocument explain() {
			BsonDocument find = new BsonDocument("find", this.command.get("find"));
			for (String field : List.of("filter", "sort", "limit", "projection", "hint")) {
				if (this.command.containsKey(field)) {
					find.put(field, this.command.get(field));
				}
			}
			return new BsonDocument("explain", find).append("verbosity", new BsonString("queryPlanner"));
		}

	}

	public void reset() {
		this.commands.clear();
		this.targets.clear();
		this.queries.clear();
	}

	/**
	 * Commands sent to tenant databases with the collection each names, e.g.
	 * {@code conduct_t_acme.find people}: to tell which kinds of things a request read.
	 */
	public List<String> tenantCommandTargets(String tenantDatabasePrefix) {
		return this.targets.stream().filter((c) -> c.startsWith(tenantDatabasePrefix)).toList();
	}

	/** Commands sent to tenant databases (the control database is not counted). */
	public List<String> tenantCommands(String tenantDatabasePrefix) {
		return this.commands.stream().filter((c) -> c.startsWith(tenantDatabasePrefix)).toList();
	}

}
