package io.conduct.platform.audit;

import java.time.Clock;

import io.conduct.platform.crypto.MasterKeySource;
import io.conduct.platform.jobs.ClusterJobs;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.tenancy.TenantContext;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/** The audit chain's anchors, their job, and the verifier. */
@Configuration(proxyBeanMethods = false)
class AuditConfiguration {

	@Bean
	AuditAnchors auditAnchors(MongoTemplate mongoTemplate, @Qualifier(MongoConfiguration.CONTROL) MongoTemplate control,
			MasterKeySource masterKeys, Clock clock) {
		return new AuditAnchors(mongoTemplate, control, masterKeys, clock);
	}

	@Bean
	AuditVerifier auditVerifier(MongoTemplate mongoTemplate,
			@Qualifier(MongoConfiguration.CONTROL) MongoTemplate control, AuditAnchors anchors) {
		return new AuditVerifier(mongoTemplate, control, anchors);
	}

	@Bean
	@ConditionalOnProperty(name = "conduct.jobs.enabled", havingValue = "true", matchIfMissing = true)
	AnchorJob auditAnchorJob(AuditAnchors anchors, ClusterJobs jobs) {
		return new AnchorJob(anchors, jobs);
	}

	/**
	 * Anchors every chain that grew, once across instances, every
	 * {@code conduct.audit.anchor-interval} (an hour by default): entries removed at the
	 * end of a chain are found unless they were written since its last anchor.
	 */
	static class AnchorJob {

		private final AuditAnchors anchors;

		private final ClusterJobs jobs;

		AnchorJob(AuditAnchors anchors, ClusterJobs jobs) {
			this.anchors = anchors;
			this.jobs = jobs;
		}

		@Scheduled(fixedDelayString = "${conduct.audit.anchor-interval:PT1H}", initialDelayString = "PT2M")
		void round() {
			this.jobs.runOnce("audit-anchor-platform", this.anchors::anchorPlatform);
			this.jobs.runForEachTenant("audit-anchor",
					(tenant) -> TenantContext.runAs(tenant, this.anchors::anchorCurrentTenant));
		}

	}

}
