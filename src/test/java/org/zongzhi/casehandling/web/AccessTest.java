package org.zongzhi.casehandling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zongzhi.casehandling.CaseHandlingTest;

/** Who gets through the REST API and the webapps, and which tasks they see there. */
@CaseHandlingTest
class AccessTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;

    String courtTaskId;
    String policeTaskId;

    @BeforeEach
    void oneTaskForTheCourtAndOneForThePolice() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("testUnitTask").count() == 0) {
            repository.createDeployment().addClasspathResource("processes/unit-task.bpmn").deploy();
        }
        String court = runtime.startProcessInstanceByKey("testUnitTask", Map.of("unitGroup", "unit-FY")).getId();
        String police = runtime.startProcessInstanceByKey("testUnitTask", Map.of("unitGroup", "unit-GAJ")).getId();
        courtTaskId = tasks.createTaskQuery().processInstanceId(court).singleResult().getId();
        policeTaskId = tasks.createTaskQuery().processInstanceId(police).singleResult().getId();
    }

    @Test
    void engineRestWithoutCredentialsIsRefused() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/engine-rest/process-definition", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void engineRestWithWrongPasswordIsRefused() {
        assertThat(rest.withBasicAuth("wuhong", "wrong").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void adminReadsEverything() {
        ResponseEntity<List<Map<String, Object>>> response = rest.withBasicAuth("admin", "admin")
                .exchange("/engine-rest/task", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).extracting(t -> t.get("id")).contains(courtTaskId, policeTaskId);
    }

    @Test
    void courtLiaisonSeesCourtTasksButNotPoliceTasks() {
        TestRestTemplate liuyang = rest.withBasicAuth("liuyang", "liuyang");
        ResponseEntity<List<Map<String, Object>>> list = liuyang.exchange("/engine-rest/task", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() {});
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).extracting(t -> t.get("id")).contains(courtTaskId).doesNotContain(policeTaskId);

        assertThat(liuyang.getForEntity("/engine-rest/task/" + courtTaskId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        ResponseEntity<String> foreign = liuyang.getForEntity("/engine-rest/task/" + policeTaskId, String.class);
        assertThat(foreign.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        assertThat(foreign.getBody()).doesNotContain("unit-GAJ");

        ResponseEntity<String> claim = liuyang.postForEntity("/engine-rest/task/" + policeTaskId + "/claim",
                jsonEntity("{\"userId\":\"liuyang\"}"), String.class);
        assertThat(claim.getStatusCode()).isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND);
        Task police = tasks.createTaskQuery().taskId(policeTaskId).singleResult();
        assertThat(police.getAssignee()).isNull();
    }

    @Test
    void theCourtsBackupPostSeesTheSameCourtTask() {
        ResponseEntity<List<Map<String, Object>>> list = rest.withBasicAuth("huangli", "huangli")
                .exchange("/engine-rest/task", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
        assertThat(list.getBody()).extracting(t -> t.get("id")).contains(courtTaskId).doesNotContain(policeTaskId);
    }

    @Test
    void webappApiNeedsLogin() {
        assertThat(rest.getForEntity("/camunda/api/engine/engine/default/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void eachRoleReachesTheWebappsItNeeds() {
        assertThat(login("liuyang", "tasklist")).isEqualTo(HttpStatus.OK);
        assertThat(login("liuyang", "cockpit")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(login("liuyang", "admin")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(login("zhoujie", "cockpit")).isEqualTo(HttpStatus.OK);
        assertThat(login("yangguang", "cockpit")).isEqualTo(HttpStatus.OK);
        assertThat(login("wangfang", "tasklist")).isEqualTo(HttpStatus.OK);
        assertThat(login("wangfang", "cockpit")).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(login("admin", "admin")).isEqualTo(HttpStatus.OK);
        assertThat(login("admin", "cockpit")).isEqualTo(HttpStatus.OK);
    }

    private HttpStatus login(String user, String app) {
        return WebappLogin.of(rest, user, app).status();
    }

    private static HttpEntity<String> jsonEntity(String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json, headers);
    }
}
