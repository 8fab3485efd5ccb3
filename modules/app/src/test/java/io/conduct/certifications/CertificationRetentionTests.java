package io.conduct.certifications;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.conduct.ConductIntegrationTest;
import io.conduct.cases.RecordRetentionRuns;
import io.conduct.platform.audit.AuditEntry;
import io.conduct.platform.audit.AuditTrail;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.security.Role;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.Imports;
import io.conduct.testsupport.TestClock;
import io.conduct.testsupport.TestIssuer;
import io.conduct.testsupport.TestTenants;
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
 * Certifications under their retention schedule (the default pack: seven years after the
 * certification): deleted when due and not a day before, with only the version, language
 * and outcome left and the deletion audited; a legal hold keeps a due one.
 */
@ConductIntegrationTest
class CertificationRetentionTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationContext context;

	@LocalServerPort
	int port;

	GraphQlHttp api;

	Tenant subsidiary;

	String erin;

	String cfo;

	@BeforeEach
	void group() {
		this.api = new GraphQlHttp(this.port);
		Tenant group = TestTenants.register(this.registry, TestTenants.uniqueKey("grp"));
		String key = TestTenants.uniqueKey("sub");
		this.subsidiary = TestTenants.register(this.registry, key, group.key(), TestIssuer.get().issuerFor(key));
		this.erin = TestIssuer.get().token(key, "erin", Role.EMPLOYEE);
		this.cfo = TestIssuer.get().token(key, "carol", Role.CFO_CAO);
		var imported = Imports.run(this.api, TestIssuer.get().token(key, "admin", Role.TENANT_ADMIN),
				Imports.HEADER + "E1,Erin,Employee,erin@" + key + ".test,EMPLOYEE,Analyst,Sales,,2015-01-05,,\n");
		assertThat(imported.<Integer>read("$.data.personImport.failed")).as(imported.body()).isZero();
		CodeFixtures.publish(this.api, TestIssuer.get().token(group.key(), "carla", Role.CFO_CAO),
				LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Berlin"))).minusDays(1), "en");
	}

	@AfterEach
	void resetTheClock() {
		this.clock.reset();
	}

	@Test
	void aCertificationIsDeletedSevenYearsLaterAndNotADayBefore() {
		String certification = certified();
		Instant certifiedAt = ((java.util.Date) raw(certification).get("certifiedAt")).toInstant();
		Instant due = certifiedAt.atZone(this.subsidiary.zoneId()).plusYears(7).toInstant();
		var retention = this.api.post(this.cfo, RecordRetentionRuns.RETENTION, Map.of("r", certification));
		assertThat(retention.<String>read("$.data.recordRetention.recordKind")).as(retention.body())
			.isEqualTo("CERTIFICATION");
		assertThat(Instant.parse(retention.read("$.data.recordRetention.dueAt"))).isEqualTo(due);

		this.clock.setTo(due.minus(Duration.ofDays(1)));
		assertThat(RecordRetentionRuns.deleteDue(this.context, this.subsidiary)).isZero();
		assertThat(raw(certification)).isNotNull();

		this.clock.setTo(due);
		assertThat(RecordRetentionRuns.deleteDue(this.context, this.subsidiary)).isEqualTo(1);
		assertThat(raw(certification)).isNull();
		var deleted = this.api.post(this.cfo, RecordRetentionRuns.RETENTION, Map.of("r", certification));
		assertThat(deleted.<String>read("$.data.recordRetention.deletedAt")).isNotNull();
		assertThat(deleted.<List<String>>read("$.data.recordRetention.statistic[*].value")).contains("COMPLETED", "en");
		assertThat(deleted.body()).doesNotContain("Erin Employee");
		List<AuditEntry> trail = TenantContext.callAs(this.subsidiary,
				() -> this.audit.findByTarget(CertificationIds.CERTIFICATION, localId(certification)));
		assertThat(trail).filteredOn((e) -> e.action().equals("record.delete")).hasSize(1);
	}

	@Test
	void aLegalHoldKeepsADueCertification() {
		String certification = certified();
		this.clock.setTo(TestClock.START.plus(Duration.ofDays(8 * 366)));
		RecordRetentionRuns.hold(this.api, this.cfo, certification);

		assertThat(RecordRetentionRuns.deleteDue(this.context, this.subsidiary)).isZero();
		assertThat(raw(certification)).isNotNull();
		RecordRetentionRuns.release(this.api, this.cfo, certification);
		assertThat(RecordRetentionRuns.deleteDue(this.context, this.subsidiary)).isEqualTo(1);
	}

	private String certified() {
		var certified = CodeFixtures.certifyCurrent(this.api, this.erin, "Erin Employee", this.clock.instant(),
				Map.of());
		assertThat(certified.<List<?>>read("$.data.codeCertify.userErrors")).as(certified.body()).isEmpty();
		return certified.read("$.data.codeCertify.certification.id");
	}

	private Document raw(String certificationId) {
		return TenantContext.callAs(this.subsidiary,
				() -> this.tenantData.getCollection("certifications")
					.find(new Document("_id", localId(certificationId)))
					.first());
	}

	private static String localId(String certificationId) {
		return GlobalId.localIdOf(certificationId, CertificationIds.CERTIFICATION).orElseThrow();
	}

}
