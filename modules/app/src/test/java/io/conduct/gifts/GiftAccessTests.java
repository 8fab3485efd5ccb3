package io.conduct.gifts;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import static io.conduct.gifts.GiftGroup.named;
import static io.conduct.gifts.GiftGroup.received;
import static io.conduct.gifts.GiftGroup.registered;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Need-to-know: the recorder, their supervisor, the CFO/CAO and the Audit Committee read
 * an entry, nobody else (another employee, another company); staff reads are audited. A
 * page of entries costs the same commands for 6 entries as for 30.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GiftAccessTests {

	private static final String STAFF_PAGE = """
			query($first: Int) { giftEntries(first: $first) { edges { node { id status recorder { displayName }
			  counterparty { name registered { name } } approval { decidedBy { displayName } }
			  disposition { overdue recordedBy { displayName } } valuation { tenantValue { amount } } } } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	AuditTrail audit;

	@Autowired
	MongoCommandCounter commands;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	GiftGroup group;

	@BeforeAll
	void group() {
		this.api = new GraphQlHttp(this.port);
		this.group = new GiftGroup(this.api, this.registry, this.tenantData);
	}

	@Test
	void theRecorderTheirSupervisorTheCfoCaoAndTheAuditCommitteeReadAnEntryNobodyElseAndStaffReadsAreAudited() {
		String id = (String) this.group
			.recorded(this.group.erin, received("GIFT", registered(this.group.nordwind), "2026-08-20", "40", "EUR"))
			.get("id");
		String carols = (String) this.group
			.recorded(this.group.carol,
					received("GIFT", named("Druckerei Weiss", "BUSINESS_CONTACT"), "2026-08-20", "20", "EUR"))
			.get("id");

		for (String reader : List.of(this.group.erin, this.group.sam, this.group.carol, this.group.kim,
				this.group.ann)) {
			assertThat(this.group.read(reader, id).<String>read("$.data.node.id")).isEqualTo(id);
		}
		assertThat(this.group.read(this.group.olga, id).<Object>readOrNull("$.data.node")).as("another employee")
			.isNull();
		assertThat(this.group.read(this.group.jun, id).<Object>readOrNull("$.data.node")).as("another company")
			.isNull();
		assertThat(this.group.read(this.group.sam, carols).<Object>readOrNull("$.data.node"))
			.as("not the recorder's supervisor")
			.isNull();

		assertThat(staffIds(this.group.sam)).contains(id).doesNotContain(carols);
		assertThat(staffIds(this.group.carol)).contains(id).as("her own are under the viewer").doesNotContain(carols);
		assertThat(staffIds(this.group.kim)).contains(id, carols);
		assertThat(staffIds(this.group.olga)).isEmpty();
		assertThat(staffIds(this.group.erin)).isEmpty();
		assertThat(this.api.post(this.group.erin, "{ viewer { giftEntries(first: 100) { edges { node { id } } } } }")
			.<List<String>>read("$.data.viewer.giftEntries.edges[*].node.id")).contains(id).doesNotContain(carols);

		List<AuditEntry> trail = TenantContext.callAs(this.group.de,
				() -> this.audit.findByTarget("GiftEntry", GlobalId.localIdOf(id, "GiftEntry").orElseThrow()));
		assertThat(trail).filteredOn((e) -> e.action().equals("gift.read"))
			.extracting(AuditEntry::actorSubject)
			.containsExactlyInAnyOrder("sam", "carol", "kim", "ann");
		assertThat(trail).filteredOn((e) -> e.action().equals("gift.list"))
			.extracting(AuditEntry::actorSubject)
			.contains("sam", "carol", "kim");
		assertThat(trail).extracting(AuditEntry::actorSubject)
			.as("the recorder's own reads are not staff reads")
			.containsOnlyOnce("erin");
	}

	@Test
	void aPageOfEntriesCostsTheSameCommandsWhateverItsSize() {
		String supplier = this.group.counterparty("Seitenweise Papier GmbH");
		for (int i = 0; i < 30; i++) {
			String day = "2026-08-%02d".formatted(1 + (i % 28));
			this.group.recorded(this.group.olga,
					received("GIFT", (i % 2 == 0) ? registered(supplier) : named("Kunde " + i, "BUSINESS_CONTACT"), day,
							String.valueOf(10 + i * 3), "EUR"));
		}

		this.commands.reset();
		var small = this.api.post(this.group.kim, STAFF_PAGE, Map.of("first", 6));
		List<String> forSix = this.commands.tenantCommands("conduct_t_");
		this.commands.reset();
		var large = this.api.post(this.group.kim, STAFF_PAGE, Map.of("first", 30));
		List<String> forThirty = this.commands.tenantCommands("conduct_t_");

		assertThat(small.<List<?>>read("$.data.giftEntries.edges")).hasSize(6);
		assertThat(large.<List<?>>read("$.data.giftEntries.edges")).hasSize(30);
		assertThat(large.<List<String>>read("$.data.giftEntries.edges[*].node.counterparty.registered.name"))
			.contains("Seitenweise Papier GmbH");
		System.out.printf("Gift register page: %d commands for 6 entries, %d for 30%n", forSix.size(),
				forThirty.size());
		assertThat(forThirty).hasSameSizeAs(forSix);
	}

	private List<String> staffIds(String token) {
		return this.api.post(token, "{ giftEntries(first: 100) { edges { node { id } } } }")
			.read("$.data.giftEntries.edges[*].node.id");
	}

}
