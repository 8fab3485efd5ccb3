package io.conduct.testsupport;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The MongoDB every test uses, started once per JVM: a Testcontainers replica set where
 * Docker is available; else the server named by {@code MONGODB_URI}; else an in-process
 * MongoDB-wire server.
 */
public final class TestMongo {

	private static final Logger logger = LoggerFactory.getLogger(TestMongo.class);

	private static volatile String connectionString;

	private TestMongo() {
	}

	/**
	 * Whether the tests run against a real MongoDB (a container, or {@code MONGODB_URI}),
	 * whose query planner can explain a query; the in-process server has none (it ignores
	 * secondary indexes).
	 */
	public static boolean isRealMongoDb() {
		String uri = System.getenv("MONGODB_URI");
		return Docker.isAvailable() || (uri != null && !uri.isBlank());
	}

	public static synchronized String connectionString() {
		if (connectionString == null) {
			connectionString = start();
		}
		return connectionString;
	}

	private static String start() {
		if (Docker.isAvailable()) {
			MongoDBContainer container = new MongoDBContainer("mongo:8.0");
			container.start();
			Runtime.getRuntime().addShutdownHook(new Thread(container::stop));
			logger.info("Tests use MongoDB in a container: {}", container.getReplicaSetUrl());
			return container.getReplicaSetUrl();
		}
		String uri = System.getenv("MONGODB_URI");
		if (uri != null && !uri.isBlank()) {
			logger.info("Tests use MongoDB at MONGODB_URI");
			return uri;
		}
		MongoServer server = new MongoServer(new MemoryBackend());
		server.bind("127.0.0.1", 0);
		Runtime.getRuntime().addShutdownHook(new Thread(server::shutdownNow));
		var address = server.getLocalAddress();
		logger.info("Tests use an in-process MongoDB-wire server on {}", address);
		return "mongodb://" + address.getHostString() + ":" + address.getPort() + "/conduct";
	}

}
