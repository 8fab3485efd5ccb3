package io.conduct.platform.graphql;

/**
 * The GraphQL type of the objects of a Java class whose simple name is not the type's, so
 * that interfaces such as {@code Node} resolve to the right type. Declare one as a bean.
 *
 * @param javaType the Java class a data fetcher returns
 * @param graphQlType the name of the GraphQL object type it is
 */
public record GraphQlTypeName(Class<?> javaType, String graphQlType) {
}
