package io.conduct.notifications;

import io.conduct.platform.jobs.ClusterJobs;
import io.conduct.platform.tenancy.TenantContext;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Delivers the outboxes every minute, on one instance at a time. */
@Component
@ConditionalOnProperty(name = "conduct.jobs.enabled", havingValue = "true", matchIfMissing = true)
class NotificationJobs {

	static final String DELIVER = "notifications.deliver";

	private final ClusterJobs jobs;

	private final OutboxDelivery delivery;

	NotificationJobs(ClusterJobs jobs, OutboxDelivery delivery) {
		this.jobs = jobs;
		this.delivery = delivery;
	}

	@Scheduled(fixedDelayString = "${conduct.notifications.delivery-interval:PT1M}", initialDelayString = "PT30S")
	void deliver() {
		this.jobs.runForEachTenantCounting(DELIVER,
				(tenant) -> TenantContext.callAs(tenant, () -> this.delivery.deliverDue(500)));
	}

}
