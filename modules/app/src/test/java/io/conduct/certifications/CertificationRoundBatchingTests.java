package io.conduct.certifications;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.Imports;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import io.conduct.testsupport.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A certification round costs the same number of database commands for a campaign of 20
 * people as for one of 180: people are batch-loaded, and notifications and steps are
 * written in bulk.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
class CertificationRoundBatchingTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	MongoCommandCounter commands;

	@Autowired
	TestClock clock;

	@Autowired
	CertificationWork work;

	@LocalServerPort
	int port;

	@Test
	void aRoundCostsAFixedNumberOfCommandsWhateverTheCampaignsSize() {
		Round small = round(17);
		Round large = round(177);

		assertThat(small.assignments()).isEqualTo(20);
		assertThat(large.assignments()).isEqualTo(180);
		System.out.printf(
				"Certification round (invitations): %d commands for 20 people, %d for 180; time ratio 180/20 = %.2f%n",
				small.commands(), large.commands(), (double) large.nanos() / small.nanos());
		assertThat(large.commands()).isEqualTo(small.commands()).isLessThanOrEqualTo(25);
	}

	/**
	 * A tenant with the three of the fixture and {@code extra} more, and a round on the
	 * day it opens.
	 */
	private Round round(int extra) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneId.of("Europe/Berlin")));
		CampaignFixture tenant = new CampaignFixture(new GraphQlHttp(this.port), this.registry, this.tenantData, "bat",
				null, "Europe/Berlin", today);
		StringBuilder csv = new StringBuilder(Imports.HEADER);
		for (int i = 0; i < extra; i++) {
			csv.append("%d,G%d,Person,g%d@%s.test,EMPLOYEE,,Dept %d,2,2015-01-05,en,DE\n".formatted(100 + i, i, i,
					tenant.tenant.key(), i % 5));
		}
		tenant.importPeople(csv.toString());
		tenant.openAdHoc("Roll-out", today.plusDays(10));
		this.commands.reset();
		long started = System.nanoTime();
		int items = this.work.runFor(tenant.tenant, this.clock.instant());
		long nanos = System.nanoTime() - started;
		// the job's items-processed metric: one ladder step (the invitation) per person
		assertThat(items).isEqualTo(extra + 3);
		List<String> sent = this.commands.tenantCommands("conduct_t_" + tenant.tenant.key().replace('-', '_'));
		assertThat(tenant.outbox()).hasSize(extra + 3);
		return new Round(tenant.assignments().size(), sent.size(), nanos);
	}

	private record Round(int assignments, int commands, long nanos) {
	}

}
