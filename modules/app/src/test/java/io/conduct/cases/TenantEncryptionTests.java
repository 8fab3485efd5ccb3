package io.conduct.cases;

import java.time.Clock;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.crypto.CryptoProperties;
import io.conduct.platform.crypto.EncryptedValue;
import io.conduct.platform.crypto.TenantEncryption;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Per-tenant data keys wrapped by master keys: values stay readable across a data-key
 * rotation and across a master-key rotation, and never across tenants.
 */
@ConductIntegrationTest
class TenantEncryptionTests {

	private static final String ONE = "dGVzdC1tYXN0ZXIta2V5LW9uZS0zMi1ieXRlcy1sb24=";

	private static final String TWO = "dGVzdC1tYXN0ZXIta2V5LXR3by0zMi1ieXRlcy1sb24=";

	@Autowired
	TenantRegistry registry;

	@Autowired
	@Qualifier(MongoConfiguration.CONTROL)
	MongoTemplate control;

	@Test
	void dataKeyAndMasterKeyRotationKeepOldValuesReadable() {
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("crypto"));
		// the master key ids of the test profile, which wrap every data key of the shared
		// control database
		TenantEncryption underOne = encryption(Map.of("test-1", ONE), "test-1");

		EncryptedValue before = TenantContext.callAs(tenant,
				() -> underOne.encrypt("Jane Reporter", "case/1/reporter"));
		String rotated = TenantContext.callAs(tenant, underOne::rotateDataKey);
		EncryptedValue after = TenantContext.callAs(tenant, () -> underOne.encrypt("Jane Reporter", "case/1/reporter"));

		assertThat(before.ciphertext()).doesNotContain("Jane");
		assertThat(after.keyId()).isEqualTo(rotated).isNotEqualTo(before.keyId());
		assertThat(TenantContext.callAs(tenant, () -> underOne.decrypt(before, "case/1/reporter")))
			.isEqualTo("Jane Reporter");

		TenantEncryption bothKeys = encryption(Map.of("test-1", ONE, "test-2", TWO), "test-2");
		assertThat(bothKeys.rewrapDataKeys()).isGreaterThanOrEqualTo(2);
		TenantEncryption onlyTwo = encryption(Map.of("test-2", TWO), "test-2");
		assertThat(TenantContext.callAs(tenant, () -> onlyTwo.decrypt(before, "case/1/reporter")))
			.isEqualTo("Jane Reporter");
		assertThat(TenantContext.callAs(tenant, () -> onlyTwo.decrypt(after, "case/1/reporter")))
			.isEqualTo("Jane Reporter");

		assertThatThrownBy(() -> TenantContext.callAs(tenant, () -> onlyTwo.decrypt(before, "case/2/reporter")))
			.isInstanceOf(IllegalStateException.class);
		Tenant other = TestTenants.register(this.registry, TestTenants.uniqueKey("other"));
		assertThatThrownBy(() -> TenantContext.callAs(other, () -> onlyTwo.decrypt(before, "case/1/reporter")))
			.isInstanceOf(IllegalStateException.class);
	}

	private TenantEncryption encryption(Map<String, String> keys, String active) {
		return new TenantEncryption(this.control, CryptoProperties.of(keys, active), Clock.systemUTC());
	}

}
