package io.conduct.disclosures;

import java.util.Optional;
import java.util.function.Function;

import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.security.CurrentUser;
import io.conduct.platform.security.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code node(id:)} for this module's types, with the same access as their own queries:
 * what the caller may not see is null, never an error.
 */
@Configuration(proxyBeanMethods = false)
class DisclosureNodes {

	@Bean
	NodeLoader disclosureNode(Disclosures disclosures) {
		return loader(DisclosuresController.DISCLOSURE, null, disclosures::find);
	}

	@Bean
	NodeLoader counterpartyNode(CounterpartyRegister register) {
		return loader(DisclosuresController.COUNTERPARTY, null, register::find);
	}

	@Bean
	NodeLoader counterpartyPaymentNode(GroupLedger ledger) {
		return loader(DisclosuresController.PAYMENT, Role.CFO_CAO, ledger::payment);
	}

	@Bean
	NodeLoader exchangeRateNode(GroupLedger ledger) {
		return loader(DisclosuresController.RATE, Role.CFO_CAO, ledger::rate);
	}

	@Bean
	NodeLoader conflictRuleNode(DisclosureStore store) {
		return loader(DisclosuresController.RULE, null, store::rule);
	}

	@Bean
	NodeLoader counterpartyImportNode(CounterpartyRegister register) {
		return loader(DisclosuresController.IMPORT, Role.CFO_CAO, register::findImport);
	}

	private static NodeLoader loader(String type, Role needed, Function<String, Optional<?>> find) {
		return new NodeLoader() {

			@Override
			public String typeName() {
				return type;
			}

			@Override
			public Optional<Object> load(String localId) {
				boolean allowed = CurrentUser.authentication()
					.map((a) -> needed == null ? !a.roles().isEmpty() : a.roles().contains(needed))
					.orElse(false);
				return allowed ? find.apply(localId).map(Object.class::cast) : Optional.empty();
			}

		};
	}

}
