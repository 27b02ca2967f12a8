package org.zongzhi.casehandling;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole server with the demo directory on a fresh embedded PostgreSQL and a random port.
 * Test classes that use only this annotation share one Spring context (and one database). Process
 * coverage of every test class is reported under target/process-test-coverage.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"demo", "test"})
@Import(ProcessEngineCoverageConfiguration.class)
public @interface CaseHandlingTest {
}
