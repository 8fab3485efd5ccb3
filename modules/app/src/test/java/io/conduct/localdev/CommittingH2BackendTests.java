package io.conduct.localdev;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded run's backend keeps every acknowledged write in its file, and only
 * commands that can write look for changes to commit.
 */
class CommittingH2BackendTests {

	@TempDir
	Path folder;

	@Test
	void anAcknowledgedWriteIsInTheFileBeforeTheProcessEnds() throws Exception {
		Path file = this.folder.resolve("mongo.mv");
		MongoServer server = new MongoServer(new CommittingH2Backend(file.toString()));
		var address = server.bind();
		try (MongoClient client = MongoClients
			.create("mongodb://" + address.getHostString() + ":" + address.getPort())) {
			client.getDatabase("conduct_t_acme").getCollection("cases").insertOne(new org.bson.Document("_id", "c-1"));
			// what a kill -9 leaves: the file as it is now, the server never shut down
			Path copy = this.folder.resolve("after-kill.mv");
			Files.copy(file, copy);
			MongoServer reopened = new MongoServer(new H2Backend(copy.toString()));
			var again = reopened.bind();
			try (MongoClient reader = MongoClients
				.create("mongodb://" + again.getHostString() + ":" + again.getPort())) {
				assertThat(reader.getDatabase("conduct_t_acme").getCollection("cases").countDocuments()).isEqualTo(1);
			}
			finally {
				reopened.shutdownNow();
			}
		}
		finally {
			server.shutdownNow();
		}
	}

	@Test
	void readsDoNotLookForChangesAndEveryOtherCommandDoes() {
		assertThat(CommittingH2Backend.mayWrite(new Document("find", "cases"))).isFalse();
		assertThat(CommittingH2Backend.mayWrite(new Document("getMore", 1L))).isFalse();
		assertThat(CommittingH2Backend.mayWrite(new Document("count", "cases"))).isFalse();
		assertThat(CommittingH2Backend.mayWrite(new Document("hello", 1))).isFalse();
		assertThat(CommittingH2Backend.mayWrite(
				new Document("aggregate", "cases").append("pipeline", List.of(new Document("$match", new Document())))))
			.isFalse();
		assertThat(CommittingH2Backend
			.mayWrite(new Document("aggregate", "cases").append("pipeline", List.of(new Document("$out", "copy")))))
			.isTrue();
		for (String write : List.of("insert", "update", "delete", "findAndModify", "createIndexes", "drop",
				"dropDatabase", "someCommandNotKnownYet")) {
			assertThat(CommittingH2Backend.mayWrite(new Document(write, "cases"))).as(write).isTrue();
		}
	}

}
