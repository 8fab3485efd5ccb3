package io.conduct.notifications;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.conduct.platform.observability.ObservabilityProperties;
import io.conduct.platform.observability.TenantTags;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The outboxes in numbers: {@code conduct.outbox.notifications} (gauges: how many are
 * pending, sent and failed for good, counted in every active tenant's outbox at most
 * every {@code conduct.observability.outbox-count-max-age}, 30 s, on the status index)
 * and {@code conduct.outbox.deliveries} (counters: each attempt's result), by
 * allow-listed tenant.
 */
@Component
class OutboxMetrics {

	private static final Logger logger = LoggerFactory.getLogger(OutboxMetrics.class);

	private final MeterRegistry registry;

	private final TenantTags tenants;

	private final TenantRegistry tenantRegistry;

	private final MongoTemplate tenantData;

	private volatile Map<String, Map<Notification.Status, Long>> counts = Map.of();

	private volatile long countedAt = Long.MIN_VALUE;

	private final Duration maxAge;

	OutboxMetrics(MeterRegistry registry, TenantTags tenants, ObservabilityProperties properties,
			TenantRegistry tenantRegistry, MongoTemplate tenantData,
			@Value("${conduct.observability.outbox-count-max-age:PT30S}") Duration maxAge) {
		this.maxAge = maxAge;
		this.registry = registry;
		this.tenants = tenants;
		this.tenantRegistry = tenantRegistry;
		this.tenantData = tenantData;
		List<String> tags = Stream.concat(properties.tenantTags().stream(), Stream.of(TenantTags.OTHER))
			.distinct()
			.toList();
		for (String tag : tags) {
			for (Notification.Status status : Notification.Status.values()) {
				Gauge.builder("conduct.outbox.notifications", () -> count(tag, status))
					.description("Notifications in the outboxes, by status")
					.tag("status", status.name().toLowerCase(java.util.Locale.ROOT))
					.tag(TenantTags.KEY, tag)
					.register(registry);
			}
		}
	}

	/**
	 * One delivery attempt's result: sent, retry (will be tried again) or failed (for
	 * good).
	 */
	void delivered(String result) {
		Counter.builder("conduct.outbox.deliveries")
			.description("Delivery attempts of notifications, by result")
			.tag("result", result)
			.tag(TenantTags.KEY, this.tenants.current())
			.register(this.registry)
			.increment();
	}

	private long count(String tag, Notification.Status status) {
		long now = System.nanoTime();
		if (this.countedAt == Long.MIN_VALUE || now - this.countedAt >= this.maxAge.toNanos()) {
			this.countedAt = now;
			this.counts = countAll();
		}
		return this.counts.getOrDefault(tag, Map.of()).getOrDefault(status, 0L);
	}

	private Map<String, Map<Notification.Status, Long>> countAll() {
		Map<String, Map<Notification.Status, Long>> all = new HashMap<>();
		for (Tenant tenant : this.tenantRegistry.findAll()) {
			if (!tenant.isActive()) {
				continue;
			}
			try {
				Map<Notification.Status, Long> byStatus = all.computeIfAbsent(this.tenants.of(tenant),
						(key) -> new EnumMap<>(Notification.Status.class));
				TenantContext.runAs(tenant, () -> {
					for (Notification.Status status : Notification.Status.values()) {
						long n = this.tenantData.count(Query.query(Criteria.where("status").is(status)),
								Notification.class);
						byStatus.merge(status, n, Long::sum);
					}
				});
			}
			catch (RuntimeException ex) {
				logger.warn("Outbox of tenant {} not counted: {}", tenant.key(), ex.toString());
			}
		}
		return all;
	}

}
