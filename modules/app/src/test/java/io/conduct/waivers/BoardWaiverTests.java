package io.conduct.waivers;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An executive officer's or director's request goes through the CFO/CAO to the Board
 * only; the Board's decision records its resolution, with the requester and their
 * immediate family recused and never taking part; a committee decides only where the
 * tenant allows it, and the setting is part of the record.
 */
@ConductIntegrationTest
class BoardWaiverTests {

	private static final LocalDate TODAY = LocalDate.of(2026, 9, 1);

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@LocalServerPort
	int port;

	WaiverFixture group;

	@BeforeEach
	void group() {
		this.group = new WaiverFixture(new GraphQlHttp(this.port), this.registry, this.tenantData, "wvb", "XNAS");
	}

	@Test
	void anExecutivesRequestGoesThroughTheCfoCaoToTheBoardOnly() {
		String id = this.group.submitted("eve", "conflicts-of-interest");
		assertThat(this.group.status("eve", id)).isEqualTo("AWAITING_CFO_CAO");

		var cfoApproves = this.group.cfoDecide("carol", id, "APPROVE");
		var boardTooEarly = this.group.boardDecide("bo", id, "APPROVE", TODAY, List.of("Bo Board"), List.of(), null);
		assertThat(cfoApproves.<String>read("$.data.waiverCfoCaoDecide.userErrors[0].code"))
			.isEqualTo("NOT_AUTHORIZED_FOR_SUBJECT");
		assertThat(boardTooEarly.<String>read("$.data.waiverBoardDecide.userErrors[0].code")).isEqualTo("NOT_REFERRED");
		assertThat(this.group.review("sam", id, true).<String>read("$.data.waiverSupervisorReview.userErrors[0].code"))
			.as("supervisors do not see executives' requests")
			.isEqualTo("NOT_FOUND");
		assertThat(this.group.status("carol", id)).isEqualTo("AWAITING_CFO_CAO");

		var referred = this.group.refer("carol", id);
		assertThat(referred.<String>read("$.data.waiverBoardRefer.waiverRequest.status")).isEqualTo("AWAITING_BOARD");
		assertThat(this.group.cfoDecide("carol", id, "APPROVE")
			.<String>read("$.data.waiverCfoCaoDecide.userErrors[0].code")).isEqualTo("NOT_AUTHORIZED_FOR_SUBJECT");

		var granted = this.group.boardDecide("bo", id, "APPROVE", TODAY, List.of("Bo Board", "Ari Audit"), List.of(),
				null);
		assertThat(granted.<List<?>>read("$.data.waiverBoardDecide.userErrors")).as(granted.body()).isEmpty();
		assertThat(granted.<String>read("$.data.waiverBoardDecide.waiverRequest.status")).isEqualTo("APPROVED");
		assertThat(granted.<String>read("$.data.waiverBoardDecide.waiverRequest.boardDecision.resolution.decidingBody"))
			.isEqualTo("BOARD");
		assertThat(granted.<String>read("$.data.waiverBoardDecide.waiverRequest.disclosureClock.dueDate"))
			.isEqualTo("2026-09-08");
	}

	@Test
	void anEmployeesRequestNeverGoesToTheBoard() {
		String id = this.group.submitted("erin", "gifts-and-gratuities");
		this.group.review("sam", id, true);

		assertThat(this.group.refer("carol", id).<String>read("$.data.waiverBoardRefer.userErrors[0].code"))
			.isEqualTo("NOT_AUTHORIZED_FOR_SUBJECT");
		assertThat(this.group.boardDecide("bo", id, "APPROVE", TODAY, List.of("Bo Board"), List.of(), null)
			.<String>read("$.data.waiverBoardDecide.userErrors[0].code")).as("the Board does not see it")
			.isEqualTo("NOT_FOUND");
	}

