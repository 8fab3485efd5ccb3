package io.conduct.cases;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class CaseSecurityConfiguration {

	/** Argon2id, for receipt keys and passphrases of anonymous reports. */
	@Bean
	PasswordEncoder caseSecretsEncoder() {
		return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
	}

}
