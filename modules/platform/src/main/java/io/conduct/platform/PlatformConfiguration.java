package io.conduct.platform;

import java.time.Clock;

import io.conduct.platform.security.LocalIssuerGuard;
import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.web.GraphQlBodyLimits;
import io.conduct.platform.web.GraphQlRequestBodyFilter;
import io.conduct.platform.web.RequestSizeLimitFilter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.task.TaskDecorator;
import org.springframework.core.task.support.ContextPropagatingTaskDecorator;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Cross-cutting platform beans: the clock, context propagation to async tasks, request
 * limits, and the production guard.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableAsync
@EnableConfigurationProperties(GraphQlBodyLimits.class)
public class PlatformConfiguration {

	/** Just after Spring Security's filter chain (order -100). */
	static final int AFTER_SECURITY = -90;

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/**
	 * Async tasks and async event listeners run with the tenant and security context of
	 * the code that started them.
	 */
	@Bean
	TaskDecorator contextPropagatingTaskDecorator() {
		return new ContextPropagatingTaskDecorator();
	}

	/**
	 * Bodies over {@code conduct.web.max-request-bytes} (default 40 MB: five 10 MiB
	 * files, base64-encoded) are refused before they are read.
	 */
	@Bean
	FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
			@Value("${conduct.web.max-request-bytes:41943040}") long maxBytes) {
		FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
				new RequestSizeLimitFilter(maxBytes));
		// after the trace filters (io.conduct.platform.observability)
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 3);
		return registration;
	}

	/**
	 * GraphQL bodies that are not a JSON object with a query get a 400, never a 500; so
	 * do bodies past {@code conduct.graphql.body.*}. It runs after authentication (the
	 * security filter chain is at -100), so that larger allowances go only to the callers
	 * they name.
	 */
	@Bean
	FilterRegistrationBean<GraphQlRequestBodyFilter> graphQlRequestBodyFilter(
			@Value("${spring.graphql.http.path:/graphql}") String path, GraphQlBodyLimits limits,
			TenantRegistry tenants) {
		FilterRegistrationBean<GraphQlRequestBodyFilter> registration = new FilterRegistrationBean<>(
				new GraphQlRequestBodyFilter(path, limits,
						(key) -> tenants.findActiveByPublicIntakeKey(key).isPresent()));
		registration.setOrder(AFTER_SECURITY);
		return registration;
	}

	@Bean
	static LocalIssuerGuard localIssuerGuard() {
		return new LocalIssuerGuard();
	}

}
