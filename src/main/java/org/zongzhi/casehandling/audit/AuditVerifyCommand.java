package org.zongzhi.casehandling.audit;

import java.io.PrintStream;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code java -jar case-handling.jar --zongzhi.audit.verify=true}: checks the chain, prints the
 * result and exits with 0 (intact) or 1 (broken), for an operator's shell or a monitoring cron.
 */
@Component
@ConditionalOnProperty(name = "zongzhi.audit.verify", havingValue = "true")
@Order(Ordered.LOWEST_PRECEDENCE)
class AuditVerifyCommand implements ApplicationRunner {

    private final ChainVerifier verifier;
    private final AuditTrail trail;
    private final ConfigurableApplicationContext context;

    AuditVerifyCommand(ChainVerifier verifier, AuditTrail trail, ConfigurableApplicationContext context) {
        this.verifier = verifier;
        this.trail = trail;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        int code = check(System.out);
        System.exit(SpringApplication.exit(context, () -> code));
    }

    /** Prints the result; returns the exit code. */
    int check(PrintStream out) {
        ChainCheck check = verifier.verify();
        trail.record(new AuditEntry(System.getProperty("user.name"), AuditEventType.AUDIT_VERIFY, "审计链",
                check.intact(), "命令行", check.summary()));
        out.println(check.summary());
        return check.intact() ? 0 : 1;
    }
}
