package io.conduct.cases;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import io.conduct.platform.security.Role;
import io.conduct.platform.security.SystemActor;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.testsupport.GraphQlHttp;

import org.springframework.context.ApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The retention run of the other domains' records, as the retention job runs it (as the
 * system, in the tenant), and the GraphQL documents the domains' retention tests share.
 */
public final class RecordRetentionRuns {

	public static final String RETENTION = """
			query($r: ID!) { recordRetention(recordId: $r) { recordId recordKind label pack source keep kind from dueAt
			  legalHold { reason placedAs } deletedAt statistic { name value } } }""";

	public static final String HOLD = """
			mutation($r: ID!, $why: String!) { recordLegalHoldPlace(input: {recordId: $r, reason: $why}) {
			  retention { legalHold { reason placedAs } } userErrors { field code } } }""";

	public static final String RELEASE = """
			mutation($r: ID!) { recordLegalHoldRelease(input: {recordId: $r}) {
			  retention { legalHold { reason } } userErrors { field code } } }""";

	private RecordRetentionRuns() {
	}

	/** Runs the retention of the tenant's records once; how many it deleted. */
	public static int deleteDue(ApplicationContext context, Tenant tenant) {
		RecordRetention retention = context.getBean(RecordRetention.class);
		return SystemActor.callAs(tenant, EnumSet.noneOf(Role.class), retention::deleteDue);
	}

	/** Places a legal hold on the record, checking it was placed. */
	public static void hold(GraphQlHttp api, String token, String recordId) {
		var held = api.post(token, HOLD, Map.of("r", recordId, "why", "Litigation: Meyer v. Acme"));
		assertThat(held.<List<?>>read("$.data.recordLegalHoldPlace.userErrors")).as(held.body()).isEmpty();
		assertThat(held.<String>read("$.data.recordLegalHoldPlace.retention.legalHold.reason"))
			.isEqualTo("Litigation: Meyer v. Acme");
	}

	/** Releases the legal hold on the record, checking it was released. */
	public static void release(GraphQlHttp api, String token, String recordId) {
		var released = api.post(token, RELEASE, Map.of("r", recordId));
		assertThat(released.<List<?>>read("$.data.recordLegalHoldRelease.userErrors")).as(released.body()).isEmpty();
		assertThat(released.<Object>read("$.data.recordLegalHoldRelease.retention.legalHold")).isNull();
	}

}
