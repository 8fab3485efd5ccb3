package io.conduct.localdev;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.Ordered;

/** The local run's web guard: loopback Host headers only, before anything else. */
@Configuration(proxyBeanMethods = false)
@Profile("local")
@ConditionalOnWebApplication
class LocalWebConfiguration {

	@Bean
	FilterRegistrationBean<LoopbackHostFilter> loopbackHostFilter() {
		FilterRegistrationBean<LoopbackHostFilter> registration = new FilterRegistrationBean<>(
				new LoopbackHostFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		registration.addUrlPatterns("/*");
		return registration;
	}

}
