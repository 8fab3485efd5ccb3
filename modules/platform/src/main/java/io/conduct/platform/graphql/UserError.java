package io.conduct.platform.graphql;

import java.util.List;

/**
 * Something the user can fix in their input, returned in a mutation's payload.
 *
 * @param field path of the input field at fault ({@code ["input", "country"]})
 * @param message what is wrong, for a person
 * @param code a stable code for clients to branch on
 */
public record UserError(List<String> field, String message, UserErrorCode code) {

	public UserError {
		field = List.copyOf(field);
	}

}
