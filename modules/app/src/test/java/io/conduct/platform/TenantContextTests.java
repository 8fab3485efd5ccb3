package io.conduct.platform;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.conduct.ConductIntegrationTest;
import io.conduct.platform.mongo.TenantRoutingMongoDatabaseFactory;
import io.conduct.platform.tenancy.NoTenantContextException;
import io.conduct.platform.tenancy.Tenant;
import io.conduct.platform.tenancy.TenantContext;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.testsupport.TestTenants;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Async;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Tenant data is unreachable without a tenant context, and the context follows the work
 * to async tasks and async event listeners, with the tenant in the logs' MDC.
 */
@ConductIntegrationTest
class TenantContextTests {

	@Autowired
	TenantRegistry registry;

	@Autowired
	MongoTemplate tenantData;

	@Autowired
	TenantRoutingMongoDatabaseFactory databases;

	@Autowired
	AsyncTaskExecutor applicationTaskExecutor;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	AsyncListener listener;

	@Test
	void withoutTenantContextNoTenantDataCanBeReadOrWritten() {
		assertThat(TenantContext.current()).isEmpty();

		assertThatThrownBy(() -> this.tenantData.findAll(Document.class, "notes"))
			.isInstanceOf(NoTenantContextException.class);
		assertThatThrownBy(() -> this.tenantData.insert(new Document("x", 1), "notes"))
			.isInstanceOf(NoTenantContextException.class);
		assertThatThrownBy(() -> this.databases.getMongoDatabase()).isInstanceOf(NoTenantContextException.class);
	}

	@Test
	void aTenantCannotNameAnotherTenantsDatabase() {
		Tenant a = TestTenants.register(this.registry, TestTenants.uniqueKey("a"));
		Tenant b = TestTenants.register(this.registry, TestTenants.uniqueKey("b"));

		assertThatThrownBy(
				() -> TenantContext.runAs(a, () -> this.databases.getMongoDatabase(this.databases.databaseName(b))))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void asyncTasksRunInTheTenantOfTheirCaller() throws Exception {
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("async"));

		CompletableFuture<String[]> seen = TenantContext.callAs(tenant,
				() -> this.applicationTaskExecutor
					.submitCompletable(() -> new String[] { TenantContext.current().map(Tenant::key).orElse(null),
							MDC.get(TenantContext.LOG_KEY), Thread.currentThread().getName() }));

		String[] result = seen.get(10, TimeUnit.SECONDS);
		assertThat(result[2]).isNotEqualTo(Thread.currentThread().getName());
		assertThat(result[0]).isEqualTo(tenant.key());
		assertThat(result[1]).isEqualTo(tenant.key());
	}

	@Test
	void asyncEventListenersRunInTheTenantOfThePublisher() throws Exception {
		Tenant tenant = TestTenants.register(this.registry, TestTenants.uniqueKey("events"));

		TenantContext.runAs(tenant, () -> this.events.publishEvent(new SomethingHappened()));

		assertThat(this.listener.seen().get(10, TimeUnit.SECONDS)).isEqualTo(tenant.key());
	}

	record SomethingHappened() {
	}

	static class AsyncListener {

		private final CompletableFuture<String> seen = new CompletableFuture<>();

		// a method, not a field: the listener is an @Async proxy
		CompletableFuture<String> seen() {
			return this.seen;
		}

		@Async
		@EventListener
		public void on(SomethingHappened event) {
			this.seen.complete(TenantContext.current().map(Tenant::key).orElse("none"));
		}

	}

	@TestConfiguration
	static class Listeners {

		@Bean
		AsyncListener asyncListener() {
			return new AsyncListener();
		}

	}

}
