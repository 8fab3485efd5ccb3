package io.conduct.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.conduct.platform.identity.IdentityProvisioning;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnResource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The reference front end ({@code modules/portal}, built by Vite into the
 * {@code conduct-portal} jar): its page at {@code /} and at each of its client routes
 * (the SPA fallback: {@code /intake/**}, {@code /t/**}, {@code /auth/**}), its hashed
 * assets under {@code /portal-assets/}, and {@code /portal/config}, which tells it the
 * issuer of a tenant. Every other path (GraphQL, GraphiQL, actuator, the local issuer,
 * oversight's downloads) is left to its own handler. The page's Content-Security-Policy
 * admits this origin only (and the issuers' origins, where configured).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnResource(resources = PortalConfiguration.PAGE_LOCATION)
public class PortalConfiguration implements WebMvcConfigurer {

	static final String PAGE_LOCATION = "classpath:conduct-portal/index.html";

	/**
	 * The client routes of the portal, served its page (kept in step with its router).
	 */
	public static final List<String> CLIENT_ROUTES = List.of("/", "/intake/**", "/t/**", "/auth/**");

	/** What anyone may fetch: the page at its routes, the assets, the issuer lookup. */
	public static final List<String> PUBLIC_PATHS = List.of("/", "/intake/**", "/t/**", "/auth/**", "/portal-assets/**",
			"/portal/config");

	/** The client of Conduct's own front ends in each tenant's realm. */
	static final String CLIENT_ID = "conduct-web";

	private static final Pattern TENANT_KEY = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

	private final String contentSecurityPolicy;

	PortalConfiguration(@Value("${conduct.portal.connect-sources:}") List<String> connectSources) {
		List<String> connect = new ArrayList<>(List.of("'self'"));
		connectSources.stream().filter((s) -> !s.isBlank()).forEach(connect::add);
		this.contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
				+ " font-src 'self'; connect-src " + String.join(" ", connect) + "; object-src 'none'; base-uri 'self';"
				+ " form-action 'self'; frame-ancestors 'none'";
	}

	@Bean
	RouterFunction<ServerResponse> conductPortal(IdentityProvisioning identities) {
		Resource page = new ClassPathResource("conduct-portal/index.html");
		RouterFunctions.Builder routes = RouterFunctions.route();
		for (String route : CLIENT_ROUTES) {
			routes.GET(route,
					(request) -> ServerResponse.ok()
						.contentType(MediaType.TEXT_HTML)
						.cacheControl(CacheControl.noStore())
						.header("Content-Security-Policy", this.contentSecurityPolicy)
						.header("Referrer-Policy", "no-referrer")
						.body(page));
		}
		routes.GET("/portal/config", (request) -> {
			String tenant = request.param("tenant").orElse("");
			if (!TENANT_KEY.matcher(tenant).matches()) {
				return ServerResponse.badRequest().body(Map.of("error", "tenant: a tenant key"));
			}
			return ServerResponse.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.body(Map.of("authority", identities.issuerFor(tenant), "clientId", CLIENT_ID));
		});
		return routes.build();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/portal-assets/**")
			.addResourceLocations("classpath:/conduct-portal/portal-assets/")
			.setCacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable());
	}

}
