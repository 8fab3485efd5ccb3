package io.conduct.disclosures;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.cases.RecordRetentionRuns;
import io.conduct.code.CodeLibrary;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.TestClock;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disclosures under their retention schedule (the default pack: five years after the
 * disclosure is withdrawn): deleted when due and not a day before, with only a statistic
 * left and the deletion audited; a legal hold keeps a due disclosure until released; a
 * disclosure in force (never withdrawn) is never due.
 */
@ConductIntegrationTest
class DisclosureRetentionTests {

	private static final String WITHDRAW = """
			mutation($d: ID!) { disclosureWithdraw(input: {disclosureId: $d}) { disclosure { status }
			  userErrors { code } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	CodeLibrary code;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	AuditTrail audit;

	@Autowired
	TestClock clock;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	DisclosureGroup group;

	@BeforeEach
	void group() {
		this.api = new GraphQlHttp(this.port);
		this.group = new DisclosureGroup(this.api, this.registry, this.code, this.tenantData);
	}

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void aWithdrawnDisclosureIsDeletedFiveYearsLaterAndNotADayBefore() {
		String kept = this.group.submitted(this.group.erin,
				Map.of("kind", "OTHER_ACTIVITY", "description", "I sit on the board of a local charity"));
		String withdrawn = withdrawnDisclosure("I tutor the son of our supplier's owner");
		Instant due = dueAt(withdrawn);
		assertThat(due).isEqualTo(withdrawnAt(withdrawn).atZone(zone()).plusYears(5).toInstant());
		var retention = this.api.post(this.group.deCfo, RecordRetentionRuns.RETENTION, Map.of("r", withdrawn));
		assertThat(retention.<String>read("$.data.recordRetention.recordKind")).isEqualTo("DISCLOSURE");
		assertThat(retention.<String>read("$.data.recordRetention.pack")).isEqualTo("DEFAULT");
		assertThat(retention.<String>read("$.data.recordRetention.from")).isEqualTo("CLOSED");
		assertThat(this.api.post(this.group.deCfo, RecordRetentionRuns.RETENTION, Map.of("r", kept))
			.<Object>read("$.data.recordRetention.dueAt")).isNull();

		this.clock.setTo(due.minus(Duration.ofDays(1)));
		assertThat(RecordRetentionRuns.deleteDue(this.context, this.group.de)).isZero();
		assertThat(raw(withdrawn)).isNotNull();

		this.clock.setTo(due);
		assertThat(RecordRetentionRuns.deleteDue(this.context, this.group.de)).isEqualTo(1);
		assertThat(raw(withdrawn)).isNull();
		assertThat(raw(kept)).isNotNull();
		assertThat(this.group.read(this.group.deCfo, withdrawn).<Object>read("$.data.node")).isNull();
		var deleted = this.api.post(this.group.deCfo, RecordRetentionRuns.RETENTION, Map.of("r", withdrawn));
		assertThat(deleted.<String>read("$.data.recordRetention.deletedAt")).as(deleted.body()).isNotNull();
		assertThat(deleted.<List<String>>read("$.data.recordRetention.statistic[*].name")).contains("kind", "status");
		assertThat(deleted.body()).doesNotContain("tutor").doesNotContain("Erin");
		String json = TenantContext.callAs(this.group.de,
				() -> this.tenantData.getCollection("deleted_records").find().first().toJson());
		assertThat(json).contains("OTHER_ACTIVITY").doesNotContain("tutor").doesNotContain("Erin");
		List<AuditEntry> trail = TenantContext.callAs(this.group.de,
				() -> this.audit.findByTarget("Disclosure", localId(withdrawn)));
		assertThat(trail).filteredOn((e) -> e.action().equals("record.delete"))
			.singleElement()
			.satisfies((e) -> assertThat(e.details()).containsEntry("pack", "DEFAULT")
				.containsEntry("kind", "DISCLOSURE"));
		// a second run finds nothing more to do
		assertThat(RecordRetentionRuns.deleteDue(this.context, this.group.de)).isZero();
	}

	@Test
	void aLegalHoldKeepsADueDisclosureUntilReleased() {
		String withdrawn = withdrawnDisclosure("I tutor the son of our supplier's owner");
		this.clock.setTo(dueAt(withdrawn).plus(Duration.ofDays(1)));

		var refused = this.api.post(this.group.erin, RecordRetentionRuns.HOLD, Map.of("r", withdrawn, "why", "Mine"));
		assertThat(refused.firstErrorCode()).isEqualTo("FORBIDDEN");
		RecordRetentionRuns.hold(this.api, this.group.deCfo, withdrawn);
		var twice = this.api.post(this.group.deCfo, RecordRetentionRuns.HOLD, Map.of("r", withdrawn, "why", "Again"));
		assertThat(twice.<String>read("$.data.recordLegalHoldPlace.userErrors[0].code")).isEqualTo("LEGAL_HOLD_ACTIVE");
		assertThat(RecordRetentionRuns.deleteDue(this.context, this.group.de)).isZero();
		assertThat(raw(withdrawn)).isNotNull();

		RecordRetentionRuns.release(this.api, this.group.deCfo, withdrawn);
		assertThat(RecordRetentionRuns.deleteDue(this.context, this.group.de)).isEqualTo(1);
		assertThat(raw(withdrawn)).isNull();
		List<AuditEntry> trail = TenantContext.callAs(this.group.de,
				() -> this.audit.findByTarget("Disclosure", localId(withdrawn)));
		assertThat(trail).extracting(AuditEntry::action)
			.contains("record.legal-hold.place", "record.legal-hold.release", "record.delete");
	}

	@Test
	void aRecordThatIsNoneOfOursIsNotFound() {
		var unknown = this.api.post(this.group.deCfo, RecordRetentionRuns.HOLD,
				Map.of("r", GlobalId.encode("Disclosure", "nope"), "why", "Litigation"));
		assertThat(unknown.<String>read("$.data.recordLegalHoldPlace.userErrors[0].code")).isEqualTo("NOT_FOUND");
		var notARecord = this.api.post(this.group.deCfo, RecordRetentionRuns.HOLD,
				Map.of("r", "not-an-id", "why", "Litigation"));
		assertThat(notARecord.<String>read("$.data.recordLegalHoldPlace.userErrors[0].code")).isEqualTo("NOT_FOUND");
	}

	private String withdrawnDisclosure(String description) {
		String id = this.group.submitted(this.group.erin, Map.of("kind", "OTHER_ACTIVITY", "description", description));
		var withdrawn = this.api.post(this.group.erin, WITHDRAW, Map.of("d", id));
		assertThat(withdrawn.<String>read("$.data.disclosureWithdraw.disclosure.status")).as(withdrawn.body())
			.isEqualTo("WITHDRAWN");
		return id;
	}

	private Instant dueAt(String disclosureId) {
		var retention = this.api.post(this.group.deCfo, RecordRetentionRuns.RETENTION, Map.of("r", disclosureId));
		return Instant.parse(retention.<String>read("$.data.recordRetention.dueAt"));
	}

	private Instant withdrawnAt(String disclosureId) {
		return ((java.util.Date) raw(disclosureId).get("updatedAt")).toInstant();
	}

	private ZoneId zone() {
		return this.group.de.zoneId();
	}

	private Document raw(String disclosureId) {
		return TenantContext.callAs(this.group.de,
				() -> this.tenantData.getCollection("disclosures")
					.find(new Document("_id", localId(disclosureId)))
					.first());
	}

	private static String localId(String disclosureId) {
		return GlobalId.localIdOf(disclosureId, "Disclosure").orElseThrow();
	}

}
