package io.conduct.waivers;

import java.time.LocalDate;
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
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An employee's or officer's request, as the Code's section WAIVERS sets it: the
 * immediate supervisor agrees first, then the CFO/CAO approves; nobody decides on their
 * own request nor gives both approvals; bad input and people not entitled are refused and
 * nothing is stored.
 */
@ConductIntegrationTest
class WaiverRequestTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	WaiverFixture group;

	@BeforeEach
	void group() {
		this.api = new GraphQlHttp(this.port);
		this.group = new WaiverFixture(this.api, this.registry, this.tenantData, "wv", null);
	}

	@Test
	void anEmployeesRequestGoesToTheirSupervisorFirstAndThenToTheCfoCao() {
		var submitted = this.group.submit("erin", "gifts-and-gratuities", LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 12, 31));
		assertThat(submitted.<List<?>>read("$.data.waiverRequestSubmit.userErrors")).as(submitted.body()).isEmpty();
		String id = submitted.read("$.data.waiverRequestSubmit.waiverRequest.id");
		assertThat(submitted.<String>read("$.data.waiverRequestSubmit.waiverRequest.status"))
			.isEqualTo("AWAITING_SUPERVISOR");
		assertThat(submitted.<String>read("$.data.waiverRequestSubmit.waiverRequest.route"))
			.isEqualTo("SUPERVISOR_THEN_CFO_CAO");
		assertThat(submitted.<String>read("$.data.waiverRequestSubmit.waiverRequest.number")).matches("W-2026-\\d{4}");
		assertThat(submitted.<String>read("$.data.waiverRequestSubmit.waiverRequest.section.heading"))
			.isEqualTo("GIFTS AND GRATUITIES");
		assertThat(submitted.<String>read("$.data.waiverRequestSubmit.waiverRequest.supervisor.displayName"))
			.isEqualTo("Sam Supervisor");

		var tooEarly = this.group.cfoDecide("carol", id, "APPROVE");
		assertThat(tooEarly.<String>read("$.data.waiverCfoCaoDecide.userErrors[0].code"))
			.isEqualTo("AWAITING_SUPERVISOR");
		assertThat(this.group.status("carol", id)).isEqualTo("AWAITING_SUPERVISOR");

		var agreed = this.group.review("sam", id, true);
		assertThat(agreed.<String>read("$.data.waiverSupervisorReview.waiverRequest.status"))
			.isEqualTo("AWAITING_CFO_CAO");
		assertThat(agreed
			.<String>read("$.data.waiverSupervisorReview.waiverRequest.supervisorReview.supervisor.displayName"))
			.isEqualTo("Sam Supervisor");

		var approved = this.group.cfoDecide("carol", id, "APPROVE");
		assertThat(approved.<String>read("$.data.waiverCfoCaoDecide.waiverRequest.status")).isEqualTo("APPROVED");
		assertThat(approved.<String>read("$.data.waiverCfoCaoDecide.waiverRequest.cfoCaoStep.action"))
			.isEqualTo("APPROVED");
		assertThat(
				this.group.cfoDecide("cora", id, "DENY").<String>read("$.data.waiverCfoCaoDecide.userErrors[0].code"))
			.isEqualTo("DECIDED");
	}

	@Test
	void aSupervisorWhoDeclinesEndsTheRequest() {
		String id = this.group.submitted("erin", "gifts-and-gratuities");

		var declined = this.group.review("sam", id, false);

		assertThat(declined.<String>read("$.data.waiverSupervisorReview.waiverRequest.status"))
			.isEqualTo("DECLINED_BY_SUPERVISOR");
		assertThat(this.group.cfoDecide("carol", id, "APPROVE")
			.<String>read("$.data.waiverCfoCaoDecide.userErrors[0].code")).isEqualTo("DECIDED");
	}

	@Test
	void nobodyDecidesOnTheirOwnRequestNorGivesBothApprovals() {
		// Cora (an officer, CFO/CAO and Sam's supervisor) asks: Carol is her supervisor
		String coras = this.group.submitted("cora", "conflicts-of-interest");
		assertThat(this.group.review("carol", coras, true).firstErrorCode())
			.as("Carol supervises Cora but holds no SUPERVISOR role")
			.isEqualTo("FORBIDDEN");
		this.group.token("carol", Role.CFO_CAO, Role.SUPERVISOR, Role.EMPLOYEE);
		assertThat(
				this.group.review("cora", coras, true).<String>read("$.data.waiverSupervisorReview.userErrors[0].code"))
			.isEqualTo("OWN_REQUEST");
		assertThat(this.group.review("carol", coras, true)
			.<String>read("$.data.waiverSupervisorReview.waiverRequest.status")).isEqualTo("AWAITING_CFO_CAO");
		assertThat(this.group.cfoDecide("cora", coras, "APPROVE")
			.<String>read("$.data.waiverCfoCaoDecide.userErrors[0].code")).isEqualTo("OWN_REQUEST");
		assertThat(this.group.cfoDecide("carol", coras, "APPROVE")
			.<String>read("$.data.waiverCfoCaoDecide.userErrors[0].code")).as("Carol agreed as Cora's supervisor")
			.isEqualTo("SAME_APPROVER");
		assertThat(this.group.status("carol", coras)).isEqualTo("AWAITING_CFO_CAO");

		// Sam (a supervisor) asks: Cora is his supervisor, then Carol approves
		String sams = this.group.submitted("sam", "conflicts-of-interest");
		assertThat(
				this.group.review("sam", sams, true).<String>read("$.data.waiverSupervisorReview.userErrors[0].code"))
			.isEqualTo("OWN_REQUEST");
		assertThat(this.group.status("carol", sams)).isEqualTo("AWAITING_SUPERVISOR");
		assertThat(this.group.review("cora", sams, true)
			.<String>read("$.data.waiverSupervisorReview.waiverRequest.status")).isEqualTo("AWAITING_CFO_CAO");
		assertThat(this.group.cfoDecide("cora", sams, "APPROVE")
			.<String>read("$.data.waiverCfoCaoDecide.userErrors[0].code")).isEqualTo("SAME_APPROVER");
		assertThat(this.group.cfoDecide("carol", sams, "APPROVE")
			.<String>read("$.data.waiverCfoCaoDecide.waiverRequest.status")).isEqualTo("APPROVED");
	}

	@Test
	void onlyTheRequestersOwnSupervisorAgrees() {
		String id = this.group.submitted("nick", "gifts-and-gratuities");
		String otherSupervisor = TestIssuer.get().token(this.group.tenant.key(), "cora", Role.SUPERVISOR);

		var notTheirs = this.api.post(otherSupervisor, WaiverFixture.REVIEW,
				Map.of("input", Map.of("waiverRequestId", id, "agrees", true, "note", "Fine")));

		assertThat(notTheirs.<String>read("$.data.waiverSupervisorReview.userErrors[0].code")).isEqualTo("NOT_FOUND");
		assertThat(
				this.group.review("sam", id, true).<String>read("$.data.waiverSupervisorReview.waiverRequest.status"))
			.isEqualTo("AWAITING_CFO_CAO");
	}

	@Test
	void aDecisionBySomeoneNotEntitledIsForbiddenAndChangesNothing() {
		String id = this.group.submitted("erin", "gifts-and-gratuities");

		assertThat(this.group.cfoDecide("erin", id, "APPROVE").firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(this.group.review("erin", id, true).firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(this.group.refer("sam", id).firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(this.group
			.boardDecide("carol", id, "APPROVE", LocalDate.of(2026, 9, 1), List.of("Bo Board"), List.of(), null)
			.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(this.api.post(this.group.token("erin"), "{ waiverRegister { edges { node { id } } } }")
			.firstErrorCode()).isEqualTo("FORBIDDEN");

		assertThat(this.group.status("erin", id)).isEqualTo("AWAITING_SUPERVISOR");
	}

	@Test
	void aSectionTheVersionInForceDoesNotHaveOrAPeriodThatEndsBeforeItStartsIsRefusedAndNothingStored() {
		var noSuchSection = this.group.submit("erin", "travel-and-expenses", LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 12, 31));
		var backwards = this.group.submit("erin", "gifts-and-gratuities", LocalDate.of(2026, 12, 31),
				LocalDate.of(2026, 10, 1));
		var tooLong = this.group.submit("erin", "x".repeat(201), LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2));

		assertThat(noSuchSection.<List<String>>read("$.data.waiverRequestSubmit.userErrors[0].field"))
			.containsExactly("input", "sectionKey");
		assertThat(noSuchSection.<String>read("$.data.waiverRequestSubmit.userErrors[0].code")).isEqualTo("NOT_FOUND");
		assertThat(backwards.<List<String>>read("$.data.waiverRequestSubmit.userErrors[0].field"))
			.containsExactly("input", "periodEnd");
		assertThat(backwards.<String>read("$.data.waiverRequestSubmit.userErrors[0].code")).isEqualTo("OUT_OF_RANGE");
		assertThat(tooLong.<String>read("$.data.waiverRequestSubmit.userErrors[0].code")).isEqualTo("TOO_LONG");
		assertThat(noSuchSection.<Object>read("$.data.waiverRequestSubmit.waiverRequest")).isNull();
		assertThat(this.group.count("waiver_requests")).isZero();
		assertThat(this.api.post(this.group.token("erin"), "{ viewer { waiverRequests { edges { node { id } } } } }")
			.<List<?>>read("$.data.viewer.waiverRequests.edges")).isEmpty();
	}

	@Test
	void aSectionIsNamedByItsKeyInAnyTranslationAndShownInTheRequestersLanguage() {
		// Dana reads German: she names the English key and sees the German heading
		var submitted = this.group.submit("dana", "insider-trading", LocalDate.of(2026, 10, 1),
				LocalDate.of(2026, 10, 31));

		assertThat(submitted.<String>read("$.data.waiverRequestSubmit.waiverRequest.section.heading"))
			.isEqualTo("INSIDERHANDEL");
		assertThat(submitted.<Integer>read("$.data.waiverRequestSubmit.waiverRequest.section.index")).isEqualTo(2);
		assertThat(submitted.<String>read("$.data.waiverRequestSubmit.waiverRequest.route"))
			.isEqualTo("BOARD_THROUGH_CFO_CAO");
		assertThat(submitted.<String>read("$.data.waiverRequestSubmit.waiverRequest.status"))
			.isEqualTo("AWAITING_CFO_CAO");
	}

}
