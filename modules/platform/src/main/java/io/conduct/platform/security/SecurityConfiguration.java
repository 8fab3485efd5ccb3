package io.conduct.platform.security;

import io.conduct.platform.tenancy.TenantRegistry;
import io.conduct.platform.web.PortalConfiguration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The API is a stateless, multi-issuer OAuth2 resource server. The GraphQL endpoint
 * admits requests without a token (the public intake needs that); every operation checks
 * roles itself through method security. A token that is present must be valid and issued
 * by an active tenant, or the request gets 401. Each signed-in person has a budget of
 * requests ({@link SignedInRateLimitFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain apiSecurity(HttpSecurity http, TenantRegistry registry, SecurityProperties properties)
			throws Exception {
		var issuers = new JwtIssuerAuthenticationManagerResolver(
				new TenantIssuerAuthenticationManagers(registry, properties));
		http.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.cors(Customizer.withDefaults())
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.OPTIONS, "/**")
				.permitAll()
				.requestMatchers("/graphql", "/graphiql", "/graphiql/**", "/actuator/health", "/actuator/health/**",
						"/local-issuer/**", "/error")
				.permitAll()
				// production serves these on the management port only
				// (management.server.port)
				.requestMatchers("/actuator/info", "/actuator/prometheus")
				.permitAll()
				// the portal's page, client routes, assets and issuer lookup: public
				// files,
				// its data comes through /graphql with the person's token
				.requestMatchers(HttpMethod.GET, PortalConfiguration.PUBLIC_PATHS.toArray(String[]::new))
				.permitAll()
				.anyRequest()
				.authenticated())
			.oauth2ResourceServer((oauth2) -> oauth2.authenticationManagerResolver(issuers))
			.addFilterAfter(new TenantContextFilter(registry), BearerTokenAuthenticationFilter.class)
			.addFilterAfter(new SignedInRateLimitFilter(properties.rateLimit()), TenantContextFilter.class);
		return http.build();
	}

	@Bean
	CorsConfigurationSource corsConfigurationSource(SecurityProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOrigins(properties.corsAllowedOrigins());
		cors.addAllowedMethod(HttpMethod.GET);
		cors.addAllowedMethod(HttpMethod.POST);
		cors.addAllowedHeader("Authorization");
		cors.addAllowedHeader("Content-Type");
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/graphql", cors);
		// the local issuer (local run only), for a front end on a dev server of its own
		source.registerCorsConfiguration("/local-issuer/**", cors);
		return source;
	}

}
