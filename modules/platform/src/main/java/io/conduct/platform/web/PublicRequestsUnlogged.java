package io.conduct.platform.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.catalina.Valve;
import org.apache.catalina.valves.AbstractAccessLogValve;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.TomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests to the GraphQL endpoint without a token (the public intake's) never reach an
 * access log: the Tomcat access log is off by default, and if it is turned on
 * ({@code server.tomcat.accesslog.enabled}) every access-log valve is told to leave out
 * the requests this filter marks. An access log line would hold the client's address
 * beside the moment a report came in.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(TomcatWebServerFactory.class)
public class PublicRequestsUnlogged {

	/** The request attribute that keeps a request out of access logs. */
	public static final String NOT_LOGGED = "io.conduct.accessLog.skip";

	@Bean
	FilterRegistrationBean<MarkPublicRequests> markPublicRequests(
			@Value("${spring.graphql.http.path:/graphql}") String path) {
		FilterRegistrationBean<MarkPublicRequests> registration = new FilterRegistrationBean<>(
				new MarkPublicRequests(path));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean
	WebServerFactoryCustomizer<TomcatWebServerFactory> accessLogsLeaveOutPublicRequests() {
		return new LeaveOutMarked();
	}

	/** Marks the requests to the GraphQL endpoint that carry no credentials. */
	static final class MarkPublicRequests extends OncePerRequestFilter {

		private final String path;

		MarkPublicRequests(String path) {
			this.path = path;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (this.path.equals(request.getRequestURI()) && request.getHeader(HttpHeaders.AUTHORIZATION) == null) {
				request.setAttribute(NOT_LOGGED, Boolean.TRUE);
			}
			chain.doFilter(request, response);
		}

	}

	/** Runs after Spring Boot's own customizer, which adds the access-log valve. */
	static final class LeaveOutMarked implements WebServerFactoryCustomizer<TomcatWebServerFactory>, Ordered {

		@Override
		public void customize(TomcatWebServerFactory factory) {
			for (Valve valve : factory.getEngineValves()) {
				leaveOutMarked(valve);
			}
			for (Valve valve : factory.getContextValves()) {
				leaveOutMarked(valve);
			}
		}

		private static void leaveOutMarked(Valve valve) {
			if (valve instanceof AbstractAccessLogValve accessLog) {
				accessLog.setConditionUnless(NOT_LOGGED);
			}
		}

		@Override
		public int getOrder() {
			return Ordered.LOWEST_PRECEDENCE;
		}

	}

}
