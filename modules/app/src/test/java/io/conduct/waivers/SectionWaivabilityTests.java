package io.conduct.waivers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Some policies of the Code admit no exception: the group's CFO/CAO marks a section of a
 * version as not waivable, with the reason; a request against it is refused with that
 * reason, in the group's subsidiaries too, and so is the approval of a request made
 * before the mark.
 */
@ConductIntegrationTest
class SectionWaivabilityTests {

	private static final String MARK = """
			mutation($input: CodeSectionWaivabilitySetInput!) { codeSectionWaivabilitySet(input: $input) {
			  sections { sectionKey heading index waivable reason markedInVersion } userErrors { field code message } } }""";

	private static final String SECTIONS = """
			query($v: ID) { codeSectionWaivability(codeVersionId: $v) { sectionKey heading waivable reason markedInVersion } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	WaiverFixture group;

	String versionId;

	@BeforeEach
	void group() {
		this.api = new GraphQlHttp(this.port);
		this.group = new WaiverFixture(this.api, this.registry, this.tenantData, "wvs", null);
		this.versionId = this.api.post(this.group.token("carol"), "{ currentCode { version { id } } }")
			.read("$.data.currentCode.version.id");
	}

	@Test
	void aRequestAgainstASectionThatAdmitsNoExceptionIsRefusedWithTheReason() {
		var marked = mark("carol", "insider-trading", false, "Securities law admits no exception");
		assertThat(marked.<List<?>>read("$.data.codeSectionWaivabilitySet.userErrors")).as(marked.body()).isEmpty();
		assertThat(marked.<List<Boolean>>read("$.data.codeSectionWaivabilitySet.sections[*].waivable"))
			.containsExactly(true, true, false, true, true);

		var refused = this.group.submit("erin", "insider-trading", LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 10, 2));
		// the German key names the same section
		var refusedInGerman = this.group.submit("dana", "insiderhandel", LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 10, 2));

		assertThat(refused.<String>read("$.data.waiverRequestSubmit.userErrors[0].code")).isEqualTo("NOT_WAIVABLE");
		assertThat(refused.<String>read("$.data.waiverRequestSubmit.userErrors[0].message")).contains("INSIDER TRADING",
				"Securities law admits no exception");
		assertThat(refused.<List<String>>read("$.data.waiverRequestSubmit.userErrors[0].field"))
			.containsExactly("input", "sectionKey");
		assertThat(refusedInGerman.<String>read("$.data.waiverRequestSubmit.userErrors[0].code"))
			.isEqualTo("NOT_WAIVABLE");
		assertThat(this.group.count("waiver_requests")).isZero();
		assertThat(
				this.group.submit("erin", "gifts-and-gratuities", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2))
					.<List<?>>read("$.data.waiverRequestSubmit.userErrors"))
			.isEmpty();
	}

	@Test
	void aMarkMadeAfterARequestRefusesItsApproval() {
		String id = this.group.submitted("erin", "insider-trading");
		this.group.review("sam", id, true);
		mark("carol", "insider-trading", false, "No exceptions");

		var approval = this.group.cfoDecide("carol", id, "APPROVE");
		var denial = this.group.cfoDecide("carol", id, "DENY");

		assertThat(approval.<String>read("$.data.waiverCfoCaoDecide.userErrors[0].code")).isEqualTo("NOT_WAIVABLE");
		assertThat(denial.<String>read("$.data.waiverCfoCaoDecide.waiverRequest.status")).isEqualTo("DENIED");
	}

	@Test
	void aMarkHoldsForLaterVersionsAndEveryTenantOfTheGroup() {
		mark("carol", "insider-trading", false, "No exceptions");
		var v2 = this.api.post(this.group.token("carol"),
				"""
						mutation($input: CodeVersionPublishInput!) { codeVersionPublish(input: $input) { version { id number } userErrors { code } } }""",
				Map.of("input", Map.of("effectiveDate", "2026-06-01", "changeSummary", "Gifts clarified",
						"translations",
						List.of(Map.of("language", "en", "title", "Code of Conduct", "sections", List.of(
								Map.of("heading", "GIFTS AND GRATUITIES", "body", "New text"),
								Map.of("heading", "INSIDER TRADING", "body", "Same rule"),
								Map.of("heading", "DIRECTORS", "body", "The text of DIRECTORS",
										"appliesToExecutiveOfficersOrDirectors", true),
								Map.of("heading", "WAIVERS OF THIS CODE", "body", "The text of WAIVERS OF THIS CODE",
										"appliesToExecutiveOfficersOrDirectors", true)))))));
		assertThat(v2.<Integer>read("$.data.codeVersionPublish.version.number")).as(v2.body()).isEqualTo(2);

		var inForce = this.api.post(this.group.token("erin"), SECTIONS, java.util.Collections.singletonMap("v", null));
		assertThat(inForce.<List<String>>read("$.data.codeSectionWaivability[?(@.waivable == false)].sectionKey"))
			.containsExactly("insider-trading");
		assertThat(inForce.<List<Integer>>read("$.data.codeSectionWaivability[?(@.waivable == false)].markedInVersion"))
			.containsExactly(1);

		var subsidiary = TestTenants.register(this.registry, TestTenants.uniqueKey("wvs-sub"), this.group.tenant.key(),
				"de-DE", "Europe/Berlin");
		String subsidiaryCfo = TestIssuer.get().token(subsidiary.key(), "cfo", Role.CFO_CAO);
		var there = this.api.post(subsidiaryCfo, SECTIONS, java.util.Collections.singletonMap("v", null));
		assertThat(there.<List<String>>read("$.data.codeSectionWaivability[?(@.waivable == false)].reason"))
			.containsExactly("No exceptions");
		var notGroup = this.api.post(subsidiaryCfo, MARK, Map.of("input", Map.of("codeVersionId", this.versionId,
				"sectionKey", "gifts-and-gratuities", "waivable", false, "reason", "Ours")));
		assertThat(notGroup.<String>read("$.data.codeSectionWaivabilitySet.userErrors[0].code")).isEqualTo("NOT_GROUP");

		// marked waivable again in version 2
		String v2Id = v2.read("$.data.codeVersionPublish.version.id");
		this.api.post(this.group.token("carol"), MARK,
				Map.of("input", Map.of("codeVersionId", v2Id, "sectionKey", "insider-trading", "waivable", true)));
		assertThat(this.api.post(this.group.token("erin"), SECTIONS, java.util.Collections.singletonMap("v", null))
			.<List<Boolean>>read("$.data.codeSectionWaivability[*].waivable")).hasSize(4).containsOnly(true);
		assertThat(this.api.post(this.group.token("erin"), SECTIONS, Map.of("v", this.versionId))
			.<List<Boolean>>read("$.data.codeSectionWaivability[*].waivable")).contains(false);
	}

	@Test
	void aMarkNeedsItsReasonAndAKnownSectionAndTheCfoCao() {
		var noReason = mark("carol", "insider-trading", false, null);
		var noSection = mark("carol", "travel", false, "No");
		assertThat(noReason.<List<String>>read("$.data.codeSectionWaivabilitySet.userErrors[0].field"))
			.containsExactly("input", "reason");
		assertThat(noSection.<String>read("$.data.codeSectionWaivabilitySet.userErrors[0].code"))
			.isEqualTo("NOT_FOUND");
		assertThat(mark("erin", "insider-trading", false, "No").firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(this.api.post(this.group.token("erin"), SECTIONS, java.util.Collections.singletonMap("v", null))
			.<List<Boolean>>read("$.data.codeSectionWaivability[*].waivable")).containsOnly(true);
	}

	private GraphQlHttp.Response mark(String user, String key, boolean waivable, String reason) {
		Map<String, Object> input = new java.util.HashMap<>();
		input.put("codeVersionId", this.versionId);
		input.put("sectionKey", key);
		input.put("waivable", waivable);
		if (reason != null) {
			input.put("reason", reason);
		}
		return this.api.post(this.group.token(user), MARK, Map.of("input", input));
	}

}
