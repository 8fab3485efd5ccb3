package io.conduct.people;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.Imports;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A CSV import of thousands of rows keeps the valid ones and reports each bad one with
 * its line and reason, and importing the same file again changes nobody's identity.
 */
@ConductIntegrationTest
class PersonImportTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	String adminToken;

	@BeforeEach
	void tenant() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("imp"));
		this.adminToken = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
	}

	@Test
	void fiveThousandRowsWithFiftyBadStoreTheRestAndReportEachBadRow() {
		String csv = fiveThousandRows();

		long started = System.nanoTime();
		var result = Imports.run(this.api, this.adminToken, csv);
		double seconds = (System.nanoTime() - started) / 1e9;
		System.out.printf("PersonImport: 5000 rows in %.2f s = %.0f rows/s%n", seconds, 5000 / seconds);

		assertThat(result.<String>read("$.data.personImport.status")).isEqualTo("COMPLETED");
		assertThat(result.<Integer>read("$.data.personImport.totalRows")).isEqualTo(5000);
		assertThat(result.<Integer>read("$.data.personImport.processedRows")).isEqualTo(5000);
		assertThat(result.<Integer>read("$.data.personImport.created")).isEqualTo(4950);
		assertThat(result.<Integer>read("$.data.personImport.failed")).isEqualTo(50);
		List<Integer> lines = result.read("$.data.personImport.rowErrors.edges[*].node.line");
		assertThat(lines).hasSize(50).allMatch((line) -> (line - 2) % 100 == 99).isSorted();
		assertThat(result.<List<String>>read("$.data.personImport.rowErrors.edges[*].node.reason"))
			.anyMatch((r) -> r.contains("email"))
			.anyMatch((r) -> r.contains("familyName"))
			.anyMatch((r) -> r.contains("type"))
			.anyMatch((r) -> r.contains("startDate"))
			.anyMatch((r) -> r.contains("already on line"));
		assertThat(countPeople()).isEqualTo(4950);
		Person member = TenantContext.callAs(this.tenant, () -> this.tenantData
			.findOne(Query.query(Criteria.where("employeeNumber").is("E01234")), Person.class));
		Person lead = TenantContext.callAs(this.tenant, () -> this.tenantData
			.findOne(Query.query(Criteria.where("employeeNumber").is("E01230")), Person.class));
		assertThat(member.supervisorId()).isEqualTo(lead.id());
		assertThat(member.locale()).isEqualTo(this.tenant.defaultLocale());

		var again = Imports.run(this.api, this.adminToken, csv);

		assertThat(again.<Integer>read("$.data.personImport.created")).isZero();
		assertThat(again.<Integer>read("$.data.personImport.updated")).isEqualTo(4950);
		assertThat(countPeople()).isEqualTo(4950);
		Person memberAgain = TenantContext.callAs(this.tenant, () -> this.tenantData
			.findOne(Query.query(Criteria.where("employeeNumber").is("E01234")), Person.class));
		assertThat(memberAgain.id()).isEqualTo(member.id());
		assertThat(memberAgain.supervisorId()).isEqualTo(lead.id());
	}

	@Test
	void refusedRowsArePagedInLineOrderAndTheImportIsANodeForAdministratorsOnly() {
		StringBuilder csv = new StringBuilder(Imports.HEADER);
		for (int i = 0; i < 25; i++) {
			csv.append("B").append(i).append(",Given,,b").append(i).append("@example.org,EMPLOYEE,,,,,,\n");
		}
		String id = Imports.run(this.api, this.adminToken, csv.toString()).read("$.data.personImport.id");
		String page = """
				query($id: ID!, $after: String) { node(id: $id) { ... on PersonImport { failed
				  rowErrors(first: 10, after: $after) { edges { node { line reason } } pageInfo { hasNextPage endCursor } }
				} } }""";

		List<Integer> lines = new java.util.ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			Map<String, Object> variables = new java.util.HashMap<>(Map.of("id", id));
			variables.put("after", after);
			var response = this.api.post(this.adminToken, page, variables);
			lines.addAll(response.read("$.data.node.rowErrors.edges[*].node.line"));
			after = response.<Boolean>read("$.data.node.rowErrors.pageInfo.hasNextPage")
					? response.read("$.data.node.rowErrors.pageInfo.endCursor") : null;
			pages++;
		}
		while (after != null);
		var byAnEmployee = this.api.post(TestIssuer.get().token(this.tenant.key(), "e", Role.EMPLOYEE), page,
				Map.of("id", id));

		assertThat(pages).isEqualTo(3);
		assertThat(lines).hasSize(25).isSorted().doesNotHaveDuplicates().startsWith(2).endsWith(26);
		assertThat(byAnEmployee.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(byAnEmployee.body()).doesNotContain("familyName");
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedAtOnce() {
		var response = this.api.post(this.adminToken, """
				mutation($csv: String!) { personImportStart(input: {csv: $csv}) {
				  personImport { id } userErrors { field code message } } }""",
				Map.of("csv", "name,mail\nA,a@example.org\n"));

		assertThat(response.<String>read("$.data.personImportStart.userErrors[0].code")).isEqualTo("INVALID");
		assertThat(response.<String>read("$.data.personImportStart.userErrors[0].message")).contains("employeeNumber");
		assertThat(response.<Object>read("$.data.personImportStart.personImport")).isNull();
	}

	@Test
	void anOversizedFileIsRefusedAndNothingIsStored() {
		String csv = Imports.HEADER + "x".repeat(PersonImports.MAX_CHARACTERS);

		var response = this.api.post(this.adminToken, """
				mutation($csv: String!) { personImportStart(input: {csv: $csv}) {
				  personImport { id } userErrors { code } } }""", Map.of("csv", csv));

		assertThat(response.<String>read("$.data.personImportStart.userErrors[0].code")).isEqualTo("TOO_LONG");
		assertThat(countImports()).isZero();
	}

	@Test
	void onlyTenantAdministratorsImport() {
		String employee = TestIssuer.get().token(this.tenant.key(), "e", Role.EMPLOYEE, Role.CFO_CAO);

		var response = this.api.post(employee, """
				mutation { personImportStart(input: {csv: "x"}) { personImport { id } } }""");

		assertThat(response.firstErrorCode()).isEqualTo("FORBIDDEN");
	}

	private long countPeople() {
		return TenantContext.callAs(this.tenant, () -> this.tenantData.count(new Query(), Person.class));
	}

	private long countImports() {
		return TenantContext.callAs(this.tenant, () -> this.tenantData.count(new Query(), PersonImport.class));
	}

	/** Every 100th row is bad, in one of five ways; every tenth person leads a team. */
	private static String fiveThousandRows() {
		StringBuilder csv = new StringBuilder(Imports.HEADER);
		for (int i = 0; i < 5000; i++) {
			String number = String.format("E%05d", i);
			String email = "p" + i + "@example.org";
			String family = "Family" + i;
			String type = (i % 7 == 0) ? "officer" : "EMPLOYEE";
			String start = "2024-01-15";
			String supervisor = (i % 10 == 0) ? "" : String.format("E%05d", (i / 10) * 10);
			if (i % 100 == 99) {
				switch ((i / 100) % 5) {
					case 0 -> email = "not-an-email";
					case 1 -> family = "";
					case 2 -> type = "INTERN";
					case 3 -> start = "15.01.2024";
					default -> number = String.format("E%05d", i - 1);
				}
			}
			csv.append(String.join(",", number, "Given" + i, family, email, type, "Analyst", "Finance", supervisor,
					start, "", ""))
				.append('\n');
		}
		return csv.toString();
	}

}
