package io.conduct.platform.mongo;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where each data region's MongoDB lives. A region without its own URI uses the default
 * client ({@code spring.mongodb.uri}); the local profile maps every region to it.
 *
 * @param dataRegions the data regions tenants may be placed in
 * @param regions data region to connection URI, for regions with a cluster of their own
 * @param controlDatabase the database holding the tenant registry
 * @param tenantDatabasePrefix prefix of each tenant's database name
 * @param strictRegions whether a region without its own URI is refused instead of sharing
 * the default cluster
 */
@ConfigurationProperties("conduct.mongo")
public record MongoRegionsProperties(List<String> dataRegions, Map<String, String> regions, String controlDatabase,
		String tenantDatabasePrefix, boolean strictRegions) {

	public MongoRegionsProperties {
		dataRegions = (dataRegions != null) ? List.copyOf(dataRegions) : List.of("us", "eu", "ap");
		regions = (regions != null) ? Map.copyOf(regions) : Map.of();
		controlDatabase = (controlDatabase != null) ? controlDatabase : "conduct_control";
		tenantDatabasePrefix = (tenantDatabasePrefix != null) ? tenantDatabasePrefix : "conduct_t_";
	}

	/**
	 * Whether tenants can be placed in the region: listed, and with a cluster if strict.
	 */
	public boolean isUsable(String region) {
		return this.dataRegions.contains(region)
				&& (!this.strictRegions || (this.regions.containsKey(region) && !this.regions.get(region).isBlank()));
	}

}
