package io.conduct.inquiries;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestIssuer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the user can fix comes back as user errors naming the field, all at once; nothing
 * is stored or sent when input is refused; lists page the contract's way.
 */
@ConductIntegrationTest
class InquiryInputTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TestClock clock;

	@LocalServerPort
	int port;

	InquiryFixture fixture;

	@BeforeEach
	void tenant() {
		this.fixture = new InquiryFixture(new GraphQlHttp(this.port), this.registry, this.tenantData);
	}

	@Test
	void everyFieldAtFaultIsNamedAndNothingIsStoredOrSent() {
		Map<String, Object> inquirer = new HashMap<>(
				Map.of("name", "  ", "organisation", "o".repeat(201), "contact", "c".repeat(321), "kind", "MEDIA"));
		var refused = this.fixture.record(this.fixture.erin,
				InquiryFixture.input(this.clock.instant(), Map.of("inquirer", inquirer, "question", "q".repeat(4_001),
						"receivedAt", this.clock.instant().plus(Duration.ofMinutes(5)).toString())));

		assertThat(refused.<Object>read("$.data.inquiryRecord.inquiry")).isNull();
		assertThat(refused.<Object>read("$.data.inquiryRecord.guidance")).isNull();
		assertThat(errors(refused)).containsExactlyInAnyOrder("input.inquirer.name:REQUIRED",
				"input.inquirer.organisation:TOO_LONG", "input.inquirer.contact:TOO_LONG", "input.question:TOO_LONG",
				"input.receivedAt:OUT_OF_RANGE");
		assertThat(this.fixture.storedInquiries()).isZero();
		assertThat(this.fixture.outbox()).noneMatch((d) -> d.getString("kind").startsWith("inquiry."));
	}

	@Test
	void anInquiryReceivedLongAgoOrWithABlankQuestionIsRefused() {
		var old = this.fixture.record(this.fixture.erin, InquiryFixture.input(this.clock.instant(),
				Map.of("receivedAt", this.clock.instant().minus(Duration.ofDays(91)).toString(), "question", "")));
		assertThat(errors(old)).containsExactlyInAnyOrder("input.receivedAt:OUT_OF_RANGE", "input.question:REQUIRED");
		assertThat(this.fixture.storedInquiries()).isZero();
	}

	@Test
	void aMissingRequiredFieldOrAnUnknownKindIsABadRequestNamedPlainly() {
		Map<String, Object> input = InquiryFixture.input(this.clock.instant(), Map.of());
		input.remove("channel");
		var missing = this.fixture.record(this.fixture.erin, input);
		assertThat(missing.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(missing.firstErrorMessage()).contains("channel");
		var unknown = this.fixture.record(this.fixture.erin, InquiryFixture.input(this.clock.instant(),
				Map.of("inquirer", Map.of("name", "Joe", "kind", "BLOGGER"))));
		assertThat(unknown.firstErrorCode()).isEqualTo("BAD_REQUEST");
		assertThat(this.fixture.storedInquiries()).isZero();
	}

	@Test
	void someoneWithoutADirectoryEntryIsToldSoAndNothingIsStored() {
		String stranger = TestIssuer.get().token(this.fixture.tenant.key(), "stranger", Role.EMPLOYEE);
		var refused = this.fixture.record(stranger, InquiryFixture.input(this.clock.instant(), Map.of()));
		assertThat(errors(refused)).containsExactly("input:NOT_FOUND");
		assertThat(this.fixture.storedInquiries()).isZero();
	}

	@Test
	void idsThatAreNotInquiriesAndBadRepliesAreUserErrorsNamingTheField() {
		String id = this.fixture.recorded(this.fixture.erin, InquiryFixture.input(this.clock.instant(), Map.of()));
		String person = this.fixture.people.get("erin");
		assertThat(errors(this.fixture.take(this.fixture.pat, person))).containsExactly("input.inquiryId:NOT_FOUND");
		assertThat(errors(this.fixture.take(this.fixture.pat, GlobalId.encode("Inquiry", "nope"))))
			.containsExactly("input.inquiryId:NOT_FOUND");
		assertThat(errors(this.fixture.take(this.fixture.pat, "not-an-id")))
			.containsExactly("input.inquiryId:NOT_FOUND");
		this.fixture.take(this.fixture.pat, id);
		assertThat(errors(this.fixture.respond(this.fixture.pat, id, "ANSWERED", " ")))
			.containsExactly("input.statement:REQUIRED");
		assertThat(errors(this.fixture.respond(this.fixture.pat, id, "ANSWERED", "s".repeat(4_001))))
			.containsExactly("input.statement:TOO_LONG");
		assertThat(errors(this.fixture.assign(this.fixture.carol, id, GlobalId.encode("Person", "nobody"))))
			.containsExactly("input.spokespersonPersonId:NOT_FOUND");
		assertThat(this.fixture.node(this.fixture.carol, id).<String>read("$.data.node.status")).isEqualTo("TAKEN");
	}

	@Test
	void theListsPageTheContractsWay() {
		for (String query : List.of(InquiryFixture.LIST, InquiryFixture.OWN)) {
			var tooMany = new GraphQlHttp(this.port).post(this.fixture.carol, query, Map.of("first", 101));
			assertThat(tooMany.firstErrorCode()).isEqualTo("BAD_REQUEST");
			var none = new GraphQlHttp(this.port).post(this.fixture.carol, query, Map.of("first", 0));
			assertThat(none.firstErrorCode()).isEqualTo("BAD_REQUEST");
			var notOurs = new GraphQlHttp(this.port).post(this.fixture.carol, query, Map.of("after", "bm90LW91cnM"));
			assertThat(notOurs.firstErrorCode()).isEqualTo("BAD_REQUEST");
			Map<String, Object> explicitNull = new HashMap<>();
			explicitNull.put("first", null);
			explicitNull.put("after", null);
			assertThat(new GraphQlHttp(this.port).post(this.fixture.carol, query, explicitNull).hasErrors()).isFalse();
		}
	}

	@SuppressWarnings("unchecked")
	private static List<String> errors(GraphQlHttp.Response response) {
		List<String> flat = response.read("$.data.*.userErrors[*].code");
		assertThat(flat).as(response.body()).isNotEmpty();
		return response.<List<List<Map<String, Object>>>>read("$.data.*.userErrors")
			.get(0)
			.stream()
			.map((e) -> String.join(".", (List<String>) e.get("field")) + ":" + e.get("code"))
			.toList();
	}

}
