package io.conduct.platform.graphql;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Limits on a GraphQL request, each rejected with a clear BAD_REQUEST error.
 *
 * @param maxDocumentCharacters the largest document accepted, in characters
 * @param maxDepth the deepest selection accepted
 * @param maxFields the most fields one operation may select (its complexity)
 * @param maxAliases the most aliases one document may use
 */
@ConfigurationProperties("conduct.graphql")
public record GraphQlLimitsProperties(Integer maxDocumentCharacters, Integer maxDepth, Integer maxFields,
		Integer maxAliases) {

	public GraphQlLimitsProperties {
		maxDocumentCharacters = (maxDocumentCharacters != null) ? maxDocumentCharacters : 20_000;
		maxDepth = (maxDepth != null) ? maxDepth : 15;
		maxFields = (maxFields != null) ? maxFields : 500;
		maxAliases = (maxAliases != null) ? maxAliases : 30;
	}

}
