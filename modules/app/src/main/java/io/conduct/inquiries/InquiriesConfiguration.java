package io.conduct.inquiries;

import java.util.Optional;

import io.conduct.platform.graphql.NodeLoader;
import io.conduct.platform.security.CurrentUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The MNPI rules, read and checked at startup (a wrong file stops it), and
 * {@code node(id:)} for inquiries with the access of their own queries.
 */
@Configuration(proxyBeanMethods = false)
class InquiriesConfiguration {

	@Bean
	MnpiScreen mnpiScreen() {
		return new MnpiScreen(MnpiRules.bundled());
	}

	@Bean
	NodeLoader inquiryNode(Inquiries inquiries) {
		// callers with no role of the tenant get null, as from every other loader
		return NodeLoader.of(Inquiries.TYPE,
				(id) -> CurrentUser.authentication().filter((a) -> !a.roles().isEmpty()).isPresent()
						? inquiries.find(id) : Optional.empty());
	}

}
