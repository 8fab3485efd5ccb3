package io.conduct.platform.crypto;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Master keys that wrap the tenants' data keys. Several may be configured so that a new
 * one can become active while data keys wrapped by the old one are still read.
 *
 * @param masterKeys key id to a base64-encoded 256-bit AES key
 * @param activeMasterKey the id of the key that wraps new data keys
 */
@ConfigurationProperties("conduct.crypto")
public record CryptoProperties(Map<String, String> masterKeys, String activeMasterKey) {

	public CryptoProperties {
		masterKeys = (masterKeys != null) ? Map.copyOf(masterKeys) : Map.of();
	}

}
