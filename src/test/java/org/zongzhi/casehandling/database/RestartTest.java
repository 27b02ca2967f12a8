package org.zongzhi.casehandling.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.zongzhi.casehandling.CaseHandlingApplication;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.cases.NewCase;
import org.zongzhi.casehandling.directory.Directory;

/** The embedded PostgreSQL keeps its data directory: what was registered survives a restart. */
class RestartTest {

    @Test
    void aRestartKeepsACreatedCase() {
        Path dataDir = Path.of("target", "restart-test", UUID.randomUUID().toString());
        String caseNo;
        try (ConfigurableApplicationContext first = start(dataDir)) {
            caseNo = first.getBean(CaseLedger.class).register(new NewCase(Channel.HOTLINE_12345, "12345-20261124-0001",
                    null, null, null, "SFX-CG", "SFX-CG-NJ", null, "物业纠纷", "小区电梯长期停运，业主要求物业维修。",
                    null, 30, null, "liqiang", java.util.List.of()));
        }
        try (ConfigurableApplicationContext second = start(dataDir)) {
            CaseRecord kept = second.getBean(CaseLedger.class).find(caseNo).orElseThrow();
            assertThat(kept.externalRef()).isEqualTo("12345-20261124-0001");
            assertThat(kept.summary()).isEqualTo("小区电梯长期停运，业主要求物业维修。");
            assertThat(second.getBean(Directory.class).counts().people()).isEqualTo(52);
        }
    }

    private static ConfigurableApplicationContext start(Path dataDir) {
        // Command-line arguments: they outrank application.yaml (builder properties would not).
        return new SpringApplicationBuilder(CaseHandlingApplication.class)
                .profiles("demo")
                // No web layer and its own engine name: Camunda's webapps and engine registry are
                // static, and closing this app must not unplug the shared test server in this JVM.
                .web(WebApplicationType.NONE)
                .run("--zongzhi.embedded-postgres.data-directory=" + dataDir,
                        "--spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration",
                        "--camunda.bpm.process-engine-name=restartTest",
                        "--camunda.bpm.job-execution.enabled=false");
    }
}
