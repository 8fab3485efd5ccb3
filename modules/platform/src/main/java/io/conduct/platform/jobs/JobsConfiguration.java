package io.conduct.platform.jobs;

import java.time.Duration;

import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.tenancy.TenantRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Job locks live in the control database's {@code job_locks} collection (ShedLock), so
 * every instance of the application sees the same locks.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

	static final String LOCKS = "job_locks";

	@Bean
	ClusterJobs clusterJobs(@Qualifier(MongoConfiguration.CONTROL) MongoTemplate control, TenantRegistry tenants,
			@Value("${conduct.jobs.lock-at-most-for:PT10M}") Duration lockAtMostFor,
			ObjectProvider<JobMetrics> metrics) {
		return new ClusterJobs(new DefaultLockingTaskExecutor(new MongoLockProvider(control.getCollection(LOCKS))),
				tenants, lockAtMostFor, metrics.getIfAvailable(() -> JobMetrics.NONE));
	}

}
