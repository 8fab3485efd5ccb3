package io.conduct.waivers;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Any change to this Code that applies to executive officers or directors may be made
 * only by the Board": publishing an amendment that touches such sections is refused
 * without the Board's resolution, which the version then records, and its disclosure runs
 * on the same clock as a waiver's. Other amendments need none.
 */
@ConductIntegrationTest
class CodeAmendmentTests {

	private static final String PUBLISH = """
			mutation($input: CodeVersionPublishInput!) { codeVersionPublish(input: $input) {
			  version { id number sections: text(language: "en") { sections { heading appliesToExecutiveOfficersOrDirectors } }
			    boardResolution { resolutionDate reference sections membersTakingPart { displayName } recused { displayName } } }
			  userErrors { field code message } } }""";

	private static final String VERSIONS = "{ codeVersions { edges { node { number } } } }";

	private static final List<String> ENGLISH = List.of("CONFLICTS OF INTEREST", "GIFTS AND GRATUITIES",
			"INSIDER TRADING", "DIRECTORS", "WAIVERS OF THIS CODE");

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	WaiverFixture group;

	@BeforeEach
	void group() {
		this.group = new WaiverFixture(new GraphQlHttp(this.port), this.registry, this.tenantData, "wva", "XNAS");
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void anAmendmentOfTheSectionOnDirectorsWithoutTheBoardsResolutionIsRefusedAndNothingPublished() {
		var refused = publish(amended("DIRECTORS", "Directors may serve no competitor at all."), null);

		assertThat(refused.<String>read("$.data.codeVersionPublish.userErrors[0].code"))
			.isEqualTo("BOARD_RESOLUTION_REQUIRED");
		assertThat(refused.<List<String>>read("$.data.codeVersionPublish.userErrors[0].field")).containsExactly("input",
				"boardResolution");
		assertThat(refused.<String>read("$.data.codeVersionPublish.userErrors[0].message")).contains("DIRECTORS");
		assertThat(versions()).containsExactly(1);
	}

	@Test
	void unmarkingAddingOrRemovingAnExecutiveSectionNeedsTheBoardToo() {
		List<Map<String, Object>> unmarked = sections();
		unmarked.set(3, Map.of("heading", "DIRECTORS", "body", "The text of DIRECTORS"));
		List<Map<String, Object>> removed = sections();
		removed.remove(4);
		List<Map<String, Object>> added = sections();
		added.add(Map.of("heading", "EXECUTIVE COMPENSATION", "body", "Clawbacks apply.",
				"appliesToExecutiveOfficersOrDirectors", true));

		for (var change : List.of(unmarked, removed, added)) {
			assertThat(publish(change, null).<String>read("$.data.codeVersionPublish.userErrors[0].code"))
				.isEqualTo("BOARD_RESOLUTION_REQUIRED");
		}
		assertThat(versions()).containsExactly(1);
	}

	@Test
	void anAmendmentOfOtherSectionsNeedsNoResolutionAndStartsNoClock() {
		var published = publish(amended("GIFTS AND GRATUITIES", "Gifts above 50 USD are returned."), null);

		assertThat(published.<List<?>>read("$.data.codeVersionPublish.userErrors")).as(published.body()).isEmpty();
		assertThat(published.<Object>read("$.data.codeVersionPublish.version.boardResolution")).isNull();
		assertThat(this.group.count("public_disclosure_clocks")).isZero();
	}

	@Test
	void withTheBoardsResolutionTheVersionRecordsItAndItsDisclosureRunsOnTheWaiversClock() {
		var published = publish(amended("DIRECTORS", "Directors may serve no competitor at all."),
				resolution("2026-09-01", List.of("Bo Board", "Ari Audit"), List.of("Rob Relative")));

		assertThat(published.<List<?>>read("$.data.codeVersionPublish.userErrors")).as(published.body()).isEmpty();
		String resolution = "$.data.codeVersionPublish.version.boardResolution";
		assertThat(published.<String>read(resolution + ".resolutionDate")).isEqualTo("2026-09-01");
		assertThat(published.<List<String>>read(resolution + ".sections")).containsExactly("DIRECTORS");
		assertThat(published.<List<String>>read(resolution + ".membersTakingPart[*].displayName"))
			.containsExactly("Bo Board", "Ari Audit");
		assertThat(published.<List<String>>read(resolution + ".recused[*].displayName"))
			.containsExactly("Rob Relative");
		assertThat(published.<List<Boolean>>read(
				"$.data.codeVersionPublish.version.sections.sections[*].appliesToExecutiveOfficersOrDirectors"))
			.containsExactly(false, false, false, true, true);

		var clocks = this.group.post(this.group.token("ari"), """
				{ publicDisclosureClocks { edges { node { subject dueDate person { displayName }
				  codeVersion { number boardResolution { reference } } } } } }""", Map.of());
		assertThat(clocks.<List<String>>read("$.data.publicDisclosureClocks.edges[*].node.subject"))
			.containsExactly("CODE_AMENDMENT");
		assertThat(clocks.<List<String>>read("$.data.publicDisclosureClocks.edges[*].node.dueDate"))
			.containsExactly("2026-09-08");
		assertThat(clocks.<List<Integer>>read("$.data.publicDisclosureClocks.edges[*].node.codeVersion.number"))
			.containsExactly(2);
	}

	@Test
	void theResolutionIsCheckedAsAWaiversIs() {
		var notOnTheBoard = publish(amended("DIRECTORS", "New"),
				resolution("2026-09-01", List.of("Nick Nonboard"), List.of()));
		var valid = publish(amended("DIRECTORS", "New"), resolution("2026-09-01", List.of("Bo Board"), List.of()));
		this.clock.setTo(java.time.Instant.parse("2029-01-04T15:00:00Z"));
		var notLoaded = publish(amended("DIRECTORS", "Newer"),
				resolution("2029-01-04", List.of("Bo Board"), List.of()));

		assertThat(notOnTheBoard.<String>read("$.data.codeVersionPublish.userErrors[0].code"))
			.isEqualTo("NOT_BOARD_MEMBER");
		assertThat(notOnTheBoard.<List<String>>read("$.data.codeVersionPublish.userErrors[0].field"))
			.containsExactly("input", "boardResolution", "memberIds", "0");
		assertThat(valid.<List<?>>read("$.data.codeVersionPublish.userErrors")).isEmpty();
		assertThat(notLoaded.<String>read("$.data.codeVersionPublish.userErrors[0].code"))
			.isEqualTo("CALENDAR_YEAR_NOT_LOADED");
		assertThat(notLoaded.<List<String>>read("$.data.codeVersionPublish.userErrors[0].field"))
			.containsExactly("input", "boardResolution", "resolutionDate");
		assertThat(versions()).containsExactly(2, 1);
	}

	private List<Integer> versions() {
		return this.group.post(this.group.token("erin"), VERSIONS, Map.of())
			.read("$.data.codeVersions.edges[*].node.number");
	}

	private GraphQlHttp.Response publish(List<Map<String, Object>> sections, Map<String, Object> resolution) {
		Map<String, Object> input = new HashMap<>();
		input.put("effectiveDate", "2026-09-01");
		input.put("changeSummary", "Amended");
		input.put("translations", List.of(Map.of("language", "en", "title", "Code of Conduct", "sections", sections)));
		if (resolution != null) {
			input.put("boardResolution", resolution);
		}
		return this.group.post(this.group.token("carol"), PUBLISH, Map.of("input", input));
	}

	/** The English sections of the version in force, with one section's text changed. */
	private static List<Map<String, Object>> amended(String heading, String body) {
		List<Map<String, Object>> sections = sections();
		for (int i = 0; i < sections.size(); i++) {
			if (sections.get(i).get("heading").equals(heading)) {
				Map<String, Object> changed = new HashMap<>(sections.get(i));
				changed.put("body", body);
				sections.set(i, changed);
			}
		}
		return sections;
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> sections() {
		return new ArrayList<>((List<Map<String, Object>>) WaiverFixture.translation("en", "Code of Conduct", ENGLISH)
			.get("sections"));
	}

	private Map<String, Object> resolution(String day, List<String> members, List<String> recused) {
		return Map.of("resolutionDate", day, "reference", "Minutes " + day + ", item 2", "memberIds",
				members.stream().map(this.group::id).toList(), "declaredRecusalIds",
				recused.stream().map(this.group::id).toList());
	}

}
