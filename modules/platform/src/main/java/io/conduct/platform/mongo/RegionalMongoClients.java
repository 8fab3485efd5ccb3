package io.conduct.platform.mongo;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import org.springframework.beans.factory.DisposableBean;

/**
 * One MongoDB client per data region, created on first use. Regions without a configured
 * URI share the default client, which this class does not own, unless regions are strict
 * (production): then such a region is refused.
 */
public class RegionalMongoClients implements DisposableBean {

	private final MongoClient defaultClient;

	private final Map<String, String> uris;

	private final Map<String, MongoClient> clients = new ConcurrentHashMap<>();

	private final boolean strict;

	private final Function<String, MongoClient> factory;

	public RegionalMongoClients(MongoClient defaultClient, MongoRegionsProperties properties) {
		this(defaultClient, properties, MongoClients::create);
	}

	/**
	 * @param factory makes a region's client from its URI (with the same settings, e.g.
	 * command metrics, as the default client)
	 */
	public RegionalMongoClients(MongoClient defaultClient, MongoRegionsProperties properties,
			Function<String, MongoClient> factory) {
		this.defaultClient = defaultClient;
		this.uris = properties.regions();
		this.strict = properties.strictRegions();
		this.factory = factory;
	}

	public MongoClient forRegion(String region) {
		String uri = this.uris.get(region);
		if (uri == null || uri.isBlank()) {
			if (this.strict) {
				// a tenant's data stays in its region: never fall back to another cluster
				throw new IllegalStateException("No MongoDB configured for data region " + region);
			}
			return this.defaultClient;
		}
		return this.clients.computeIfAbsent(uri, this.factory);
	}

	public boolean isConfigured(String region) {
		return this.uris.containsKey(region);
	}

	@Override
	public void destroy() {
		this.clients.values().forEach(MongoClient::close);
	}

}
