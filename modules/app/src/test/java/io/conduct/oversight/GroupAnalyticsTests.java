package io.conduct.oversight;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The group's analytics are counted in each tenant's database; small cells are withheld,
 * also where the total and the other parts would give them away; each read is audited in
 * the tenant's trail.
 */
@ConductIntegrationTest
class GroupAnalyticsTests {

	static final String FIGURES = "received { value suppressed reason } anonymousShare { value suppressed } "
			+ "reportsPer100Employees { value suppressed } open { value suppressed } substantiationRate { value suppressed }";

	static final String ANALYTICS = """
			query($y: Int!, $q: Int!) { groupAnalytics(fiscalYear: $y, quarter: $q) {
			  group { %s }
			  tenants { edges { node { tenantKey firstDay lastDay people figures { %s }
			    byCategory { category figures { received { value suppressed reason } } }
			    byChannel { channel figures { received { value suppressed } } } } } } } }""".formatted(FIGURES,
			FIGURES);

	@Autowired
	TenantRegistry registry;

	@Autowired
	AuditTrail audit;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	@BeforeEach
	void api() {
		this.api = new GraphQlHttp(this.port);
	}

	@Test
	void smallCellsAreWithheldAlsoByDifferenceAndTheReadIsAuditedInEachTenant() {
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pan", null);
		GroupFixture child = new GroupFixture(this.api, this.registry, "can", parent.tenant.key());
		GroupFixture grandchild = new GroupFixture(this.api, this.registry, "gan", child.tenant.key());
		for (int i = 0; i < 6; i++) {
			child.report("MISUSE_OF_ASSETS", "CFO_CAO", "Vans used privately " + i, "Erin Employee");
		}
		for (int i = 0; i < 3; i++) {
			child.report("CONFLICT_OF_INTEREST", "CFO_CAO", "A supplier relationship " + i, "Erin Employee");
		}
		for (int i = 0; i < 2; i++) {
			grandchild.report("MISUSE_OF_ASSETS", "CFO_CAO", "Fuel cards " + i, "Erin Employee");
		}

		// the test tenants' fiscal year starts in January: FY2026 Q3 is July to September
		var analytics = this.api.post(parent.board, ANALYTICS, Map.of("y", 2026, "q", 3));

		String group = "$.data.groupAnalytics.group";
		assertThat(analytics.<Double>read(group + ".received.value")).as(analytics.body()).isEqualTo(11.0);
		assertThat(analytics.<Double>read(group + ".anonymousShare.value")).isZero();
		assertThat(analytics.<Boolean>read(group + ".substantiationRate.suppressed")).isFalse();
		assertThat(analytics.<Double>read(group + ".reportsPer100Employees.value")).isEqualTo(11 * 100.0 / 12);
		String rows = "$.data.groupAnalytics.tenants.edges[*].node";
		assertThat(analytics.<List<String>>read(rows + ".tenantKey")).containsExactly(parent.tenant.key(),
				child.tenant.key(), grandchild.tenant.key());
		assertThat(analytics.<List<String>>read(rows + ".firstDay")).containsOnly("2026-07-01");
		assertThat(analytics.<List<String>>read(rows + ".lastDay")).containsOnly("2026-09-30");
		// the grandchild's 2 are withheld; 11 less the parent's 0 would give them away
		// from
		// the child's 9, so those are withheld too
		assertThat(analytics.<List<Boolean>>read(rows + ".figures.received.suppressed")).containsExactly(false, true,
				true);
		assertThat(analytics.<List<String>>read(rows + ".figures.received.reason")).containsExactly(null,
				"COMPLEMENTARY", "FEWER_THAN_FIVE_CASES");
		assertThat(analytics.<List<Object>>read(rows + ".figures.received.value")).containsExactly(0.0, null, null);
		// within the child: conflicts (3) withheld, and misuse (6) as their complement
		String child1 = "$.data.groupAnalytics.tenants.edges[1].node";
		assertThat(analytics.<List<String>>read(child1 + ".byCategory[*].category"))
			.containsExactly("CONFLICT_OF_INTEREST", "MISUSE_OF_ASSETS");
		assertThat(analytics.<List<String>>read(child1 + ".byCategory[*].figures.received.reason"))
			.containsExactly("FEWER_THAN_FIVE_CASES", "COMPLEMENTARY");
		assertThat(analytics.<List<Double>>read(child1 + ".byChannel[*].figures.received.value")).containsExactly(9.0);
		// the grandchild's shares are from 2 cases: withheld
		assertThat(analytics
			.<Boolean>read("$.data.groupAnalytics.tenants.edges[2].node.figures.anonymousShare.suppressed")).isTrue();

		List<AuditEntry> trail = TenantContext.callAs(grandchild.tenant,
				() -> this.audit.findByTarget("Analytics", "FY2026-Q3"));
		assertThat(trail).singleElement().satisfies((entry) -> {
			assertThat(entry.actorTenant()).isEqualTo(parent.tenant.key());
			assertThat(entry.action()).isEqualTo("oversight.analytics.read");
		});
		// a subsidiary's Board sees its own part only
		assertThat(this.api.post(child.board, ANALYTICS, Map.of("y", 2026, "q", 3))
			.<List<String>>read(rows + ".tenantKey")).containsExactly(child.tenant.key(), grandchild.tenant.key());
		assertThat(this.api.post(parent.employee, ANALYTICS, Map.of("y", 2026, "q", 3)).firstErrorCode())
			.isEqualTo("FORBIDDEN");
		assertThat(this.api.post(parent.board, ANALYTICS, Map.of("y", 2026, "q", 5)).firstErrorCode())
			.isEqualTo("BAD_REQUEST");
	}

}
