package io.conduct.waivers;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
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
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * End to end, the Board's matters that are not cases reach the group's view: an amendment
 * of the Code made by the Board's resolution and still to be disclosed is among the
 * group's escalated matters (CODE_AMENDMENT_TO_DISCLOSE), opens by its id, stays out of a
 * subsidiary's view, and the quarter's board pack lists it with the waiver request
 * awaiting the Board and the conflict determination, in its PDF and its CSV.
 */
@ConductIntegrationTest
class CodeAmendmentAmongTheGroupsMattersTests {

	static final String LIST = """
			query($filter: EscalatedMatterFilter) { groupEscalatedMatters(first: 50, filter: $filter) {
			  edges { node { id tenantKey number kinds status receivedAt due overdue handlerRoles informedRoles
			    decisions recordId } } } }""";

	static final String OPEN = """
			query($id: ID!) { groupEscalatedMatter(escalatedMatterId: $id) { matter { id kinds number } description
			  measureSubjects { name } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	AuditTrail audit;

	@LocalServerPort
	int port;

	WaiverFixture group;

	@BeforeEach
	void group() {
		this.group = new WaiverFixture(new GraphQlHttp(this.port), this.registry, this.tenantData, "wgm", "XNAS");
	}

	@Test
	void anAmendmentAwaitingDisclosureIsAmongTheGroupsMattersAndInTheBoardPackWithTheBoardsOtherMatters()
			throws Exception {
		var published = amendTheSectionOnDirectors();
		String codeVersion = published.read("$.data.codeVersionPublish.version.id");
		String dana = this.group.token("dana");

		var listed = this.group.post(dana, LIST,
				Map.of("filter", Map.of("kinds", List.of("CODE_AMENDMENT_TO_DISCLOSE"))));

		String node = "$.data.groupEscalatedMatters.edges[0].node";
		assertThat(listed.<List<?>>read("$.data.groupEscalatedMatters.edges")).as(listed.body()).hasSize(1);
		assertThat(listed.<String>read(node + ".tenantKey")).isEqualTo(this.group.tenant.key());
		assertThat(listed.<List<String>>read(node + ".kinds")).containsExactly("CODE_AMENDMENT_TO_DISCLOSE");
		assertThat(listed.<String>read(node + ".number"))
			.isEqualTo(GlobalId.localIdOf(codeVersion, "CodeVersion").orElseThrow());
		// disclosed within the waivers' clock: its last day, 8 September in New York
		assertThat(listed.<String>read(node + ".due")).startsWith("2026-09-09T04:00");
		assertThat(listed.<Boolean>read(node + ".overdue")).isFalse();
		assertThat(listed.<Object>read(node + ".status")).isNull();
		assertThat(listed.<List<String>>read(node + ".handlerRoles")).containsExactly("CFO_CAO");
		assertThat(listed.<List<String>>read(node + ".informedRoles")).containsExactly("BOARD");
		String clockId = GlobalId.localIdOf(listed.read(node + ".recordId"), "PublicDisclosureClock").orElseThrow();
		assertThat(TenantContext.callAs(this.group.tenant,
				() -> this.audit.findByTarget("PublicDisclosureClock", clockId)))
			.extracting(AuditEntry::action)
			.contains("oversight.escalated-matter.list");
		// it opens, and it is the Board's: the Audit Committee alone lists none
		String id = listed.read(node + ".id");
		var opened = this.group.post(dana, OPEN, Map.of("id", id));
		assertThat(opened.<List<String>>read("$.data.groupEscalatedMatter.matter.kinds"))
			.containsExactly("CODE_AMENDMENT_TO_DISCLOSE");
		assertThat(opened.<Object>read("$.data.groupEscalatedMatter.description")).isNull();
		String committeeOnly = TestIssuer.get().token(this.group.tenant.key(), "aud", Role.AUDIT_COMMITTEE);
		assertThat(this.group.post(committeeOnly, LIST, Map.of()).<List<?>>read("$.data.groupEscalatedMatters.edges"))
			.isEmpty();
		// a subsidiary's Board sees nothing of its parent's amendment
		var child = TestTenants.register(this.registry, TestTenants.uniqueKey("wgc"), this.group.tenant.key(), "en-US",
				"Europe/Berlin");
		String childsBoard = TestIssuer.get().token(child.key(), "cb", Role.BOARD);
		assertThat(this.group.post(childsBoard, LIST, Map.of()).<List<?>>read("$.data.groupEscalatedMatters.edges"))
			.isEmpty();
		assertThat(this.group.post(childsBoard, OPEN, Map.of("id", id)).<Object>read("$.data.groupEscalatedMatter"))
			.isNull();

		// the quarter's board pack lists it with the Board's other matters
		String waiver = this.group.submitted("eve", "gifts-and-gratuities");
		assertThat(this.group.refer("carol", waiver).<List<?>>read("$.data.waiverBoardRefer.userErrors")).isEmpty();
		var disclosed = this.group.post(this.group.token("eve"), """
				mutation { disclosureSubmit(input: {kind: OTHER_ACTIVITY, description: "I sit on a charity's board"}) {
				  userErrors { code } } }""", Map.of());
		assertThat(disclosed.<List<?>>read("$.data.disclosureSubmit.userErrors")).as(disclosed.body()).isEmpty();

		HttpResponse<byte[]> pdf = download(dana, "fiscalYear=2026&quarter=3&format=pdf&language=en");
		HttpResponse<byte[]> csv = download(dana, "fiscalYear=2026&quarter=3&format=csv&language=en");

		assertThat(pdf.statusCode()).isEqualTo(200);
		String text = textOf(pdf.body());
		assertThat(text).contains("Escalated matters and their status", "CODE_AMENDMENT_TO_DISCLOSE",
				"WAIVER_AWAITING_BOARD", "CONFLICT_DETERMINATION_FOR_BOARD");
		List<String> rows = new String(csv.body(), StandardCharsets.UTF_8).lines()
			.filter((l) -> l.startsWith("escalated," + this.group.tenant.key() + ","))
			.toList();
		assertThat(rows).as(String.join("\n", rows)).hasSize(3);
		assertThat(rows).anyMatch((r) -> r.contains(",CODE_AMENDMENT_TO_DISCLOSE,") && r.contains(",OPEN,"))
			.anyMatch((r) -> r.contains(",WAIVER_AWAITING_BOARD,"))
			.anyMatch((r) -> r.contains(",CONFLICT_DETERMINATION_FOR_BOARD,"));
		// each is audited as exported in the trail of its tenant
		assertThat(TenantContext.callAs(this.group.tenant,
				() -> this.audit.findByTarget("PublicDisclosureClock", clockId)))
			.extracting(AuditEntry::action)
			.contains("oversight.board-pack.export");
		assertThat(TenantContext.callAs(this.group.tenant,
				() -> this.audit.findByTarget("WaiverRequest",
						GlobalId.localIdOf(waiver, "WaiverRequest").orElseThrow())))
			.extracting(AuditEntry::action)
			.contains("oversight.board-pack.export");
	}

	/** The section on directors amended by the Board's resolution of 1 September. */
	private GraphQlHttp.Response amendTheSectionOnDirectors() {
		List<Map<String, Object>> sections = new ArrayList<>();
		for (String heading : List.of("CONFLICTS OF INTEREST", "GIFTS AND GRATUITIES", "INSIDER TRADING", "DIRECTORS",
				"WAIVERS OF THIS CODE")) {
			Map<String, Object> section = new HashMap<>(Map.of("heading", heading, "body",
					heading.equals("DIRECTORS") ? "Directors may serve no competitor at all."
							: "The text of " + heading,
					"appliesToExecutiveOfficersOrDirectors",
					heading.startsWith("DIRE") || heading.startsWith("WAIVERS")));
			sections.add(section);
		}
		Map<String, Object> input = Map.of("effectiveDate", "2026-09-01", "changeSummary", "Amended", "translations",
				List.of(Map.of("language", "en", "title", "Code of Conduct", "sections", sections)), "boardResolution",
				Map.of("resolutionDate", "2026-09-01", "reference", "Minutes 2026-09-01, item 2", "memberIds",
						List.of(this.group.id("Bo Board"), this.group.id("Ari Audit")), "declaredRecusalIds",
						List.of()));
		var published = this.group.post(this.group.token("carol"), """
				mutation($input: CodeVersionPublishInput!) { codeVersionPublish(input: $input) {
				  version { id } userErrors { field code message } } }""", Map.of("input", input));
		assertThat(published.<List<?>>read("$.data.codeVersionPublish.userErrors")).as(published.body()).isEmpty();
		return published;
	}

	private HttpResponse<byte[]> download(String token, String query) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/oversight/board-pack?" + query))
			.header("Authorization", "Bearer " + token)
			.GET()
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String textOf(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}

}
