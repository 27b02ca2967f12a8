package org.zongzhi.casehandling.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.zongzhi.casehandling.CaseHandlingApplication;
import org.zongzhi.casehandling.personaldata.PersonalDataKeys;

class DatasourceCheckTest {

    @Test
    void unreachableDatasourceStopsStartUpNamingTheSetting() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/nothing";
        SpringApplication app = new SpringApplicationBuilder(CaseHandlingApplication.class)
                .web(WebApplicationType.NONE)
                .build();
        String[] args = {"--camunda.bpm.process-engine-name=datasourceCheck", "--spring.datasource.url=" + url,
                "--spring.datasource.username=nobody", "--spring.datasource.hikari.connection-timeout=2000",
                // A server with a database server of its own needs its personal-data keys given.
                "--zongzhi.pii.key=" + PersonalDataKeys.generate().format()};

        assertThatThrownBy(() -> app.run(args))
                .hasRootCauseInstanceOf(java.net.ConnectException.class)
                .satisfies(e -> {
                    DatasourceUnreachableException cause = findCause(e);
                    FailureAnalysis analysis = new DatasourceFailureAnalyzer().analyze(e);
                    assertThat(cause.getMessage())
                            .contains(url)
                            .contains("SPRING_DATASOURCE_URL")
                            .doesNotContain("\n");
                    assertThat(analysis.getDescription()).isEqualTo(cause.getMessage());
                });
    }

    @Test
    void wrongPasswordNamesTheCredentialSettings() {
        java.sql.SQLException rejected = new java.sql.SQLException(
                "FATAL: password authentication failed for user \"zz\"", "28P01");
        assertThat(DatasourceCheck.describe("jdbc:postgresql://db/zz", rejected))
                .contains("SPRING_DATASOURCE_USERNAME / SPRING_DATASOURCE_PASSWORD")
                .contains("password authentication failed");
    }

    private static DatasourceUnreachableException findCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatasourceUnreachableException d) {
                return d;
            }
        }
        throw new AssertionError("start-up failed without DatasourceUnreachableException", e);
    }
}
