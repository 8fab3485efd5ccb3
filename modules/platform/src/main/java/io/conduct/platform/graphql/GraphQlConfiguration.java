package io.conduct.platform.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.scalars.ExtendedScalars;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.ClassNameTypeResolver;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * GraphQL basics shared by every domain: scalars, limits, error classification.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(GraphQlLimitsProperties.class)
public class GraphQlConfiguration {

	@Bean
	RuntimeWiringConfigurer conductScalars() {
		return (wiring) -> wiring.scalar(InstantFriendlyDateTime.SCALAR)
			.scalar(ExtendedScalars.Date)
			.scalar(ExtendedScalars.LocalTime)
			.scalar(ExtendedScalars.Locale)
			.scalar(ExtendedScalars.CountryCode)
			.scalar(ExtendedScalars.Currency)
			.scalar(ExtendedScalars.GraphQLBigDecimal);
	}

	@Bean
	MaxQueryDepthInstrumentation maxQueryDepthInstrumentation(GraphQlLimitsProperties limits) {
		return new MaxQueryDepthInstrumentation(limits.maxDepth());
	}

	@Bean
	MaxQueryComplexityInstrumentation maxQueryComplexityInstrumentation(GraphQlLimitsProperties limits) {
		return new MaxQueryComplexityInstrumentation(limits.maxFields());
	}

	@Bean
	MaxAliasesInstrumentation maxAliasesInstrumentation(GraphQlLimitsProperties limits) {
		return new MaxAliasesInstrumentation(limits.maxAliases());
	}

	@Bean
	RequestGuardInterceptor requestGuardInterceptor(GraphQlLimitsProperties limits) {
		return new RequestGuardInterceptor(limits.maxDocumentCharacters());
	}

	/**
	 * Objects resolve to the GraphQL type of their class's simple name, or the one a
	 * {@link GraphQlTypeName} gives.
	 */
	@Bean
	GraphQlSourceBuilderCustomizer conductTypeNames(ObjectProvider<GraphQlTypeName> names) {
		return (builder) -> {
			ClassNameTypeResolver resolver = new ClassNameTypeResolver();
			names.orderedStream().forEach((name) -> resolver.addMapping(name.javaType(), name.graphQlType()));
			builder.defaultTypeResolver(resolver);
		};
	}

	@Bean
	RequestScopeInterceptor requestScopeInterceptor() {
		return new RequestScopeInterceptor();
	}

	@Bean
	SchemaInspection schemaInspection() {
		return new SchemaInspection();
	}

	@Bean
	ErrorClassifyingExceptionResolver errorClassifyingExceptionResolver() {
		return new ErrorClassifyingExceptionResolver();
	}

}
