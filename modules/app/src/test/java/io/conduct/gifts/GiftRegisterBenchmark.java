package io.conduct.gifts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.conduct.ConductIntegrationTest;
import io.conduct.bench.InProcessBenchmarks;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.GraphQlHttp;
import io.conduct.testsupport.MongoCommandCounter;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recording a gift and computing its group totals with a full register, not a test: the
 * gift group of the tests (a top company, a German and a Japanese subsidiary, Erin
 * working for both under one verified e-mail), then {@code giftRecord} by Erin for a gift
 * of a registered supplier (which adds her entries with it up across both companies) on
 * an empty register, and again after 100,000 entries (cloned from real ones, 1,000 of
 * them Erin's with that supplier within the twelve months, the others other people's with
 * other counterparties) split between the two subsidiaries. Prints milliseconds a
 * request, requests a second, MongoDB commands a request and the ratio full ÷ empty.
 * Sizes by {@code -Dbench.entries=100000 -Dbench.requests=20}.
 */
@ConductIntegrationTest
@Import(io.conduct.testsupport.MongoCommandCounting.class)
class GiftRegisterBenchmark {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	MongoCommandCounter commands;

	@LocalServerPort
	int port;

	public static void main(String[] args) {
		InProcessBenchmarks.run(GiftRegisterBenchmark.class);
	}

	@Test
	void recordingAGiftWithItsGroupTotals() {
		int entryCount = Integer.getInteger("bench.entries", 100_000);
		int requests = Integer.getInteger("bench.requests", 20);
		GraphQlHttp api = new GraphQlHttp(this.port);
		GiftGroup group = new GiftGroup(api, this.registry, this.tenantData);
		Map<String, Object> gift = GiftGroup.received("GIFT", GiftGroup.registered(group.nordwind), "2026-08-20", "20",
				"EUR");
		Map<String, Object> jpGift = GiftGroup.received("GIFT", GiftGroup.registered(group.nordwind), "2026-08-21",
				"1000", "JPY");
		group.recorded(group.erinJp, jpGift);
		double[] empty = measure(api, group, gift, requests);

		List<Document> erins = TenantContext.callAs(group.de,
				() -> this.tenantData.getCollection("gift_entries").find().into(new ArrayList<>()));
		List<Document> erinsJp = TenantContext.callAs(group.jp,
				() -> this.tenantData.getCollection("gift_entries").find().into(new ArrayList<>()));
		long seedStart = System.nanoTime();
		int theirs = Math.min(1_000, entryCount / 100);
		seed(group.de, erins.get(0), entryCount / 2, theirs / 2);
		seed(group.jp, erinsJp.get(0), entryCount - entryCount / 2, theirs - theirs / 2);
		System.out.printf("%nSeeded %d gift entries (%d of them Erin's with the supplier) in %.1f s%n", entryCount,
				theirs, (System.nanoTime() - seedStart) / 1e9);

		var recorded = group.recorded(group.erin, gift);
		@SuppressWarnings("unchecked")
		Map<String, Object> rolling = (Map<String, Object>) ((Map<String, Object>) recorded.get("totals"))
			.get("rolling12Months");
		// at least her entries in the company she records in; those of the other company
		// count where her group key matches there
		int summed = ((Number) rolling.get("entries")).intValue();
		assertThat(summed).as(recorded.toString()).isGreaterThanOrEqualTo(theirs / 2);
		System.out.printf("The rolling twelve months add up %d entries%n", summed);
		double[] full = measure(api, group, gift, requests);

		System.out
			.printf("%n| giftRecord with group totals | ms/request | req/s | commands/request |%n|---|---|---|---|%n");
		System.out.printf("| empty register | %.0f | %.2f | %.1f |%n", empty[0], 1000 / empty[0], empty[1]);
		System.out.printf("| %,d entries | %.0f | %.2f | %.1f |%n", entryCount, full[0], 1000 / full[0], full[1]);
		System.out.printf("full ÷ empty (time): %.1f%n", full[0] / empty[0]);
	}

	private double[] measure(GraphQlHttp api, GiftGroup group, Map<String, Object> gift, int requests) {
		group.recorded(group.erin, gift);
		this.commands.reset();
		long start = System.nanoTime();
		for (int i = 0; i < requests; i++) {
			group.recorded(group.erin, gift);
		}
		double millis = (System.nanoTime() - start) / 1e6 / requests;
		return new double[] { millis, (double) this.commands.tenantCommands("conduct_t_").size() / requests };
	}

	/**
	 * Clones of the entry: {@code matching} of them the same person's and counterparty's.
	 */
	private void seed(Tenant tenant, Document template, int count, int matching) {
		List<Document> batch = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Document clone = Document.parse(template.toJson());
			clone.put("_id", UUID.randomUUID().toString());
			if (i >= matching) {
				Document tally = clone.get("tally", Document.class);
				tally.put("personId", "p-" + (i % 5_000));
				tally.put("personKey", "k-" + (i % 5_000));
				tally.put("counterpartyKey", "c-" + (i % 2_000));
			}
			batch.add(clone);
			if (batch.size() == 5_000 || i == count - 1) {
				List<Document> written = List.copyOf(batch);
				TenantContext.runAs(tenant, () -> this.tenantData.getCollection("gift_entries").insertMany(written));
				batch.clear();
			}
		}
	}

}
