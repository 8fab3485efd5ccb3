package io.conduct;

import io.conduct.testsupport.TestClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** The application's clock in integration tests, which tests can move. */
@TestConfiguration(proxyBeanMethods = false)
class TestClockConfiguration {

	@Bean
	@Primary
	TestClock testClock() {
		return new TestClock();
	}

}
