package io.conduct.platform.observability;

import com.mongodb.client.MongoClient;
import io.conduct.platform.jobs.JobMetrics;
import io.conduct.platform.mongo.MongoConfiguration;
import io.conduct.platform.mongo.MongoRegionsProperties;
import io.conduct.platform.tenancy.TenantRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.mongodb.DefaultMongoCommandTagsProvider;
import io.micrometer.core.instrument.binder.mongodb.MongoCommandTagsProvider;
import io.micrometer.tracing.Tracer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * How operators see Conduct run: readiness (the control database and the tenant
 * registry), metrics with bounded tags (GraphQL operations by root field and outcome,
 * MongoDB commands, scheduled jobs, intake rejections), traces that keep the public
 * intake's rule, and the schema's version in {@code /actuator/info}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ObservabilityProperties.class)
public class ObservabilityConfiguration {

	@Bean
	TenantTags tenantTags(ObservabilityProperties properties) {
		return new TenantTags(properties);
	}

	@Bean
	RootFields rootFieldsInstrumentation() {
		return new RootFields();
	}

	@Bean
	GraphQlOperationConvention graphQlOperationConvention(TenantTags tenants) {
		return new GraphQlOperationConvention(tenants);
	}

	/**
	 * MongoDB command metrics ({@code mongodb.driver.commands}) with the tenant tag; a
	 * tenant's database is tagged {@code database=tenant}, never by its name, which would
	 * make one series per tenant.
	 */
	@Bean
	MongoCommandTagsProvider tenantMongoCommandTagsProvider(TenantTags tenants, MongoRegionsProperties regions) {
		return new DefaultMongoCommandTagsProvider() {
			@Override
			public Iterable<Tag> commandTags(com.mongodb.event.CommandEvent event) {
				String database = event.getDatabaseName();
				String tag = (database != null && database.startsWith(regions.tenantDatabasePrefix())) ? "tenant"
						: String.valueOf(database);
				return Tags.of(super.commandTags(event)).and("database", tag).and(TenantTags.KEY, tenants.current());
			}
		};
	}

	@Bean
	JobMetrics jobMetrics(MeterRegistry registry, TenantTags tenants) {
		return new MicrometerJobMetrics(registry, tenants);
	}

	@Bean
	IntakeRejections intakeRejections(MeterRegistry registry, TenantTags tenants) {
		return new IntakeRejections(registry, tenants);
	}

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	IntakeRejectionCounting intakeRejectionCounting(IntakeRejections rejections, ObservabilityProperties properties) {
		return new IntakeRejectionCounting(rejections, properties);
	}

	@Bean
	ControlDatabaseHealthIndicator controlDatabaseHealthIndicator(MongoClient mongoClient,
			MongoRegionsProperties regions) {
		return new ControlDatabaseHealthIndicator(mongoClient, regions.controlDatabase());
	}

	@Bean
	TenantRegistryHealthIndicator tenantRegistryHealthIndicator(MongoClient mongoClient,
			@Qualifier(MongoConfiguration.CONTROL) MongoTemplate control, TenantRegistry registry) {
		return new TenantRegistryHealthIndicator(mongoClient, control, registry);
	}

	@Bean
	SchemaInfoContributor schemaInfoContributor() {
		return new SchemaInfoContributor("classpath*:graphql/**/*.graphqls");
	}

	/** Before the server's observation filter (at highest precedence + 1). */
	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<AnonymousCallerFilter> anonymousCallerFilter() {
		FilterRegistrationBean<AnonymousCallerFilter> registration = new FilterRegistrationBean<>(
				new AnonymousCallerFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** After the server's observation filter, so the request's span is open. */
	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<TraceIdFilter> traceIdFilter(ObjectProvider<Tracer> tracer) {
		FilterRegistrationBean<TraceIdFilter> registration = new FilterRegistrationBean<>(
				new TraceIdFilter(tracer.getIfAvailable(() -> Tracer.NOOP)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/** After the security filters, which set the tenant's context. */
	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<TraceIdFilter.TenantSpanFilter> tenantSpanFilter(ObjectProvider<Tracer> tracer) {
		FilterRegistrationBean<TraceIdFilter.TenantSpanFilter> registration = new FilterRegistrationBean<>(
				new TraceIdFilter.TenantSpanFilter(tracer.getIfAvailable(() -> Tracer.NOOP)));
		registration.setOrder(0);
		return registration;
	}

}
