package io.conduct;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import io.conduct.testsupport.TestInfrastructureInitializer;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, against the test MongoDB, as front ends see it.
 * Tenants are registered by each test with unique keys. The application's clock is a
 * {@link io.conduct.testsupport.TestClock} that tests can move.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestInfrastructureInitializer.class)
@Import(TestClockConfiguration.class)
public @interface ConductIntegrationTest {

}
