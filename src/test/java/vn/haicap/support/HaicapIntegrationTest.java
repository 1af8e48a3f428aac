package vn.haicap.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Starts the whole application on a random port with its own embedded PostgreSQL, the real unit data,
 * the demo accounts and a real SMTP server ({@link TestMailServer}). Every integration test uses exactly this configuration so that Spring's
 * context cache keeps a single application (and a single database) for the whole run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ContextConfiguration(initializers = TestMailServer.class)
public @interface HaicapIntegrationTest {}
