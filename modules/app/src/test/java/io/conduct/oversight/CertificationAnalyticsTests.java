package io.conduct.oversight;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The certification completion of each tenant's quarter, from the certifications' own
 * counts, in the group's analytics and its board pack: withheld when fewer than five
 * people were asked, and where the group's figure and the others' would give a withheld
 * one away.
 */
@ConductIntegrationTest
class CertificationAnalyticsTests {

	static final String ANALYTICS = """
			query { groupAnalytics(fiscalYear: 2026, quarter: 3) {
			  group { certificationCompletion { value suppressed reason } }
			  tenants { edges { node { tenantKey figures { certificationCompletion { value suppressed reason } }
			    byCategory { figures { certificationCompletion { value } } } } } } } }""";

	@Autowired
	TenantRegistry registry;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	@BeforeEach
	void api() {
		this.api = new GraphQlHttp(this.port);
	}

	@Test
	void certificationCompletionIsCountedPerTenantAndForTheGroupWithSmallCellsWithheld() throws Exception {
		// everyone is in the directory before the Code is, so nobody is asked on hire
		GroupFixture parent = new GroupFixture(this.api, this.registry, "pce", null);
		GroupFixture child = new GroupFixture(this.api, this.registry, "cce", parent.tenant.key(), "Europe/Berlin",
				"10,Finn,First,finn@x.test,EMPLOYEE\n11,Gina,Second,gina@x.test,EMPLOYEE\n", 2);
		GroupFixture grandchild = new GroupFixture(this.api, this.registry, "gce", child.tenant.key());
		parent.publishCode();
		openCampaign(child);
		certify(child.employee, "Erin Employee");
		certify(child.cfo, "Carl Cfo");
		String xena = TestIssuer.get().token(child.tenant.key(), "xena", Role.EMPLOYEE);
		this.api.post(xena, "{ viewer { person { id } } }");
		certify(xena, "Xena Exec");
		child.report("MISUSE_OF_ASSETS", "CFO_CAO", "Vans used privately", "Erin Employee");

		var before = this.api.post(parent.board, ANALYTICS, Map.of());

		String rows = "$.data.groupAnalytics.tenants.edges[*].node";
		// 3 of the child's 6 certified; nobody was asked in the parent
		assertThat(before.<List<Object>>read(rows + ".figures.certificationCompletion.value")).as(before.body())
			.containsExactly(null, 0.5, null);
		assertThat(before.<Double>read("$.data.groupAnalytics.group.certificationCompletion.value")).isEqualTo(0.5);
		// not a figure of a category
		assertThat(before.<List<Object>>read(rows + ".byCategory[*].figures.certificationCompletion.value"))
			.containsOnlyNulls();

		// the grandchild asks its 4: withheld, and the child's as their complement
		openCampaign(grandchild);
		var after = this.api.post(parent.board, ANALYTICS, Map.of());

		assertThat(after.<List<String>>read(rows + ".figures.certificationCompletion.reason")).as(after.body())
			.containsExactly(null, "COMPLEMENTARY", "FEWER_THAN_FIVE_CASES");
		assertThat(after.<List<Object>>read(rows + ".figures.certificationCompletion.value")).containsOnlyNulls();
		assertThat(after.<Double>read("$.data.groupAnalytics.group.certificationCompletion.value")).isEqualTo(0.3);

		// the board pack says the same
		HttpResponse<byte[]> csv = HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create(
						"http://127.0.0.1:" + this.port + "/oversight/board-pack?fiscalYear=2026&quarter=3&format=csv"))
				.header("Authorization", "Bearer " + parent.board)
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
		assertThat(lines.get(0)).contains("Certification completion");
		assertThat(lines).anySatisfy((line) -> assertThat(line).startsWith("analytics,,Group,").endsWith(",30 %,0"));
		assertThat(lines.stream().filter((line) -> line.startsWith("analytics,,Tenant " + child.tenant.key())))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("fewer than 5"));
	}

	private void openCampaign(GroupFixture fixture) {
		var opened = this.api.post(fixture.cfo, """
				mutation($input: CertificationCampaignOpenInput!) { certificationCampaignOpen(input: $input) {
				  campaign { id } userErrors { field code } } }""",
				Map.of("input", Map.of("name", "After the amendment", "dueDate", "2026-09-20")));
		assertThat(opened.<List<?>>read("$.data.certificationCampaignOpen.userErrors")).as(opened.body()).isEmpty();
	}

	private void certify(String token, String name) {
		var shown = this.api.post(token, """
				query { currentCode(language: "en") { version { id } language contentHash } }""");
		Map<String, Object> input = new HashMap<>();
		input.put("versionId", shown.read("$.data.currentCode.version.id"));
		input.put("language", shown.read("$.data.currentCode.language"));
		input.put("contentHash", shown.read("$.data.currentCode.contentHash"));
		input.put("openedAt", "2026-09-01T07:00:00Z");
		input.put("receivedAndRead", true);
		input.put("understood", true);
		input.put("compliedAndWillComply", true);
		input.put("printedName", name);
		input.put("signature", name);
		var certified = this.api.post(token, """
				mutation($input: CodeCertifyInput!) { codeCertify(input: $input) {
				  certification { id } userErrors { field code } } }""", Map.of("input", input));
		assertThat(certified.<List<?>>read("$.data.codeCertify.userErrors")).as(certified.body()).isEmpty();
	}

}