	@Test
	void theBoardsDecisionRecordsTheResolutionAndExcludesTheRequesterAndTheirImmediateFamily() {
		String id = this.group.submitted("dana", "gifts-and-gratuities");
		this.group.refer("carol", id);

		var requesterTakesPart = this.group.boardDecide("bo", id, "APPROVE", TODAY,
				List.of("Bo Board", "Ari Audit", "Dana Director"), List.of(), null);
		var spouseTakesPart = this.group.boardDecide("bo", id, "APPROVE", TODAY, List.of("Bo Board", "Rob Relative"),
				List.of(), null);
		var notOnTheBoard = this.group.boardDecide("bo", id, "APPROVE", TODAY, List.of("Bo Board", "Nick Nonboard"),
				List.of(), null);
		var requesterRecords = this.group.boardDecide("dana", id, "APPROVE", TODAY, List.of("Bo Board"), List.of(),
				null);
		var spouseRecords = this.group.boardDecide("rob", id, "APPROVE", TODAY, List.of("Bo Board"), List.of(), null);
		var inTheFuture = this.group.boardDecide("bo", id, "APPROVE", TODAY.plusDays(1), List.of("Bo Board"), List.of(),
				null);

		assertThat(requesterTakesPart.<String>read("$.data.waiverBoardDecide.userErrors[0].code"))
			.isEqualTo("RECUSED_MEMBER");
		assertThat(requesterTakesPart.<List<String>>read("$.data.waiverBoardDecide.userErrors[0].field"))
			.containsExactly("input", "resolution", "memberIds", "2");
		assertThat(spouseTakesPart.<String>read("$.data.waiverBoardDecide.userErrors[0].code"))
			.isEqualTo("RECUSED_MEMBER");
		assertThat(notOnTheBoard.<String>read("$.data.waiverBoardDecide.userErrors[0].code"))
			.isEqualTo("NOT_BOARD_MEMBER");
		assertThat(requesterRecords.<String>read("$.data.waiverBoardDecide.userErrors[0].code"))
			.isEqualTo("OWN_REQUEST");
		assertThat(spouseRecords.<String>read("$.data.waiverBoardDecide.userErrors[0].code"))
			.isEqualTo("RECUSED_MEMBER");
		assertThat(inTheFuture.<List<String>>read("$.data.waiverBoardDecide.userErrors[0].field"))
			.containsExactly("input", "resolution", "resolutionDate");
		assertThat(this.group.status("carol", id)).isEqualTo("AWAITING_BOARD");
		assertThat(this.group.count("public_disclosure_clocks")).isZero();

		var granted = this.group.boardDecide("bo", id, "APPROVE", TODAY, List.of("Bo Board"), List.of("Ari Audit"),
				null);

		String resolution = "$.data.waiverBoardDecide.waiverRequest.boardDecision.resolution";
		assertThat(granted.<String>read(resolution + ".resolutionDate")).isEqualTo("2026-09-01");
		assertThat(granted.<String>read(resolution + ".reference")).isEqualTo("Minutes 2026-09-01, item 4");
		assertThat(granted.<List<String>>read(resolution + ".membersTakingPart[*].displayName"))
			.containsExactly("Bo Board");
		assertThat(granted.<List<String>>read(resolution + ".recusals[*].memberName"))
			.containsExactlyInAnyOrder("Dana Director", "Rob Relative", "Ari Audit");
		assertThat(granted.<List<String>>read(resolution + ".recusals[?(@.memberName == 'Dana Director')].reason"))
			.containsExactly("REQUESTER");
		assertThat(granted.<List<String>>read(resolution + ".recusals[?(@.memberName == 'Rob Relative')].reason"))
			.containsExactly("IMMEDIATE_FAMILY");
		assertThat(granted.<List<String>>read(resolution + ".recusals[?(@.memberName == 'Ari Audit')].reason"))
			.containsExactly("DECLARED");
		assertThat(granted.<String>read("$.data.waiverBoardDecide.waiverRequest.boardDecision.recordedByName"))
			.isEqualTo("Bo Board");
	}

	@Test
	void aCommitteeDecidesOnlyWhereTheTenantAllowsItAndTheSettingIsRecorded() {
		String id = this.group.submitted("eve", "conflicts-of-interest");
		this.group.refer("carol", id);

		var notAllowed = this.group.boardDecide("bo", id, "APPROVE", TODAY, List.of("Bo Board"), List.of(),
				"Nominating and Governance Committee");
		assertThat(notAllowed.<String>read("$.data.waiverBoardDecide.userErrors[0].code"))
			.isEqualTo("COMMITTEE_NOT_ALLOWED");
		assertThat(this.group.status("carol", id)).isEqualTo("AWAITING_BOARD");

		var noName = this.group.post(this.group.token("carol"), SETTINGS,
				Map.of("input", Map.of("boardCommitteeMayDecide", true, "implicitWaiverPromptDays", 30)));
		assertThat(noName.<List<String>>read("$.data.waiverSettingsUpdate.userErrors[0].field"))
			.containsExactly("input", "committeeName");
		assertThat(this.group
			.post(this.group.token("erin"), SETTINGS, Map.of("input", Map.of("boardCommitteeMayDecide", true,
					"committeeName", "Audit Committee", "implicitWaiverPromptDays", 30)))
			.firstErrorCode()).isEqualTo("FORBIDDEN");
		var allowed = this.group.post(this.group.token("carol"), SETTINGS,
				Map.of("input", Map.of("boardCommitteeMayDecide", true, "committeeName",
						"Nominating and Governance Committee", "implicitWaiverPromptDays", 30)));
		assertThat(allowed.<Boolean>read("$.data.waiverSettingsUpdate.settings.boardCommitteeMayDecide")).isTrue();

		var otherCommittee = this.group.boardDecide("bo", id, "APPROVE", TODAY, List.of("Bo Board"), List.of(),
				"Compensation Committee");
		assertThat(otherCommittee.<String>read("$.data.waiverBoardDecide.userErrors[0].code"))
			.isEqualTo("COMMITTEE_NOT_ALLOWED");
		var byCommittee = this.group.boardDecide("bo", id, "APPROVE", TODAY, List.of("Bo Board", "Ari Audit"),
				List.of(), "nominating and governance committee");

		String resolution = "$.data.waiverBoardDecide.waiverRequest.boardDecision.resolution";
		assertThat(byCommittee.<String>read(resolution + ".decidingBody")).isEqualTo("BOARD_COMMITTEE");
		assertThat(byCommittee.<String>read(resolution + ".committeeName"))
			.isEqualTo("Nominating and Governance Committee");
		assertThat(byCommittee.<Boolean>read(resolution + ".committeeMayDecide")).isTrue();

		String second = this.group.submitted("dana", "conflicts-of-interest");
		this.group.refer("carol", second);
		var byTheBoard = this.group.boardDecide("bo", second, "DENY", TODAY, List.of("Bo Board"), List.of(), null);
		assertThat(byTheBoard.<String>read(resolution + ".decidingBody")).isEqualTo("BOARD");
		assertThat(byTheBoard.<Boolean>read(resolution + ".committeeMayDecide")).isTrue();
		assertThat(byTheBoard.<String>read("$.data.waiverBoardDecide.waiverRequest.status")).isEqualTo("DENIED");
		assertThat(byTheBoard.<Object>read("$.data.waiverBoardDecide.waiverRequest.disclosureClock"))
			.as("a denial is not disclosed")
			.isNull();
	}

	static final String SETTINGS = """
			mutation($input: WaiverSettingsUpdateInput!) { waiverSettingsUpdate(input: $input) {
			  settings { boardCommitteeMayDecide committeeName implicitWaiverPromptDays } userErrors { field code } } }""";

}
