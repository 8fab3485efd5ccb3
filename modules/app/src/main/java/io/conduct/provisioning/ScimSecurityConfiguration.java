package io.conduct.provisioning;

import io.conduct.platform.tenancy.TenantRegistry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;

/**
 * The SCIM endpoints have a security chain of their own, before the API's: they take the
 * tenant's SCIM credential, never a person's token, and no other path takes that
 * credential.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ScimProperties.class)
class ScimSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@ConditionalOnWebApplication
	SecurityFilterChain scimSecurity(HttpSecurity http, TenantRegistry registry, ScimCredentials credentials,
			ScimProperties properties, JsonMapper json) throws Exception {
		http.securityMatcher("/scim/**")
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.addFilterBefore(new ScimAuthenticationFilter(registry, credentials, properties, json),
					AnonymousAuthenticationFilter.class);
		return http.build();
	}

}
