package io.conduct.certifications;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Campaigns, assignments, certifications, Code versions and a tenant's additions are
 * reachable through {@code node(id:)}, each with the access rules of its own query: what
 * the caller may not see is null.
 */
@ConductIntegrationTest
class CertificationNodesTests {

	private static final String NODE = """
			query($id: ID!) { node(id: $id) { id
			  ... on CertificationCampaign { name }
			  ... on CertificationAssignment { assignmentStatus: status campaign { name } }
			  ... on Certification { certificationStatus: status exception }
			  ... on CodeVersion { number }
			  ... on CodeAddition { number } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	CampaignFixture tenant;

	String campaignId;

	@BeforeEach
	void campaign() {
		this.api = new GraphQlHttp(this.port);
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Berlin")));
		this.tenant = new CampaignFixture(this.api, this.registry, this.tenantData, "nod", null, "Europe/Berlin",
				today);
		this.campaignId = this.tenant.openAdHoc("Roll-out", today.plusDays(5));
	}

	@Test
	void aCampaignIsSeenByThoseWhoManageItAndThePeopleItAsks() {
		String stranger = TestIssuer.get().token(this.tenant.tenant.key(), "zed", Role.EMPLOYEE);

		assertThat(name(this.tenant.admin, this.campaignId)).isEqualTo("Roll-out");
		assertThat(name(this.tenant.erin, this.campaignId)).isEqualTo("Roll-out");
		assertThat(node(stranger, this.campaignId)).isNull();
	}

	@Test
	void anAssignmentIsSeenByThePersonAndTheCfoCao() {
		String erins = this.api.post(this.tenant.erin, CampaignFixture.ASSIGNMENTS)
			.read("$.data.viewer.certificationAssignments.edges[0].node.id");

		assertThat(this.api.post(this.tenant.erin, NODE, Map.of("id", erins)).<String>read("$.data.node.campaign.name"))
			.isEqualTo("Roll-out");
		assertThat(this.api.post(this.tenant.carol, NODE, Map.of("id", erins))
			.<String>read("$.data.node.assignmentStatus")).isEqualTo("PENDING");
		assertThat(node(this.tenant.sam, erins)).isNull();
		assertThat(node(this.tenant.admin, erins)).isNull();
	}

	@Test
	void aCertificationIsSeenByItsSignerAndItsExceptionByTheCfoCaoWhoseReadIsRecorded() {
		var certified = CodeFixtures.certifyCurrent(this.api, this.tenant.erin, "Erin Employee", this.clock.instant(),
				Map.of("exception", "My brother works for a supplier"));
		String id = certified.read("$.data.codeCertify.certification.id");
		String audit = TestIssuer.get().token(this.tenant.tenant.key(), "ann", Role.AUDIT_COMMITTEE);

		assertThat(
				this.api.post(this.tenant.erin, NODE, Map.of("id", id)).<String>read("$.data.node.certificationStatus"))
			.isEqualTo("EXCEPTION_RAISED");
		assertThat(this.api.post(this.tenant.carol, NODE, Map.of("id", id)).<String>read("$.data.node.exception"))
			.isEqualTo("My brother works for a supplier");
		assertThat(node(this.tenant.sam, id)).isNull();
		// the Audit Committee looks into a CFO/CAO's own exceptions only
		assertThat(node(audit, id)).isNull();
		String localId = GlobalId.localIdOf(id, "Certification").orElseThrow();
		List<AuditEntry> reads = TenantContext.callAs(this.tenant.tenant,
				() -> this.audit.findByTarget("Certification", localId));
		assertThat(reads).filteredOn((entry) -> entry.action().equals("code.certify.exception.read"))
			.extracting(AuditEntry::actorSubject)
			.containsExactly("carol");
	}

	@Test
	void versionsOfTheCodeAreReadInTheGroupAndATenantsAdditionsInTheTenant() {
		String versionId = this.api.post(this.tenant.erin, "{ currentCode { version { id } } }")
			.read("$.data.currentCode.version.id");
		var published = this.api.post(this.tenant.carol, """
				mutation($input: CodeAdditionPublishInput!) { codeAdditionPublish(input: $input) {
				  addition { id } userErrors { code } } }""",
				Map.of("input",
						Map.of("effectiveDate", "2026-01-01", "changeSummary", "Local rules", "translations",
								List.of(Map.of("language", "en", "title", "Local", "sections",
										List.of(Map.of("heading", "LOCAL", "body", "Local text")))))));
		String additionId = published.read("$.data.codeAdditionPublish.addition.id");
		String elsewhere = TestIssuer.get()
			.token(TestTenants.register(this.registry, TestTenants.uniqueKey("else")).key(), "oz", Role.EMPLOYEE);

		assertThat(this.api.post(this.tenant.erin, NODE, Map.of("id", versionId)).<Integer>read("$.data.node.number"))
			.isEqualTo(1);
		assertThat(this.api.post(this.tenant.erin, NODE, Map.of("id", additionId)).<Integer>read("$.data.node.number"))
			.isEqualTo(1);
		assertThat(node(elsewhere, versionId)).isNull();
		assertThat(node(elsewhere, additionId)).isNull();
	}

	private Object node(String token, String id) {
		var response = this.api.post(token, NODE, Map.of("id", id));
		assertThat(response.hasErrors()).as(response.body()).isFalse();
		return response.read("$.data.node");
	}

	private String name(String token, String id) {
		return this.api.post(token, NODE, Map.of("id", id)).read("$.data.node.name");
	}

}
