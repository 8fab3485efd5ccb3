package io.conduct.cases;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class CaseSecurityConfiguration {

	/**
	 * Argon2id, for receipt keys and passphrases of anonymous reports: by default OWASP's
	 * minimum (19 MiB of memory, 2 iterations, 1 lane); weaker settings stop the start
	 * unless {@code conduct.cases.argon2.enforce-minimum} is false (the tests' profile,
	 * to stay fast). Hashes made with other settings keep verifying: each names its own.
	 */
	@Bean
	PasswordEncoder caseSecretsEncoder(@Value("${conduct.cases.argon2.memory-kib:19456}") int memoryKib,
			@Value("${conduct.cases.argon2.iterations:2}") int iterations,
			@Value("${conduct.cases.argon2.parallelism:1}") int parallelism,
			@Value("${conduct.cases.argon2.enforce-minimum:true}") boolean enforceMinimum) {
		if (enforceMinimum && !Argon2Minimum.isMet(memoryKib, iterations, parallelism)) {
			throw new IllegalStateException("conduct.cases.argon2 (m=" + memoryKib + " KiB, t=" + iterations + ", p="
					+ parallelism + ") is below OWASP's minimum for Argon2id (m=19456 KiB, t=2, p=1 or the "
					+ "equivalents m=47104/t=1, m=12288/t=3, m=9216/t=4, m=7168/t=5)");
		}
		return new Argon2PasswordEncoder(16, 32, parallelism, memoryKib, iterations);
	}

	/**
	 * OWASP's Password Storage Cheat Sheet: Argon2id configurations of equal strength.
	 */
	static final class Argon2Minimum {

		private Argon2Minimum() {
		}

		static boolean isMet(int memoryKib, int iterations, int parallelism) {
			if (parallelism < 1 || iterations < 1) {
				return false;
			}
			int needed = switch (iterations) {
				case 1 -> 47_104;
				case 2 -> 19_456;
				case 3 -> 12_288;
				case 4 -> 9_216;
				default -> 7_168;
			};
			return memoryKib >= needed;
		}

	}

}
