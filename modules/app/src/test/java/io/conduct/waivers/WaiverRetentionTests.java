package io.conduct.waivers;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.cases.RecordRetentionRuns;
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
 * The waiver register under its retention schedule: the Code keeps every request and its
 * disposition at least five years after the decision (a minimum), so a decided request is
 * deleted five years after its decision and not a day before, with its number, route and
 * disposition left; an open request is never due; a legal hold keeps a due one.
 */
@ConductIntegrationTest
class WaiverRetentionTests {

	@Autowired
	TenantRegistry registry;

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

	WaiverFixture group;

	@BeforeEach
	void requests() {
		this.api = new GraphQlHttp(this.port);
		this.group = new WaiverFixture(this.api, this.registry, this.tenantData, "wret", null);
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void aDecidedRequestIsKeptFiveYearsAsTheCodesMinimumAndDeletedThenNotADayBefore() {
		String open = this.group.submitted("erin", "conflicts-of-interest");
		String approved = approved();
		Instant decidedAt = ((java.util.Date) raw(approved).get("decidedAt")).toInstant();
		Instant due = decidedAt.atZone(this.group.tenant.zoneId()).plusYears(5).toInstant();

		var retention = this.api.post(this.group.token("carol"), RecordRetentionRuns.RETENTION, Map.of("r", approved));
		assertThat(retention.<String>read("$.data.recordRetention.recordKind")).as(retention.body())
			.isEqualTo("WAIVER");
		assertThat(retention.<String>read("$.data.recordRetention.kind")).isEqualTo("MINIMUM");
		assertThat(retention.<String>read("$.data.recordRetention.keep")).isEqualTo("P5Y");
		assertThat(retention.<String>read("$.data.recordRetention.source")).contains("at least five years");
		assertThat(Instant.parse(retention.read("$.data.recordRetention.dueAt"))).isEqualTo(due);
		assertThat(this.api.post(this.group.token("carol"), RecordRetentionRuns.RETENTION, Map.of("r", open))
			.<Object>read("$.data.recordRetention.dueAt")).isNull();

		this.clock.setTo(due.minus(Duration.ofDays(1)));
		assertThat(RecordRetentionRuns.deleteDue(this.context, this.group.tenant)).isZero();
		assertThat(raw(approved)).isNotNull();

		this.clock.setTo(due);
		assertThat(RecordRetentionRuns.deleteDue(this.context, this.group.tenant)).isEqualTo(1);
		assertThat(raw(approved)).isNull();
		assertThat(raw(open)).isNotNull();
		var deleted = this.api.post(this.group.token("carol"), RecordRetentionRuns.RETENTION, Map.of("r", approved));
		assertThat(deleted.<String>read("$.data.recordRetention.deletedAt")).isNotNull();
		assertThat(deleted.<String>read("$.data.recordRetention.label")).startsWith("W-");
		assertThat(deleted.<List<String>>read("$.data.recordRetention.statistic[*].value")).contains("APPROVED");
		assertThat(deleted.body()).doesNotContain("brother-in-law").doesNotContain("Erin");
		List<AuditEntry> trail = TenantContext.callAs(this.group.tenant,
				() -> this.audit.findByTarget(WaiverRequest.TYPE, localId(approved)));
		assertThat(trail).filteredOn((e) -> e.action().equals("record.delete"))
			.singleElement()
			.satisfies((e) -> assertThat(e.details()).containsEntry("scheduleKind", "MINIMUM"));
	}

	@Test
	void aLegalHoldKeepsADueRequest() {
		String approved = approved();
		this.clock.setTo(TestClock.START.plus(Duration.ofDays(6 * 366)));
		RecordRetentionRuns.hold(this.api, this.group.token("carol"), approved);

		assertThat(RecordRetentionRuns.deleteDue(this.context, this.group.tenant)).isZero();
		assertThat(raw(approved)).isNotNull();
		RecordRetentionRuns.release(this.api, this.group.token("carol"), approved);
		assertThat(RecordRetentionRuns.deleteDue(this.context, this.group.tenant)).isEqualTo(1);
	}

	private String approved() {
		String approved = this.group.submitted("erin", "gifts-and-gratuities");
		this.group.review("sam", approved, true);
		this.group.cfoDecide("carol", approved, "APPROVE");
		return approved;
	}

	private Document raw(String requestId) {
		return TenantContext.callAs(this.group.tenant,
				() -> this.tenantData.getCollection("waiver_requests")
					.find(new Document("_id", localId(requestId)))
					.first());
	}

	private static String localId(String requestId) {
		return GlobalId.localIdOf(requestId, WaiverRequest.TYPE).orElseThrow();
	}

}
