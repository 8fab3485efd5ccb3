package io.conduct.gifts;

import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static io.conduct.gifts.GiftGroup.named;
import static io.conduct.gifts.GiftGroup.received;
import static io.conduct.gifts.GiftGroup.registered;
import static io.conduct.gifts.GiftGroup.with;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bribes, kickbacks and cash are never accepted or approved by anyone: the entry is
 * refused and a report is entered in the cases domain, routed by its routing rules, with
 * the recorder as its confidential reporter (and as involved when they took part).
 */
@ConductIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GiftRefusalTests {

	private static final String CASES = """
			{ cases(first: 100, filter: {category: [GIFTS_BRIBERY_KICKBACKS]}) { edges { node {
			  id number category channel recipient reporterMode description handlerRoles informedRoles
			  routing { rule } involved { name person { displayName } } reporter { name } } } } }""";

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

	@Test
	void aBribeOfferedAndDeclinedIsRefusedNeverApprovableOrDisposableAndOpensACaseRoutedToTheCfoCao() {
		Map<String, Object> entry = this.group.recorded(this.group.erin,
				with(received("FAVOUR", named("Shady Procurement Ltd", "BUSINESS_CONTACT"), "2026-08-27", "5000",
						"EUR"), "response", "DECLINED", "statedBriberyOrKickback", true, "description",
						"Offered 5,000 EUR to steer the tender their way"));
		String id = (String) entry.get("id");

		assertThat(entry.get("status")).isEqualTo("REFUSED");
		assertThat(read(entry, "$.evaluation.outcome")).isEqualTo("REFUSE");
		assertThat(read(entry, "$.evaluation.opensCase")).isEqualTo(true);
		assertThat(read(entry, "$.caseReferral.status")).isEqualTo("OPENED");
		assertThat(read(entry, "$.evaluation.findings[?(@.rule == 'STATED_BRIBE_OR_KICKBACK')].applies")).asList()
			.containsExactly(true);

		Map<String, Object> reported = caseOf(this.group.carol, id);
		assertThat(reported).as("a case in the cases domain").isNotNull();
		assertThat(reported.get("channel")).isEqualTo("WEB");
		assertThat(reported.get("recipient")).isEqualTo("CFO_CAO");
		assertThat(reported.get("reporterMode")).isEqualTo("CONFIDENTIAL");
		assertThat(read(reported, "$.routing[*].rule")).asList().contains("RECIPIENT_HANDLES", "CFO_CAO_EVALUATES");
		assertThat(read(reported, "$.handlerRoles")).asList().containsExactly("CFO_CAO");
		assertThat(read(reported, "$.involved[*].name")).asList().containsExactly("Shady Procurement Ltd");
		assertThat((String) reported.get("description")).contains("Offered 5,000 EUR to steer the tender their way",
				"STATED_BRIBE_OR_KICKBACK", "declined");
		var erinsReports = this.api.post(this.group.erin,
				"{ viewer { reports(first: 100) { edges { node { id } } } } }");
		// the reporter reads their own view of the case, under an id of its own type
		String reporterView = GlobalId.encode("ReporterCaseView",
				GlobalId.localIdOf((String) reported.get("id"), "Case").orElseThrow());
		assertThat(erinsReports.<List<String>>read("$.data.viewer.reports.edges[*].node.id")).contains(reporterView);

		for (String cfo : List.of(this.group.carol, this.group.kim)) {
			var decided = this.group.decide(cfo,
					Map.of("giftEntryId", id, "decision", "APPROVED", "reasons", "It was only a favour"));
			assertThat(decided.<String>read("$.data.giftApprovalDecide.userErrors[0].code")).isEqualTo("NOT_ALLOWED");
		}
		var handedIn = this.group.dispose(this.group.carol,
				Map.of("giftEntryId", id, "method", "HANDED_TO_COMPANY", "use", "CHARITABLE"));
		assertThat(handedIn.<String>read("$.data.giftDispositionRecord.userErrors[0].code")).isEqualTo("NOT_ALLOWED");
		var returned = this.group.dispose(this.group.erin, Map.of("giftEntryId", id, "method", "RETURNED"));
		assertThat(returned.<String>read("$.data.giftDispositionRecord.userErrors[0].code")).isEqualTo("NOT_ALLOWED");
		assertThat(this.group.read(this.group.erin, id).<String>read("$.data.node.status")).isEqualTo("REFUSED");
		assertThat(this.group.outbox(this.group.de, "gift.flagged", id)).containsExactlyInAnyOrder(
				this.group.local("Sam Supervisor"), this.group.local("Carol Cfo"), this.group.local("Kim Cfo"));
	}

	@Test
	void aGiftCardTheCfoCaoAcceptedIsRefusedAndItsCaseGoesToTheCeoAndTheAuditCommitteeInstead() {
		Map<String, Object> entry = this.group.recorded(this.group.carol,
				with(received("GIFT", registered(this.group.nordwind), "2026-08-28", "30", "EUR"), "form",
						"CASH_EQUIVALENT", "description", "A 30 EUR voucher with the season's greetings"));
		String id = (String) entry.get("id");

		assertThat(entry.get("status")).isEqualTo("REFUSED");
		assertThat(read(entry, "$.evaluation.findings[?(@.rule == 'CASH_OR_CASH_EQUIVALENT')].comparison")).asList()
			.singleElement()
			.asString()
			.startsWith("cash equivalent of 30.00 EUR: a form of bribe or kickback");
		assertThat(read(entry, "$.evaluation.findings[?(@.rule == 'RECEIVED_NOT_INSIGNIFICANT')].applies")).asList()
			.as("of insignificant value, and refused all the same")
			.containsExactly(false);

		assertThat(caseOf(this.group.carol, id)).as("the CFO/CAO took part: she never sees it").isNull();
		Map<String, Object> reported = caseOf(this.group.ann, id);
		assertThat(reported).isNotNull();
		assertThat(read(reported, "$.routing[*].rule")).asList().contains("CFO_CAO_INVOLVED");
		assertThat(read(reported, "$.handlerRoles")).asList()
			.contains("CEO", "AUDIT_COMMITTEE")
			.doesNotContain("CFO_CAO");
		assertThat(read(reported, "$.involved[*].person.displayName")).asList().contains("Carol Cfo");
		var approved = this.group.decide(this.group.kim,
				Map.of("giftEntryId", id, "decision", "APPROVED", "reasons", "Only 30 EUR"));
		assertThat(approved.<String>read("$.data.giftApprovalDecide.userErrors[0].code")).isEqualTo("NOT_ALLOWED");
	}

	private Map<String, Object> caseOf(String token, String entryId) {
		List<Map<String, Object>> cases = this.api.post(token, CASES).read("$.data.cases.edges[*].node");
		return cases.stream().filter((c) -> ((String) c.get("description")).contains(entryId)).findFirst().orElse(null);
	}

	private static Object read(Object json, String path) {
		return com.jayway.jsonpath.JsonPath.read(json, path);
	}

}
