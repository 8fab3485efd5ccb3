package io.conduct.platform.crypto;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the master keys that wrap the tenants' data keys come from. Several may be
 * available so that a new one can become active while data keys wrapped by the old one
 * are still read. A {@link MasterKeySource} bean (a KMS) replaces both sources.
 *
 * @param source {@code configuration} (the default: {@code master-keys}) or
 * {@code keystore}
 * @param masterKeys key id to a base64-encoded 256-bit AES key
 * @param activeMasterKey the id (or key store alias) of the key that wraps new data keys
 * @param keystore the key store, for {@code source: keystore}
 */
@ConfigurationProperties("conduct.crypto")
public record CryptoProperties(String source, Map<String, String> masterKeys, String activeMasterKey,
		KeyStoreSource keystore) {

	public CryptoProperties {
		source = (source != null && !source.isBlank()) ? source : "configuration";
		masterKeys = (masterKeys != null) ? Map.copyOf(masterKeys) : Map.of();
	}

	/** Keys from configuration. */
	public static CryptoProperties of(Map<String, String> masterKeys, String activeMasterKey) {
		return new CryptoProperties(null, masterKeys, activeMasterKey, null);
	}

	/**
	 * A Java key store holding the master keys as AES secret-key entries, by alias.
	 *
	 * @param type the store's type: {@code PKCS12} (a file) or {@code PKCS11} (an HSM)
	 * @param path the file, for a file-based store
	 * @param password the store's password (or the HSM's PIN)
	 * @param providerConfig the SunPKCS11 configuration file, for an HSM
	 */
	public record KeyStoreSource(String type, String path, String password, String providerConfig) {

		public KeyStoreSource {
			type = (type != null) ? type : "PKCS12";
		}

	}

}
