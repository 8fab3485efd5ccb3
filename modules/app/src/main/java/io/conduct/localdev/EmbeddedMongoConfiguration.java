package io.conduct.localdev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The local run's MongoDB: an in-process MongoDB-wire server whose data lives in an H2
 * file under the data folder, so it survives restarts, and every acknowledged write
 * survives the process being killed ({@link CommittingH2Backend}; the README's
 * "Performance" section compares the backends). The application talks to it over the wire
 * protocol with the ordinary driver, as it would to a real cluster.
 */
@Configuration(proxyBeanMethods = false)
@Profile("local")
class EmbeddedMongoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMongoConfiguration.class);

	@Bean(destroyMethod = "shutdownNow")
	MongoServer embeddedMongoServer(LocalProperties properties) {
		try {
			Files.createDirectories(properties.dataDir());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String file = properties.dataDir().resolve("mongo.mv").toAbsolutePath().toString();
		MongoServer server = new MongoServer(new CommittingH2Backend(file));
		server.bind("127.0.0.1", properties.mongoPort());
		logger.info("Embedded MongoDB-wire server on {} with data in {}", server.getLocalAddress(), file);
		return server;
	}

	@Bean
	MongoConnectionDetails embeddedMongoConnectionDetails(MongoServer embeddedMongoServer) {
		InetSocketAddress address = embeddedMongoServer.getLocalAddress();
		ConnectionString uri = new ConnectionString(
				"mongodb://" + address.getHostString() + ":" + address.getPort() + "/conduct");
		return () -> uri;
	}

}
