package io.conduct.platform.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * Opaque global ids: the GraphQL type and the local id, base64url-encoded. Clients must
 * not parse them; {@code node(id:)} resolves them.
 *
 * @param type the GraphQL type name
 * @param localId the id within that type
 */
public record GlobalId(String type, String localId) {

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	public String encode() {
		return ENCODER.encodeToString((this.type + ':' + this.localId).getBytes(StandardCharsets.UTF_8));
	}

	public static String encode(String type, String localId) {
		return new GlobalId(type, localId).encode();
	}

	/**
	 * Decodes an id; anything that is not one of ours gives an empty result, never an
	 * exception.
	 */
	public static Optional<GlobalId> decode(String id) {
		if (id == null || id.isEmpty() || id.length() > 512) {
			return Optional.empty();
		}
		try {
			String decoded = new String(DECODER.decode(id), StandardCharsets.UTF_8);
			int colon = decoded.indexOf(':');
			if (colon <= 0 || colon == decoded.length() - 1) {
				return Optional.empty();
			}
			return Optional.of(new GlobalId(decoded.substring(0, colon), decoded.substring(colon + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/** The local id if the global id names the given type. */
	public static Optional<String> localIdOf(String id, String expectedType) {
		return decode(id).filter((g) -> g.type.equals(expectedType)).map(GlobalId::localId);
	}

}
