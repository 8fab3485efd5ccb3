package io.conduct.inquiries;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.graphql.GlobalId;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import io.conduct.testsupport.MongoCommandCounting;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page of 50 inquiries, with the people each names (recorder, supervisor, spokesperson,
 * CFO/CAO, everyone told), costs the database as many commands as a page of 5.
 */
@ConductIntegrationTest
@Import(MongoCommandCounting.class)
class InquiryListBatchingTests {

	private static final String PAGE = """
			query($first: Int) { inquiries(first: $first) { edges { node { id status
			  recorder { displayName } supervisor { displayName } assignee { displayName } assignedBy { displayName }
			  notices { reason person { displayName } } mnpi { flagged findings { rule fired } } } } } }""";

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	InquiryStore store;

	@Autowired
	MnpiScreen screen;

	@Autowired
	MongoCommandCounter commands;

	@LocalServerPort
	int port;

	@Test
	void aPageOfFiftyCostsAsManyCommandsAsAPageOfFive() {
		GraphQlHttp api = new GraphQlHttp(this.port);
		InquiryFixture fixture = new InquiryFixture(api, this.registry, this.tenantData);
		List<String> recorders = List.of("erin", "yuki", "olaf", "sam");
		Instant start = Instant.parse("2026-08-01T08:00:00Z");
		TenantContext.runAs(fixture.tenant, () -> {
			for (int i = 0; i < 60; i++) {
				Instant at = start.plus(Duration.ofMinutes(i));
				String recorder = local(fixture.people.get(recorders.get(i % recorders.size())));
				this.store.insert(new Inquiry(UUID.randomUUID().toString(), recorder, false,
						new Inquiry.Inquirer("Inquirer " + i, null, null, InquirerKind.MEDIA), InquiryChannel.PHONE,
						"Question " + i, at, at, local(fixture.people.get("sam")), InquiryStatus.TAKEN,
						local(fixture.people.get((i % 2 == 0) ? "pat" : "sky")), at, local(fixture.people.get("carol")),
						null, LocalDate.of(2026, 8, 3), at.plus(Duration.ofDays(2)), false, null,
						this.screen.assess(InquirerKind.MEDIA, "Question " + i, false),
						List.of(new Inquiry.Notice(InquiryNoticeReason.SPOKESPERSON, local(fixture.people.get("pat")),
								at),
								new Inquiry.Notice(InquiryNoticeReason.SPOKESPERSON, local(fixture.people.get("sky")),
										at),
								new Inquiry.Notice(InquiryNoticeReason.SUPERVISOR, local(fixture.people.get("sam")),
										at)),
						false, at, null));
			}
		});

		int[] counts = new int[2];
		int[] sizes = { 5, 50 };
		for (int i = 0; i < 2; i++) {
			this.commands.reset();
			var page = api.post(fixture.carol, PAGE, Map.of("first", sizes[i]));
			counts[i] = this.commands.tenantCommands("conduct_t_").size();
			assertThat(page.<List<?>>read("$.data.inquiries.edges")).as(page.body()).hasSize(sizes[i]);
			assertThat(page.<List<String>>read("$.data.inquiries.edges[*].node.notices[*].person.displayName"))
				.hasSize(sizes[i] * 3)
				.doesNotContainNull();
			assertThat(page.<List<String>>read("$.data.inquiries.edges[*].node.assignedBy.displayName"))
				.containsOnly("Carol Cfo");
		}
		System.out.printf("Inquiry list, commands for 5 and for 50: %d/%d%n", counts[0], counts[1]);
		assertThat(counts[1]).isEqualTo(counts[0]);
	}

	private static String local(String personGlobalId) {
		return GlobalId.localIdOf(personGlobalId, "Person").orElseThrow();
	}

}
