package org.zongzhi.casehandling.engineguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zongzhi.casehandling.process.ProcessVariables.UNIT;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.process.ProcessKeys;

/**
 * The engine as an attacker with a demo login finds it, through both doors (/engine-rest and the
 * webapps' API): no forged start, no foreign variable on a completion, no variable write or
 * modification by anyone but an administrator. Each refused attempt leaves the ledger, the trail
 * and the engine as they were.
 */
@CaseHandlingTest
class TrustBoundaryTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    WindowClerk window;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;
    @Autowired
    CaseLedger ledger;

    /** Assigned to 县住房和城乡建设局 (ZJJ), waiting for its 签收. */
    String caseA;
    ProcessInstance processA;
    String signTaskA;
    /** At 研判定级, never sent to any unit. */
    String caseB;

    record Snapshot(long cases, int trailA, int trailB, String statusA, String statusB, long running, long tasks,
                    long variables) {
    }

    @BeforeEach
    void twoCases() {
        processA = window.register(Map.of("reporterName", "包文静", "reporterPhone", "13512340001",
                "matterType", "物业纠纷", "townshipCode", "SFX-CG", "summary", "电梯停运三个月"));
        caseA = processA.getBusinessKey();
        tasks.complete(tasks.createTaskQuery().processInstanceId(processA.getId()).singleResult().getId(),
                Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(processA.getId())
                .singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        signTaskA = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId();
        caseB = window.register(Map.of("reporterName", "柏冬梅", "reporterPhone", "13512340002",
                "matterType", "邻里纠纷", "townshipCode", "SFX-DH", "summary", "邻居堆放杂物堵塞通道"))
                .getBusinessKey();
    }

    @AfterEach
    void noEngineUser() {
        identity.clearAuthentication();
    }

    Snapshot snapshot() {
        CaseRecord a = ledger.find(caseA).orElseThrow();
        CaseRecord b = ledger.find(caseB).orElseThrow();
        return new Snapshot(ledger.count(), ledger.trail(caseA).size(), ledger.trail(caseB).size(),
                a.status().name(), b.status().name(), runtime.createProcessInstanceQuery().count(),
                tasks.createTaskQuery().count(), runtime.createVariableInstanceQuery().count());
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void forgedStartsOfEveryProcessAreRefusedForEveryRole(EngineApi door) {
        Snapshot before = snapshot();
        String validForm = "{\"reporterName\":{\"value\":\"某某\"},\"reporterPhone\":{\"value\":\"13512340003\"},"
                + "\"channel\":{\"value\":\"WALK_IN\"},\"matterType\":{\"value\":\"邻里纠纷\"},"
                + "\"townshipCode\":{\"value\":\"SFX-CG\"},\"summary\":{\"value\":\"伪造\"}}";
        List<String[]> attempts = List.of(
                new String[] {"process-definition/key/unitHandling/start",
                        "{\"businessKey\":\"" + caseB + "\",\"variables\":{\"unit\":{\"value\":\"GAJ\"}}}"},
                new String[] {"process-definition/key/unitHandling/submit-form",
                        "{\"businessKey\":\"" + caseB + "\",\"variables\":{\"unit\":{\"value\":\"GAJ\"}}}"},
                new String[] {"process-definition/key/caseHandling/start", "{\"businessKey\":\"" + caseA + "\"}"},
                new String[] {"process-definition/key/caseHandling/start", "{\"businessKey\":\"SFX-2026-999999\"}"},
                new String[] {"process-definition/key/caseHandling/start", "{\"businessKey\":\"" + caseA + "\","
                        + "\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_CloseCase\"}]}"},
                new String[] {"process-definition/key/caseHandling/start", "{\"businessKey\":\"" + caseA + "\","
                        + "\"skipCustomListeners\":true,\"skipIoMappings\":true}"},
                new String[] {"process-definition/key/caseHandling/submit-form",
                        "{\"businessKey\":\"" + caseA + "\",\"variables\":" + validForm + "}"},
                new String[] {"process-definition/key/caseHandling/submit-form",
                        "{\"variables\":" + validForm.replace("}}", "},\"caseNo\":{\"value\":\"" + caseA + "\"}}") + "}"},
                new String[] {"process-definition/key/riskWarning/start",
                        "{\"businessKey\":\"" + caseA + "\",\"variables\":{\"warningId\":{\"value\":1}}}"},
                new String[] {"process-definition/key/supervisionLadder/start",
                        "{\"businessKey\":\"" + caseA + "\",\"variables\":{\"step\":{\"value\":\"SIGN\"}}}"});
        for (String user : List.of("wangfang", "zhaomin", "zhoujie", "zhenghua", "chenjing", "yangguang", "dongliang",
                "admin")) {
            EngineApi.Session session = door.as(rest, user);
            for (String[] attempt : attempts) {
                ResponseEntity<String> response = EngineApi.send(rest, session, HttpMethod.POST, attempt[0], attempt[1]);
                assertThat(response.getStatusCode().value()).as(user + " " + attempt[0] + " " + attempt[1])
                        .isIn(400, 403);
                assertThat(response.getBody()).as(attempt[0]).containsPattern("[\\u4e00-\\u9fa5]");
            }
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(ledger.find(caseA).orElseThrow().closedAt()).isNull();
        assertThat(rest.withBasicAuth("gaofeng", "gaofeng").getForEntity("/api/cases/" + caseB, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theEngineItselfStartsNoCaseProcessOutsideOurCode() {
        Snapshot before = snapshot();
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(ProcessKeys.CASE_HANDLING, caseA))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("登记");
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(ProcessKeys.UNIT_HANDLING, caseB, Map.of("unit", "GAJ")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(ProcessKeys.RISK_WARNING, caseA))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(ProcessKeys.SUPERVISION_LADDER, caseA))
                .isInstanceOf(AuthorizationException.class);
        identity.setAuthentication("admin", List.of("camunda-admin"));
        assertThatThrownBy(() -> runtime.startProcessInstanceByKey(ProcessKeys.CASE_HANDLING, "SFX-2026-999998"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> runtime.createProcessInstanceByKey(ProcessKeys.CASE_HANDLING).businessKey(caseA)
                .startBeforeActivity("Task_CloseCase").execute()).isInstanceOf(AuthorizationException.class);
        identity.clearAuthentication();
        // Even code of ours that skipped listeners at a chosen activity meets the built-in check.
        assertThatThrownBy(() -> runtime.createProcessInstanceByKey(ProcessKeys.CASE_HANDLING).businessKey(caseA)
                .startBeforeActivity("Task_CloseCase").execute(true, true)).isInstanceOf(AuthorizationException.class);
        assertThat(snapshot()).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void aCompletionCarriesOnlyTheFieldsOfItsForm(EngineApi door) {
        EngineApi.Session liaison = door.as(rest, "dongliang");
        Snapshot before = snapshot();
        Map<String, String> forged = Map.of(
                "{\"signDecision\":{\"value\":\"SIGN\"},\"caseNo\":{\"value\":\"" + caseB + "\"}}", "caseNo",
                "{\"signDecision\":{\"value\":\"MAYBE\"}}", "不是可选项",
                "{\"signDecision\":{\"value\":\"SIGN\"},\"unit\":{\"value\":\"GAJ\"}}", "只读",
                "{\"signDecision\":{\"value\":5}}", "选项",
                "{\"signDecision\":{\"value\":\"SIGN\"},\"returnReason\":{\"value\":\"x\",\"type\":\"Object\","
                        + "\"valueInfo\":{\"objectTypeName\":\"java.util.Date\",\"serializationDataFormat\":"
                        + "\"application/x-java-serialized-object\"}}}", "文字",
                "{\"signDecision\":{\"value\":\"RETURN\"},\"returnReason\":{\"value\":\"不归\\u0000我管\"}}", "控制字符",
                "{\"signDecision\":{\"value\":\"RETURN\"},\"returnReason\":{\"value\":\"\\u200b\\u3000\"}}", "不可见");
        for (String action : List.of("complete", "submit-form")) {
            forged.forEach((variables, named) -> {
                ResponseEntity<String> response = EngineApi.send(rest, liaison, HttpMethod.POST,
                        "task/" + signTaskA + "/" + action, "{\"variables\":" + variables + "}");
                assertThat(response.getStatusCode()).as(variables).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(response.getBody()).as(variables).contains("签收交办单").contains(named);
            });
        }
        // The same, spelled so that a naive path match would miss it, and by an administrator.
        for (EngineApi.Session who : List.of(liaison, door.as(rest, "admin"))) {
            for (String path : List.of("task/" + signTaskA + "/%63omplete", "task/" + signTaskA + "/complete/",
                    "task/" + signTaskA + "/complete;x=y", "task//" + signTaskA + "/complete")) {
                ResponseEntity<String> response = EngineApi.send(rest, who, HttpMethod.POST, path,
                        "{\"variables\":{\"signDecision\":{\"value\":\"SIGN\"},\"caseNo\":{\"value\":\"" + caseB + "\"}}}");
                assertThat(response.getStatusCode().is2xxSuccessful()).as(who.user() + " " + path).isFalse();
            }
        }
        assertThat(snapshot()).isEqualTo(before);

        ResponseEntity<String> signed = EngineApi.send(rest, liaison, HttpMethod.POST,
                "task/" + signTaskA + "/complete", "{\"variables\":{\"signDecision\":{\"value\":\"SIGN\"}}}");
        assertThat(signed.getStatusCode().is2xxSuccessful()).as(signed.getBody()).isTrue();
        assertThat(ledger.trail(caseA)).anyMatch(e -> e.detail().contains("已签收"));
        assertThat(ledger.trail(caseB)).hasSize(before.trailB());
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void variableWritesAndInstanceChangesAreForAdministratorsOnly(EngineApi door) {
        Snapshot before = snapshot();
        String unitInstance = runtime.createProcessInstanceQuery().superProcessInstanceId(processA.getId())
                .singleResult().getId();
        String variable = "{\"value\":\"" + caseB + "\",\"type\":\"String\"}";
        EngineApi.Session liaison = door.as(rest, "dongliang");
        List<Object[]> byLiaison = List.of(
                new Object[] {HttpMethod.PUT, "task/" + signTaskA + "/variables/caseNo", variable},
                new Object[] {HttpMethod.PUT, "task/" + signTaskA + "/localVariables/signDecision", variable},
                new Object[] {HttpMethod.POST, "task/" + signTaskA + "/variables",
                        "{\"modifications\":{\"unit\":{\"value\":\"GAJ\"}}}"},
                new Object[] {HttpMethod.POST, "task/" + signTaskA + "/assignee", "{\"userId\":\"gaofeng\"}"},
                new Object[] {HttpMethod.POST, "task/" + signTaskA + "/identity-links",
                        "{\"groupId\":\"unit-GAJ\",\"type\":\"candidate\"}"},
                new Object[] {HttpMethod.DELETE, "task/" + signTaskA, null});
        EngineApi.Session supervisor = door.as(rest, "zhoujie");
        List<Object[]> bySupervisor = List.of(
                new Object[] {HttpMethod.PUT, "process-instance/" + unitInstance + "/variables/unit", variable},
                new Object[] {HttpMethod.POST, "process-instance/" + processA.getId() + "/modification",
                        "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_CloseCase\"}]}"},
                new Object[] {HttpMethod.PUT, "process-instance/" + processA.getId() + "/suspended",
                        "{\"suspended\":true}"},
                new Object[] {HttpMethod.DELETE, "process-instance/" + processA.getId(), null},
                new Object[] {HttpMethod.POST, "message", "{\"messageName\":\"x\",\"businessKey\":\"" + caseA
                        + "\",\"processVariables\":{\"caseNo\":" + variable + "}}"},
                new Object[] {HttpMethod.POST, "process-instance/" + processA.getId() + "/variables",
                        "{\"modifications\":{\"leadUnit\":{\"value\":\"GAJ\"}}}"});
        for (Object[] attempt : byLiaison) {
            assertRefused(liaison, attempt);
        }
        for (Object[] attempt : bySupervisor) {
            assertRefused(supervisor, attempt);
        }
        for (String user : List.of("wangfang", "zhaomin", "zhenghua", "chenjing", "yangguang")) {
            EngineApi.Session staff = door.as(rest, user);
            for (Object[] attempt : bySupervisor) {
                ResponseEntity<String> response = EngineApi.send(rest, staff, (HttpMethod) attempt[0],
                        (String) attempt[1], (String) attempt[2]);
                assertThat(response.getStatusCode()).as(user + " " + attempt[0] + " " + attempt[1])
                        .isEqualTo(HttpStatus.FORBIDDEN);
            }
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(runtime.getVariable(unitInstance, UNIT)).isEqualTo("ZJJ");
        assertThat(runtime.getVariable(processA.getId(), "caseNo")).isEqualTo(caseA);

        // The engine holds the same line when called directly as the liaison: work, not write.
        identity.setAuthentication("dongliang", List.of("liaison", "unit-ZJJ"));
        assertThatThrownBy(() -> tasks.setVariable(signTaskA, UNIT, "GAJ")).isInstanceOf(ProcessEngineException.class);
        identity.clearAuthentication();
        assertThat(runtime.getVariable(unitInstance, UNIT)).isEqualTo("ZJJ");
    }

    private void assertRefused(EngineApi.Session session, Object[] attempt) {
        ResponseEntity<String> response = EngineApi.send(rest, session, (HttpMethod) attempt[0], (String) attempt[1],
                (String) attempt[2]);
        assertThat(response.getStatusCode()).as(session.user() + " " + attempt[0] + " " + attempt[1])
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getBody()).contains("只有系统管理员");
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void aLiaisonStillClaimsAndReadsTheirOwnTask(EngineApi door) {
        EngineApi.Session liaison = door.as(rest, "dongliang");
        assertThat(EngineApi.send(rest, liaison, HttpMethod.POST, "task/" + signTaskA + "/claim",
                "{\"userId\":\"dongliang\"}").getStatusCode().is2xxSuccessful()).isTrue();
        Task claimed = tasks.createTaskQuery().taskId(signTaskA).singleResult();
        assertThat(claimed.getAssignee()).isEqualTo("dongliang");
        ResponseEntity<String> list = EngineApi.send(rest, liaison, HttpMethod.POST, "task",
                "{\"processInstanceBusinessKey\":\"" + caseA + "\"}");
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).contains(signTaskA);
    }
}
