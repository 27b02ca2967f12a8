package org.zongzhi.casehandling.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.process.TaskKeys;

/** The case over our REST API and the engine's: who reads it, and what a refused completion looks like. */
@CaseHandlingTest
class CaseApiTest {

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

    ProcessInstance pi;
    String caseNo;

    @BeforeEach
    void aPropertyDisputeAssignedToHousing() {
        pi = window.register(Map.of(
                "reporterName", "孙桂兰", "reporterPhone", "13600001111", "channel", "WALK_IN",
                "matterType", "物业纠纷", "townshipCode", "SFX-CG", "summary", "小区供暖不达标",
                "peopleInvolved", 5L, "amountAtStake", 0.0, "registeredBy", "wangfang"));
        caseNo = (String) runtime.getVariable(pi.getId(), "caseNo");
    }

    void assignToHousing() {
        String assess = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        tasks.complete(assess, Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
    }

    @Test
    void caseApiNeedsLogin() {
        assertThat(rest.getForEntity("/api/cases/" + caseNo, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("sunli", "wrong").getForEntity("/api/cases/" + caseNo, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void centreStaffReadTheCaseWithItsTrail() {
        ResponseEntity<String> response = rest.withBasicAuth("zhaomin", "zhaomin")
                .getForEntity("/api/cases/" + caseNo, String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).contains(caseNo).contains("研判中").contains("孙桂兰")
                .contains("REGISTERED").contains("待办：研判定级");
    }

    @Test
    void aUnitReadsOnlyCasesItWasAskedToWorkOn() {
        assertThat(rest.withBasicAuth("dongliang", "dongliang").getForEntity("/api/cases/" + caseNo, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assignToHousing();
        assertThat(rest.withBasicAuth("dongliang", "dongliang").getForEntity("/api/cases/" + caseNo, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> court = rest.withBasicAuth("liuyang", "liuyang")
                .getForEntity("/api/cases/" + caseNo, String.class);
        ResponseEntity<String> missing = rest.withBasicAuth("liuyang", "liuyang")
                .getForEntity("/api/cases/SFX-1999-000001", String.class);
        assertThat(court.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(court.getBody()).doesNotContain("孙桂兰");
    }

    @Test
    void engineRestCompletionWithoutRequiredFieldsIsAChinese400AndChangesNothing() {
        assignToHousing();
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        String sign = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId();
        TestRestTemplate housing = rest.withBasicAuth("dongliang", "dongliang");

        ResponseEntity<String> empty = housing.postForEntity("/engine-rest/task/" + sign + "/complete",
                json("{\"variables\":{}}"), String.class);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).contains("签收交办单").contains("签收意见");

        ResponseEntity<String> noReason = housing.postForEntity("/engine-rest/task/" + sign + "/complete",
                json("{\"variables\":{\"signDecision\":{\"value\":\"RETURN\",\"type\":\"String\"}}}"), String.class);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getBody()).contains("退回理由").doesNotContain("Cannot").doesNotContain(sign);
        ResponseEntity<String> viaForm = housing.postForEntity("/engine-rest/task/" + sign + "/submit-form",
                json("{\"variables\":{\"signDecision\":{\"value\":\"RETURN\"}}}"), String.class);
        assertThat(viaForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(viaForm.getBody()).startsWith("{").contains("“签收交办单”未完成，请填写：退回理由")
                .doesNotContain("Cannot").doesNotContain(sign);

        assertThat(tasks.createTaskQuery().taskId(sign).count()).as("the task is still open").isEqualTo(1);
        assertThat(runtime.getVariable(unit.getId(), "signDecision")).as("nothing saved").isNull();
    }

    @Test
    void unitSystemReturnsAnOrderOnlyWithAReasonAndOnlyItsOwn() {
        assignToHousing();
        TestRestTemplate housing = rest.withBasicAuth("dongliang", "dongliang");

        ResponseEntity<String> noReason = housing.postForEntity("/api/cases/" + caseNo + "/orders/ZJJ/return",
                json("{}"), String.class);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noReason.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(noReason.getBody()).contains("退回理由");

        ResponseEntity<String> police = rest.withBasicAuth("gaofeng", "gaofeng").postForEntity(
                "/api/cases/" + caseNo + "/orders/ZJJ/sign", json("{}"), String.class);
        assertThat(police.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> returned = housing.postForEntity("/api/cases/" + caseNo + "/orders/ZJJ/return",
                json("{\"reason\":\"供暖属城关镇热力站管理\"}"), String.class);
        assertThat(returned.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(TaskKeys.ASSESS_CASE);
        assertThat(runtime.getVariable(pi.getId(), "returnReason")).isEqualTo("供暖属城关镇热力站管理");
    }

    @Test
    void unitSystemSignsForAnOrder() {
        assignToHousing();
        ResponseEntity<String> signed = rest.withBasicAuth("yuanyuan", "yuanyuan").postForEntity(
                "/api/cases/" + caseNo + "/orders/ZJJ/sign", json("{}"), String.class);
        assertThat(signed.getStatusCode()).isEqualTo(HttpStatus.OK);
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        assertThat(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(TaskKeys.HANDLE);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
