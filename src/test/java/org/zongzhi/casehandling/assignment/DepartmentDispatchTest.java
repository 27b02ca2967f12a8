package org.zongzhi.casehandling.assignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.UnitSystem;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.process.TaskKeys;

/**
 * A unit with its own system receives the 交办单 over real HTTP. When that system is down the
 * dispatch job is retried, then becomes an incident (what Cockpit shows); once the system is back,
 * retrying the job (Cockpit's "retry") lets the case go on.
 */
@CaseHandlingTest
class DepartmentDispatchTest {

    @Autowired
    RuntimeService runtime;

    @Autowired

    WindowClerk window;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;

    UnitSystem unitSystem;

    @BeforeEach
    void startTheUnitsSystemOnLoopback() throws IOException {
        unitSystem = UnitSystem.of(jdbc, "CGJ", "/orders").answer(503);
    }

    @AfterEach
    void stopIt() {
        unitSystem.close();
    }

    @Test
    void unitSystemDownMeansRetriesThenAnIncidentAndARetryLaterContinuesTheCase() {
        ProcessInstance pi = window.register(Map.of(
                "reporterName", "周大勇", "reporterPhone", "13800138000", "channel", "PHONE", "externalRef", "DH-20261124-0042",
                "matterType", "城市管理纠纷", "townshipCode", "SFX-CG", "summary", "商铺占道经营影响通行",
                "peopleInvolved", 2L, "amountAtStake", 0.0, "registeredBy", "liqiang"));
        String caseNo = (String) runtime.getVariable(pi.getId(), "caseNo");
        String assess = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        tasks.complete(assess, Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "CGJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        Job dispatch = management.createJobQuery().processInstanceId(unit.getId()).singleResult();

        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThatThrownBy(() -> management.executeJob(dispatch.getId()))
                    .hasMessageContaining("HTTP 503").hasMessageContaining(caseNo).hasMessageContaining("CGJ");
        }
        assertThat(unitSystem.received()).hasSize(3);
        assertThat(management.createJobQuery().jobId(dispatch.getId()).singleResult().getRetries()).isZero();
        Incident incident = runtime.createIncidentQuery().processInstanceId(unit.getId()).singleResult();
        assertThat(incident).as("incident visible in Cockpit").isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo("failedJob");
        assertThat(incident.getIncidentMessage()).contains("HTTP 503");
        assertThat(tasks.createTaskQuery().processInstanceId(unit.getId()).count()).isZero();

        unitSystem.answer(200);
        management.setJobRetries(dispatch.getId(), 1);
        management.executeJob(dispatch.getId());

        assertThat(runtime.createIncidentQuery().processInstanceId(unit.getId()).count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(TaskKeys.SIGN_FOR);
        String order = unitSystem.received().get(unitSystem.received().size() - 1);
        assertThat(order).contains("\"caseNo\":\"" + caseNo + "\"").contains("\"unitCode\":\"CGJ\"")
                .contains("商铺占道经营影响通行")
                .doesNotContain("周大勇").doesNotContain("13800138000");
    }

    @Test
    void unreachableEndpointIsAFailureNamingCaseAndUnitNotASilentDrop() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        DepartmentClient client = new DepartmentClient(new ObjectMapper().findAndRegisterModules(),
                Duration.ofSeconds(1), Duration.ofSeconds(1));
        AssignmentOrder order = new AssignmentOrder("o1", "SFX-2026-999999", "CGJ", "县城市管理局", "城市管理纠纷",
                "GENERAL", "TRANSFER", "摘要", OffsetDateTime.now(), null);

        assertThatThrownBy(() -> client.send("http://127.0.0.1:" + closedPort + "/orders", order))
                .isInstanceOf(DepartmentClient.DepartmentUnreachableException.class)
                .hasMessageContaining("SFX-2026-999999").hasMessageContaining("CGJ");
    }
}
