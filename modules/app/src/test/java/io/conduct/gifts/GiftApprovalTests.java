package io.conduct.gifts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static io.conduct.gifts.GiftGroup.named;
import static io.conduct.gifts.GiftGroup.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Anything for a government official above the insignificant value needs the CFO/CAO's
 * approval beforehand; the approver is never the requester nor a member of their
 * immediate family. Company funds go to officials and employees only when insignificant
 * and confirmed lawful.
 */
@ConductIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GiftApprovalTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	GiftGroup group;

	@BeforeAll
	void group() {
		this.api = new GraphQlHttp(this.port);
		this.group = new GiftGroup(this.api, this.registry, this.tenantData);
	}

	static Map<String, Object> forAnOfficial(String response, String date, String amount) {
		Map<String, Object> input = new HashMap<>();
		input.put("kind", "GIFT");
		input.put("direction", "GIVEN");
		input.put("response", response);
		input.put("companyFunds", true);
		input.put("lawfulAndUnconditional", true);
		input.put("counterparty", named("Hafenbehörde Hamburg, Referat Zoll", "GOVERNMENT_OFFICIAL"));
		input.put("description", "A book on the port's history for the retiring head of customs");
		input.put("date", date);
		input.put("value", Map.of("amount", amount, "currency", "EUR"));
		return input;
	}

	@Test
	void aGiftForAnOfficialAboveTheThresholdWaitsForACfoCaoWhoIsNotTheRequester() {
		// planned for a day ahead: something to give may be dated in the future
		Map<String, Object> entry = this.group.recorded(this.group.carol,
				forAnOfficial("OFFERED", "2026-09-15", "120"));
		String id = (String) entry.get("id");

		assertThat(entry.get("status")).isEqualTo("AWAITING_APPROVAL");
		assertThat(read(entry, "$.approval.status")).isEqualTo("PENDING");
		assertThat(read(entry, "$.evaluation.findings[?(@.rule == 'GOVERNMENT_OFFICIAL_PRIOR_APPROVAL')].comparison"))
			.asList()
			.containsExactly("120.00 EUR > 50.00 EUR, the insignificant value");
		assertThat(this.group.outbox(this.group.de, "gift.approval.requested", id)).as("never the requester")
			.containsExactly(this.group.local("Kim Cfo"));

		assertThat(code(this.group.decide(this.group.carol,
				Map.of("giftEntryId", id, "decision", "APPROVED", "reasons", "I checked it myself"))))
			.isEqualTo("NOT_ALLOWED");
		assertThat(this.group
			.decide(this.group.erin, Map.of("giftEntryId", id, "decision", "APPROVED", "reasons", "Fine by me"))
			.firstErrorCode()).isEqualTo("FORBIDDEN");
		assertThat(code(this.group.decide(this.group.kim, Map.of("giftEntryId", id, "decision", "APPROVED"))))
			.as("reasons are required")
			.isEqualTo("REQUIRED");

		var approved = this.group.decide(this.group.kim, Map.of("giftEntryId", id, "decision", "APPROVED", "reasons",
				"A customary courtesy, lawful in Germany, of modest value"));

		assertThat(approved.<String>read("$.data.giftApprovalDecide.giftEntry.status")).isEqualTo("APPROVED");
		assertThat(approved.<String>read("$.data.giftApprovalDecide.giftEntry.approval.decidedBy.displayName"))
			.isEqualTo("Kim Cfo");
		assertThat(this.group.outbox(this.group.de, "gift.approval.decided", id))
			.containsExactly(this.group.local("Carol Cfo"));
		assertThat(code(this.group.decide(this.group.kim,
				Map.of("giftEntryId", id, "decision", "NOT_APPROVED", "reasons", "Changed my mind"))))
			.isEqualTo("DECIDED");
	}

	@Test
	void aMemberOfTheRequestersImmediateFamilyDoesNotApproveAndAnotherCfoCaoDeclines() {
		String id = (String) this.group.recorded(this.group.erin, forAnOfficial("OFFERED", "2026-09-10", "200"))
			.get("id");
		var declared = this.api.post(this.group.kim, """
				mutation($p: ID!, $r: ID!) { personRelativeDeclare(input: {personId: $p, relation: SIBLING,
				  name: "Erin Employee", relativePersonId: $r}) { userErrors { code } } }""",
				Map.of("p", this.group.people.get("Kim Cfo"), "r", this.group.people.get("Erin Employee")));
		assertThat(declared.<List<?>>read("$.data.personRelativeDeclare.userErrors")).isEmpty();

		assertThat(code(this.group.decide(this.group.kim,
				Map.of("giftEntryId", id, "decision", "APPROVED", "reasons", "My sister knows the rules"))))
			.isEqualTo("NOT_ALLOWED");
		var declined = this.group.decide(this.group.carol,
				Map.of("giftEntryId", id, "decision", "NOT_APPROVED", "reasons", "200 EUR is more than a courtesy"));
		assertThat(declined.<String>read("$.data.giftApprovalDecide.giftEntry.status")).isEqualTo("NOT_APPROVED");
	}

	@Test
	void belowTheThresholdNothingIsNeededGivenWithoutApprovalItIsFlaggedAndUnconfirmedCompanyFundsAreRefused() {
		Map<String, Object> small = this.group.recorded(this.group.erin, forAnOfficial("ACCEPTED", "2026-08-20", "30"));
		Map<String, Object> givenAlready = this.group.recorded(this.group.erin,
				forAnOfficial("ACCEPTED", "2026-08-21", "80"));
		Map<String, Object> unconfirmed = this.group.recorded(this.group.erin,
				with(forAnOfficial("OFFERED", "2026-09-20", "20"), "lawfulAndUnconditional", false));

		assertThat(small.get("status")).isEqualTo("RECORDED");
		assertThat(read(small, "$.evaluation.outcome")).isEqualTo("NO_ACTION");
		assertThat(read(givenAlready, "$.evaluation.outcome")).isEqualTo("FLAG");
		assertThat(read(givenAlready,
				"$.evaluation.findings[?(@.rule == 'GOVERNMENT_OFFICIAL_PRIOR_APPROVAL')].comparison"))
			.asList()
			.singleElement()
			.asString()
			.endsWith("given already, without the CFO/CAO's approval beforehand");
		assertThat(unconfirmed.get("status")).isEqualTo("REFUSED");
		assertThat(read(unconfirmed, "$.evaluation.findings[?(@.rule == 'COMPANY_FUNDS_NOT_LAWFUL')].applies")).asList()
			.containsExactly(true);
		assertThat(unconfirmed.get("caseReferral")).as("refused, and no bribe: no case").isNull();
	}

	private static String code(GraphQlHttp.Response response) {
		return response.readOrNull("$.data.giftApprovalDecide.userErrors[0].code");
	}

	private static Object read(Object json, String path) {
		return com.jayway.jsonpath.JsonPath.read(json, path);
	}

}
