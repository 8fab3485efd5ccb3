package io.conduct.gifts;

import java.time.Instant;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static io.conduct.gifts.GiftGroup.received;
import static io.conduct.gifts.GiftGroup.registered;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A gift that is not of insignificant value is due for disposition in the tenant's
 * business days, shows as overdue until its disposition is recorded (the round tells the
 * recorder and the CFO/CAO once), and is returned by its recipient (the supervisor is
 * told) or handed to the Company, recorded by a CFO/CAO who is not the recipient.
 */
@ConductIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GiftDispositionTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TestClock clock;

	@Autowired
	GiftJobs jobs;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	GiftGroup group;

	@BeforeAll
	void group() {
		this.api = new GraphQlHttp(this.port);
		this.group = new GiftGroup(this.api, this.registry, this.tenantData);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aGiftAboveTheThresholdIsOverdueUntilItsReturnIsRecordedAndTheSupervisorIsTold() {
		Map<String, Object> entry = this.group.recorded(this.group.erin,
				received("GIFT", registered(this.group.nordwind), "2026-08-31", "120", "EUR"));
		String id = (String) entry.get("id");
		// recorded on Tuesday 1 September: five German business days later
		assertThat(read(entry, "$.disposition.dueDate")).isEqualTo("2026-09-08");
		assertThat(read(entry, "$.disposition.overdue")).isEqualTo(false);
		assertThat(overdueIds(this.group.carol)).doesNotContain(id);

		this.clock.setTo(Instant.parse("2026-09-09T08:00:00Z"));
		assertThat(this.group.read(this.group.erin, id).<Boolean>read("$.data.node.disposition.overdue")).isTrue();
		assertThat(overdueIds(this.group.carol)).contains(id);
		this.jobs.runFor(this.group.de);
		this.jobs.runFor(this.group.de);
		assertThat(this.group.outbox(this.group.de, "gift.disposition.overdue", id)).as("once each")
			.containsExactlyInAnyOrder(this.group.local("Erin Employee"), this.group.local("Carol Cfo"),
					this.group.local("Kim Cfo"));

		var returned = this.group.dispose(this.group.erin,
				Map.of("giftEntryId", id, "method", "RETURNED", "note", "Sent back to Nordwind by courier"));

		assertThat(returned.<Object>read("$.data.giftDispositionRecord.userErrors")).asList().isEmpty();
		assertThat(returned.<String>read("$.data.giftDispositionRecord.giftEntry.status")).isEqualTo("DISPOSED");
		assertThat(returned.<Boolean>read("$.data.giftDispositionRecord.giftEntry.disposition.overdue")).isFalse();
		assertThat(returned.<String>read("$.data.giftDispositionRecord.giftEntry.disposition.recordedBy.displayName"))
			.isEqualTo("Erin Employee");
		assertThat(overdueIds(this.group.carol)).doesNotContain(id);
		assertThat(this.group.outbox(this.group.de, "gift.returned", id))
			.containsExactly(this.group.local("Sam Supervisor"));
		var again = this.group.dispose(this.group.erin, Map.of("giftEntryId", id, "method", "RETURNED"));
		assertThat(again.<String>read("$.data.giftDispositionRecord.userErrors[0].code")).isEqualTo("DECIDED");
	}

	@Test
	void theDueDateIsCountedInTheTenantsBusinessDaysNotCalendarDays() {
		// Monday 21 December; the 25th is a German public holiday, the 26th a Saturday
		this.clock.setTo(Instant.parse("2026-12-21T09:00:00Z"));

		Map<String, Object> entry = this.group.recorded(this.group.erin,
				received("GIFT", registered(this.group.nordwind), "2026-12-18", "90", "EUR"));

		assertThat(read(entry, "$.disposition.dueDate")).isEqualTo("2026-12-29");
	}

	@Test
	void aGiftHandedToTheCompanyIsRecordedByACfoCaoWhoIsNotItsRecipient() {
		String erins = (String) this.group
			.recorded(this.group.erin, received("GIFT", registered(this.group.nordwind), "2026-08-30", "300", "EUR"))
			.get("id");
		String carols = (String) this.group
			.recorded(this.group.carol, received("GIFT", registered(this.group.nordwind), "2026-08-30", "250", "EUR"))
			.get("id");

		assertThat(code(this.group.dispose(this.group.erin,
				Map.of("giftEntryId", erins, "method", "HANDED_TO_COMPANY", "use", "CHARITABLE"))))
			.isEqualTo("NOT_ALLOWED");
		assertThat(code(this.group.dispose(this.group.sam, Map.of("giftEntryId", erins, "method", "RETURNED"))))
			.as("the supervisor reads it, the recipient returns it")
			.isEqualTo("NOT_ALLOWED");
		assertThat(
				code(this.group.dispose(this.group.carol, Map.of("giftEntryId", erins, "method", "HANDED_TO_COMPANY"))))
			.isEqualTo("REQUIRED");
		assertThat(code(this.group.dispose(this.group.carol,
				Map.of("giftEntryId", carols, "method", "HANDED_TO_COMPANY", "use", "OTHER"))))
			.as("not her own")
			.isEqualTo("NOT_ALLOWED");

		var handedIn = this.group.dispose(this.group.carol, Map.of("giftEntryId", erins, "method", "HANDED_TO_COMPANY",
				"use", "CHARITABLE", "note", "Raffled for the children's hospital"));
		var kims = this.group.dispose(this.group.kim,
				Map.of("giftEntryId", carols, "method", "HANDED_TO_COMPANY", "use", "OTHER"));

		assertThat(handedIn.<String>read("$.data.giftDispositionRecord.giftEntry.disposition.use"))
			.isEqualTo("CHARITABLE");
		assertThat(handedIn.<String>read("$.data.giftDispositionRecord.giftEntry.disposition.recordedBy.displayName"))
			.isEqualTo("Carol Cfo");
		assertThat(kims.<String>read("$.data.giftDispositionRecord.giftEntry.status")).isEqualTo("DISPOSED");
	}

	private java.util.List<String> overdueIds(String token) {
		return this.api.post(token, "{ giftEntries(first: 100, filter: {overdue: true}) { edges { node { id } } } }")
			.read("$.data.giftEntries.edges[*].node.id");
	}

	private static String code(GraphQlHttp.Response response) {
		return response.readOrNull("$.data.giftDispositionRecord.userErrors[0].code");
	}

	private static Object read(Object json, String path) {
		return com.jayway.jsonpath.JsonPath.read(json, path);
	}

}
