package io.conduct.platform.web;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.graphql.server.webmvc.GraphiQlHandler;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * GraphiQL at {@code /graphiql} when {@code conduct.graphiql.enabled} (the local run):
 * the page and its scripts come from Conduct's own jar ({@code conduct-graphiql}, built
 * from the npm packages at build time), so it works on a network that blocks CDNs. Spring
 * for GraphQL's own page, which loads its scripts from a CDN, stays off
 * ({@code spring.graphql.graphiql.enabled=false}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "conduct.graphiql.enabled", havingValue = "true")
public class GraphiQlConfiguration implements WebMvcConfigurer {

	static final String PAGE = "conduct-graphiql/index.html";

	@Bean
	RouterFunction<ServerResponse> conductGraphiQl(
			@org.springframework.beans.factory.annotation.Value("${spring.graphql.http.path:/graphql}") String path) {
		GraphiQlHandler handler = new GraphiQlHandler(path, "", new ClassPathResource(PAGE));
		return RouterFunctions.route().GET("/graphiql", handler::handleRequest).build();
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/graphiql/assets/**").addResourceLocations("classpath:/conduct-graphiql/assets/");
	}

}
