package io.conduct.platform.graphql;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class GlobalIdTests {

	@Test
	void roundTripsTypeAndLocalIdOpaquely() {
		String id = GlobalId.encode("Tenant", "acme-de");

		assertThat(id).doesNotContain("Tenant").doesNotContain("acme");
		assertThat(GlobalId.decode(id)).contains(new GlobalId("Tenant", "acme-de"));
		assertThat(GlobalId.localIdOf(id, "Tenant")).contains("acme-de");
		assertThat(GlobalId.localIdOf(id, "Case")).isEmpty();
	}

	@Test
	void localIdsMayContainColons() {
		assertThat(GlobalId.decode(GlobalId.encode("Case", "DE:2026:7"))).contains(new GlobalId("Case", "DE:2026:7"));
	}

	@Test
	void anythingElseDecodesToNothing() {
		assertThat(GlobalId.decode(null)).isEmpty();
		assertThat(GlobalId.decode("")).isEmpty();
		assertThat(GlobalId.decode("%%%")).isEmpty();
		assertThat(GlobalId.decode(GlobalId.encode("Tenant", "x").substring(0, 4))).isEmpty();
		assertThat(GlobalId.decode("a".repeat(600))).isEmpty();
	}

}
