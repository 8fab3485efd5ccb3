package io.conduct.cases;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.crypto.RecordKeys;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.Awaits;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people write into a case is sealed with the case's key: the raw documents in
 * MongoDB (the case and its files in GridFS) hold none of it, while the people who may
 * read the case read it as written, and the cases are still filtered by what is not
 * secret.
 */
@ConductIntegrationTest
class CaseContentAtRestTests {

	private static final String CASE = """
			query($id: ID!) { case(id: $id) { description occurredWhen location othersAware involved { name }
			  attachments { fileName } messages { body } allegations { id summary finding findingNote }
			  entries { summary attachments { fileName } } results { summary recommendation } timeline { note } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	RecordKeys recordKeys;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant tenant;

	String erin;

	String carol;

	@BeforeEach
	void tenantWithPeople() {
		this.api = new GraphQlHttp(this.port);
		this.tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("sealed"));
		String admin = TestIssuer.get().token(this.tenant.key(), "admin", Role.TENANT_ADMIN);
		String domain = "@" + this.tenant.key() + ".test";
		this.api.post(admin,
				"mutation($csv: String!) { personImportStart(input: {csv: $csv}) { userErrors { code } } }",
				Map.of("csv", "employeeNumber,givenName,familyName,email,type\n1,Erin,Employee,erin" + domain
						+ ",EMPLOYEE\n2,Carol,Cfo,carol" + domain + ",EXECUTIVE_OFFICER\n"));
		Awaits.people(this.api, admin, 2);
		this.erin = TestIssuer.get().token(this.tenant.key(), "erin", Role.EMPLOYEE);
		this.carol = TestIssuer.get().token(this.tenant.key(), "carol", Role.CFO_CAO, Role.EMPLOYEE);
	}

	@Test
	void whatPeopleWroteIsNotReadableInTheDatabaseAndReadsAsWrittenInTheProduct() {
		Map<String, Object> report = Reports.fields("FAIR_DEALING", "CFO_CAO", "Zephyr misled the auditors");
		report.put("occurredWhen", "During the quince harvest");
		report.put("location", "Warehouse Xylo");
		report.put("othersAware", "Quentin knows");
		report.put("involved", List.of(Map.of("name", "Yolanda Vex")));
		report.put("attachments", List.of(Map.of("fileName", "ledger-wombat.txt", "contentBase64",
				Base64.getEncoder().encodeToString("the wombat ledger".getBytes()))));
		var submitted = this.api.post(this.erin, Reports.SUBMIT,
				Map.of("input", Map.of("reporterMode", "NAMED", "report", report)));
		String caseId = Reports.caseId(submitted);
		assertThat(caseId).as(submitted.body()).isNotNull();
		post("mutation($c: ID!) { caseMessagePost(input: {caseId: $c, body: \"Tell us about the narwhal\"}) { userErrors { code } } }",
				caseId);
		post("mutation($c: ID!) { caseInvestigationOpen(input: {caseId: $c}) { userErrors { code } } }", caseId);
		String allegation = this.api
			.post(this.carol,
					"""
							mutation($c: ID!) { caseAllegationAdd(input: {caseId: $c, kind: MISCONDUCT, summary: "Falsified the okapi count"}) {
							  allegation { id } userErrors { code } } }""",
					Map.of("c", caseId))
			.read("$.data.caseAllegationAdd.allegation.id");
		assertThat(this.api
			.post(this.carol,
					"""
							mutation($c: ID!, $a: ID!) { caseFindingRecord(input: {caseId: $c, allegationId: $a, finding: SUBSTANTIATED,
							  note: "The platypus invoices prove it"}) { userErrors { code } } }""",
					Map.of("c", caseId, "a", allegation))
			.<List<Object>>read("$.data.caseFindingRecord.userErrors")).isEmpty();
		post("""
				mutation($c: ID!) { caseInvestigationEntryAdd(input: {caseId: $c, type: EVIDENCE, summary: "Scans of the jackal file",
				  attachments: [{fileName: "jackal.txt", contentBase64: "%s"}]}) { userErrors { code } } }"""
			.formatted(Base64.getEncoder().encodeToString("jackal evidence bytes".getBytes())), caseId);
		post("""
				mutation($c: ID!) { caseResultsSubmit(input: {caseId: $c, summary: "The ibis was cooked",
				  recommendation: "Dismiss the quokka"}) { userErrors { code } } }""", caseId);

		String localId = GlobalId.localIdOf(caseId, "Case").orElseThrow();
		String raw = TenantContext.callAs(this.tenant,
				() -> this.tenantData.getCollection("cases").find(new Document("_id", localId)).first().toJson());
		List<String> files = new ArrayList<>();
		TenantContext.runAs(this.tenant, () -> {
			this.tenantData.getCollection("fs.files").find().forEach((file) -> files.add(file.toJson()));
			this.tenantData.getCollection("fs.chunks")
				.find()
				.forEach((chunk) -> files.add(new String(chunk.get("data", Binary.class).getData())));
		});
		List<String> written = List.of("Zephyr", "quince", "Xylo", "Quentin", "Yolanda", "wombat", "narwhal", "okapi",
				"platypus", "jackal", "ibis", "quokka");
		for (String word : written) {
			assertThat(raw).as("the case document").doesNotContainIgnoringCase(word);
			assertThat(String.join("\n", files)).as("GridFS").doesNotContainIgnoringCase(word);
		}
		// what the filters use is not secret
		assertThat(raw).contains("FAIR_DEALING");

		var read = this.api.post(this.carol, CASE, Map.of("id", caseId));
		assertThat(read.<String>read("$.data.case.description")).isEqualTo("Zephyr misled the auditors");
		assertThat(read.<String>read("$.data.case.occurredWhen")).isEqualTo("During the quince harvest");
		assertThat(read.<String>read("$.data.case.location")).isEqualTo("Warehouse Xylo");
		assertThat(read.<String>read("$.data.case.othersAware")).isEqualTo("Quentin knows");
		assertThat(read.<List<String>>read("$.data.case.involved[*].name")).containsExactly("Yolanda Vex");
		assertThat(read.<List<String>>read("$.data.case.attachments[*].fileName")).containsExactly("ledger-wombat.txt");
		assertThat(read.<List<String>>read("$.data.case.messages[*].body")).contains("Tell us about the narwhal");
		assertThat(read.<String>read("$.data.case.allegations[0].summary")).isEqualTo("Falsified the okapi count");
		assertThat(read.<String>read("$.data.case.allegations[0].findingNote"))
			.isEqualTo("The platypus invoices prove it");
		assertThat(read.<String>read("$.data.case.entries[0].summary")).isEqualTo("Scans of the jackal file");
		assertThat(read.<List<String>>read("$.data.case.entries[0].attachments[*].fileName"))
			.containsExactly("jackal.txt");
		assertThat(read.<String>read("$.data.case.results.summary")).isEqualTo("The ibis was cooked");
		assertThat(read.<String>read("$.data.case.results.recommendation")).isEqualTo("Dismiss the quokka");

		// the list still filters by category and status
		var listed = this.api.post(this.carol,
				"""
						{ cases(filter: {category: [FAIR_DEALING], status: [RECEIVED, ACKNOWLEDGED]}) { edges { node { id description } } } }""");
		assertThat(listed.<List<String>>read("$.data.cases.edges[*].node.description"))
			.containsExactly("Zephyr misled the auditors");
		var other = this.api.post(this.carol,
				"{ cases(filter: {category: [GIFTS_BRIBERY_KICKBACKS]}) { edges { node { id } } } }");
		assertThat(other.<List<Object>>read("$.data.cases.edges")).isEmpty();
	}

	@Test
	void aCaseWhoseKeyIsDestroyedKeepsItsFactsAndLosesItsContent() {
		var submitted = this.api.post(this.erin, Reports.SUBMIT, Map.of("input",
				Map.of("reporterMode", "NAMED", "report", Reports.fields("FAIR_DEALING", "CFO_CAO", "Gone soon"))));
		String caseId = Reports.caseId(submitted);
		String localId = GlobalId.localIdOf(caseId, "Case").orElseThrow();

		TenantContext.runAs(this.tenant, () -> this.recordKeys.destroy("Case", localId));
		var read = this.api.post(this.carol, "query($id: ID!) { case(id: $id) { category status description } }",
				Map.of("id", caseId));

		assertThat(read.<String>read("$.data.case.category")).isEqualTo("FAIR_DEALING");
		assertThat(read.<String>read("$.data.case.status")).isEqualTo("RECEIVED");
		assertThat(read.<String>read("$.data.case.description")).isEqualTo(CaseContent.SHREDDED);
	}

	private void post(String mutation, String caseId) {
		var response = this.api.post(this.carol, mutation, Map.of("c", caseId));
		assertThat(response.hasErrors()).as(response.body()).isFalse();
		assertThat(response.body()).doesNotContain("\"code\"");
	}

}
