package io.conduct.provisioning;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A page of a SCIM list (RFC 7644, section 3.4.2).
 *
 * @param schemas the list response schema
 * @param totalResults how many match
 * @param startIndex the 1-based position of the first
 * @param itemsPerPage how many this page holds
 * @param resources the page
 * @param <T> the resources' type
 */
record ScimListResponse<T>(List<String> schemas, long totalResults, int startIndex, int itemsPerPage,
		@JsonProperty("Resources") List<T> resources) {

	static <T> ScimListResponse<T> of(long totalResults, int startIndex, List<T> resources) {
		return new ScimListResponse<>(List.of(ScimSchemas.LIST_RESPONSE), totalResults, startIndex, resources.size(),
				resources);
	}

}
