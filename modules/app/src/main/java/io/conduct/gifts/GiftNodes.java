package io.conduct.gifts;

import java.util.Optional;

import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.security.CurrentUser;

import org.springframework.stereotype.Component;

/**
 * {@code node(id:)} for gift register entries, with the access of their own queries: the
 * recorder, their supervisor, the CFO/CAO and the Audit Committee (audited); null for
 * anyone else, never an error.
 */
@Component
class GiftNodes implements NodeLoader {

	private final GiftRegister register;

	GiftNodes(GiftRegister register) {
		this.register = register;
	}

	@Override
	public String typeName() {
		return GiftsController.GIFT_ENTRY;
	}

	@Override
	public Optional<Object> load(String localId) {
		boolean signedIn = CurrentUser.authentication().map((a) -> !a.roles().isEmpty()).orElse(false);
		return signedIn ? this.register.find(localId).map(Object.class::cast) : Optional.empty();
	}

}
