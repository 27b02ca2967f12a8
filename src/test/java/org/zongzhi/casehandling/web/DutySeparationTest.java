package org.zongzhi.casehandling.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.engineguard.EngineApi;

/**
 * 三员分立: the system administrator (admin, camunda-admin), the security administrator (shenan,
 * security-admin) and the audit administrator (qianshen, auditor) each do their own work and none
 * the others', through /engine-rest, the webapps' API and /api alike; nobody changes the audit log.
 */
@CaseHandlingTest
class DutySeparationTest {

    static final String SYSTEM = "admin";
    static final String SECURITY = "shenan";
    static final String AUDITOR = "qianshen";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    HistoryService history;
    @Autowired
    WindowClerk window;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noEngineUser() {
        identity.clearAuthentication();
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void theSecurityAdministratorNeitherDeploysNorOperatesProcesses(EngineApi door) {
        Job job = aJob();
        long deployments = repository.createDeploymentQuery().count();
        EngineApi.Session security = door.as(rest, SECURITY);

        if (door == EngineApi.REST) {
            assertThat(deploy(SECURITY).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(EngineApi.send(rest, security, HttpMethod.POST, "deployment/create", "{}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> retry = EngineApi.send(rest, security, HttpMethod.PUT, "job/" + job.getId() + "/retries",
                "{\"retries\": 7}");
        assertThat(retry.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(retry.getBody()).contains("只有系统管理员");
        assertThat(EngineApi.send(rest, security, HttpMethod.PUT, "process-instance/" + job.getProcessInstanceId()
                + "/suspended", "{\"suspended\": true}").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(repository.createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(job.getRetries());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult()
                .isSuspended()).isFalse();
    }

    @Test
    void theSecurityAdministratorChangesNoSettingReadsNoCaseAndHasOnlyTheAdminApp() {
        for (String[] change : new String[][] {
                {"/api/calendar/days/2026-03-16", "{\"kind\":\"HOLIDAY\",\"name\":\"x\",\"source\":\"y\"}"},
                {"/api/risk-rules/SAME_PERSON", "{\"threshold\":9}"},
                {"/api/letter-templates/REMINDER", "{\"title\":\"x\",\"heading\":\"y\",\"body\":\"z\"}"}}) {
            ResponseEntity<String> response = api(SECURITY, HttpMethod.PUT, change[0], change[1]);
            assertThat(response.getStatusCode()).as(change[0]).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).contains("安全管理员只能管理登录锁定");
        }
        String caseNo = window.register(Map.of("reporterName", "岳安宁", "reporterPhone", "13512340071",
                "matterType", "邻里纠纷", "townshipCode", "SFX-DH", "summary", "院墙归属争议")).getBusinessKey();
        assertThat(api(SECURITY, HttpMethod.GET, "/api/cases/" + caseNo, null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth(SECURITY, SECURITY).getForObject("/engine-rest/process-instance", List.class))
                .isEmpty();
        assertThat(WebappLogin.of(rest, SECURITY, "tasklist").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(WebappLogin.of(rest, SECURITY, "cockpit").status()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(WebappLogin.of(rest, SECURITY, "admin").status()).isEqualTo(HttpStatus.OK);
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void theSystemAdministratorManagesNoUserGroupMembershipOrAuthorization(EngineApi door) {
        EngineApi.Session system = door.as(rest, SYSTEM);
        long grants = authorizations.createAuthorizationQuery().count();

        for (String[] change : new String[][] {
                {"POST", "user/create", "{\"profile\":{\"id\":\"bysystem\"},\"credentials\":{\"password\":\"Sys-2026-x\"}}"},
                {"POST", "group/create", "{\"id\":\"bysystem\",\"name\":\"系统管理员建的组\",\"type\":\"WORKFLOW\"}"},
                {"PUT", "group/mediator/members/wangfang", null},
                {"POST", "authorization/create", "{\"type\":1,\"permissions\":[\"ALL\"],\"groupId\":\"intake\","
                        + "\"resourceType\":9,\"resourceId\":\"*\"}"},
                {"POST", "tenant/create", "{\"id\":\"bysystem\",\"name\":\"租户\"}"},
                {"PUT", "user/wangfang/credentials", "{\"password\":\"Sys-2026-y\",\"authenticatedUserPassword\":\"admin\"}"}}) {
            ResponseEntity<String> response = EngineApi.send(rest, system, HttpMethod.valueOf(change[0]), change[1], change[2]);
            assertThat(response.getStatusCode()).as(door + " " + change[1]).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).contains("只有安全管理员");
        }
        assertThat(identity.createUserQuery().userId("bysystem").count()).isZero();
        assertThat(identity.createGroupQuery().groupId("bysystem").count()).isZero();
        assertThat(identity.createUserQuery().memberOfGroup("mediator").userId("wangfang").count()).isZero();
        assertThat(identity.checkPassword("wangfang", "wangfang")).isTrue();
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
        assertThat(rest.withBasicAuth(SYSTEM, SYSTEM).getForEntity("/api/security/locks", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theEngineItselfHoldsEachAdministratorToTheirResources() {
        // Whatever the gate in front of the API: the engine's own authorizations, granted per group.
        identity.setAuthentication(SYSTEM, List.of("camunda-admin"));
        assertThatThrownBy(() -> identity.saveUser(identity.newUser("bysystem2")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> identity.createMembership("wangfang", "mediator"))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT))
                .isInstanceOf(AuthorizationException.class);

        Job job = aJob();
        identity.setAuthentication(SECURITY, List.of("security-admin"));
        assertThatThrownBy(() -> repository.createDeployment().name("by-security")
                .addClasspathResource("processes/unit-task.bpmn").deploy()).isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> management.setJobRetries(job.getId(), 7)).isInstanceOf(AuthorizationException.class);
        assertThat(runtime.createProcessInstanceQuery().count()).isZero();

        identity.setAuthentication(AUDITOR, List.of("auditor"));
        assertThatThrownBy(() -> identity.saveUser(identity.newUser("byauditor2")))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> management.setJobRetries(job.getId(), 7)).isInstanceOf(AuthorizationException.class);
    }

    @Test
    void theAuditorDoesNeitherAdministratorsWork() {
        assertThat(deploy(AUDITOR).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        Job job = aJob();
        assertThat(api(AUDITOR, HttpMethod.PUT, "/engine-rest/job/" + job.getId() + "/retries", "{\"retries\": 7}")
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api(AUDITOR, HttpMethod.PUT, "/engine-rest/group/auditor/members/wangfang", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api(AUDITOR, HttpMethod.POST, "/engine-rest/authorization/create", "{\"type\":1,\"permissions\":"
                + "[\"ALL\"],\"groupId\":\"auditor\",\"resourceType\":9,\"resourceId\":\"*\"}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api(AUDITOR, HttpMethod.GET, "/api/security/locks", null).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(api(AUDITOR, HttpMethod.PUT, "/api/risk-rules/SAME_PERSON", "{\"threshold\":9}").getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(identity.createUserQuery().memberOfGroup("auditor").userId("wangfang").count()).isZero();
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(job.getRetries());
    }

    @Test
    void theSystemAdministratorDeploysRetriesAJobAndKeepsTheCalendar() {
        ResponseEntity<Map> deployed = deploy(SYSTEM);
        assertThat(deployed.getStatusCode()).isEqualTo(HttpStatus.OK);
        repository.deleteDeployment((String) deployed.getBody().get("id"), true);

        Job job = aJob();
        assertThat(api(SYSTEM, HttpMethod.PUT, "/engine-rest/job/" + job.getId() + "/retries", "{\"retries\": 7}")
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(management.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(7);

        assertThat(api(SYSTEM, HttpMethod.PUT, "/api/calendar/days/2031-03-17",
                "{\"kind\":\"HOLIDAY\",\"name\":\"县庆\",\"source\":\"县政府通知\"}").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(api(SYSTEM, HttpMethod.DELETE, "/api/calendar/days/2031-03-17", null).getStatusCode())
                .isIn(HttpStatus.OK, HttpStatus.NO_CONTENT);
        assertThat(WebappLogin.of(rest, SYSTEM, "cockpit").status()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theSecurityAdministratorKeepsUsersGroupsMembershipsAndAuthorizationsInTheAdminApp() {
        EngineApi.Session security = EngineApi.WEBAPP.as(rest, SECURITY);
        try {
            assertThat(EngineApi.send(rest, security, HttpMethod.POST, "user/create",
                    "{\"profile\":{\"id\":\"bysecurity\",\"firstName\":\"新\",\"lastName\":\"同事\"},"
                            + "\"credentials\":{\"password\":\"Sec-2026-x\"}}").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(EngineApi.send(rest, security, HttpMethod.POST, "group/create",
                    "{\"id\":\"duty-test\",\"name\":\"分工测试组\",\"type\":\"WORKFLOW\"}").getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(EngineApi.send(rest, security, HttpMethod.PUT, "group/duty-test/members/bysecurity", null)
                    .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(EngineApi.send(rest, security, HttpMethod.POST, "authorization/create", "{\"type\":1,"
                    + "\"permissions\":[\"ACCESS\"],\"groupId\":\"duty-test\",\"resourceType\":0,\"resourceId\":\"tasklist\"}")
                    .getStatusCode()).isEqualTo(HttpStatus.OK);

            assertThat(identity.createUserQuery().memberOfGroup("duty-test").userId("bysecurity").count()).isEqualTo(1);
            assertThat(WebappLogin.of(rest, "bysecurity", "Sec-2026-x", "tasklist").login().status())
                    .isEqualTo(HttpStatus.OK);
        } finally {
            authorizations.createAuthorizationQuery().groupIdIn("duty-test").list()
                    .forEach(a -> authorizations.deleteAuthorization(a.getId()));
            identity.deleteGroup("duty-test");
            identity.deleteUser("bysecurity");
        }
    }

    @ParameterizedTest
    @EnumSource(EngineApi.class)
    void noSecurityAdministratorRaisesAnAdministratorOrThemselves(EngineApi door) {
        EngineApi.Session security = door.as(rest, SECURITY);
        long grants = authorizations.createAuthorizationQuery().count();
        for (String[] change : new String[][] {
                {"PUT", "group/camunda-admin/members/wangfang", null},
                {"PUT", "group/auditor/members/shenan", null},
                {"PUT", "group/supervisor/members/shenan", null},
                {"PUT", "group/supervisor/members/zouning", null},
                {"DELETE", "group/security-admin/members/zouning", null},
                {"DELETE", "group/camunda-admin", null},
                {"PUT", "user/admin/credentials", "{\"password\":\"Take-0ver-x\",\"authenticatedUserPassword\":\"shenan\"}"},
                {"DELETE", "user/qianshen", null},
                {"POST", "authorization/create", "{\"type\":1,\"permissions\":[\"ALL\"],\"groupId\":\"security-admin\","
                        + "\"resourceType\":9,\"resourceId\":\"*\"}"},
                {"POST", "authorization/create", "{\"type\":1,\"permissions\":[\"ALL\"],\"userId\":\"zouning\","
                        + "\"resourceType\":9,\"resourceId\":\"*\"}"},
                {"POST", "authorization/create", "{\"type\":0,\"permissions\":[\"CREATE\"],\"userId\":\"*\","
                        + "\"resourceType\":9,\"resourceId\":\"*\"}"}}) {
            ResponseEntity<String> response = EngineApi.send(rest, security, HttpMethod.valueOf(change[0]), change[1],
                    change[2]);
            assertThat(response.getStatusCode()).as(door + " " + change[0] + " " + change[1]).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").userId("wangfang").count()).isZero();
        assertThat(identity.createUserQuery().memberOfGroup("supervisor").userIdIn("shenan", "zouning").count()).isZero();
        assertThat(identity.createUserQuery().memberOfGroup("security-admin").userId("zouning").count()).isEqualTo(1);
        assertThat(identity.checkPassword("admin", "admin")).isTrue();
        assertThat(identity.createUserQuery().userId("qianshen").count()).isEqualTo(1);
        assertThat(authorizations.createAuthorizationQuery().count()).isEqualTo(grants);
    }

    @Test
    void theSecurityAdministratorGivesANewAdministratorTheFirstPasswordAndOnlyThat() {
        String newcomer = "newsys-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        identity.saveUser(identity.newUser(newcomer)); // as the directory creates a post without the demo
        identity.createMembership(newcomer, "camunda-admin");
        try {
            String body = "{\"password\":\"%s\",\"authenticatedUserPassword\":\"shenan\"}";
            assertThat(api(SECURITY, HttpMethod.PUT, "/engine-rest/user/" + newcomer + "/credentials",
                    body.formatted("Erst-Passw0rt!")).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(api(SECURITY, HttpMethod.PUT, "/engine-rest/user/" + newcomer + "/credentials",
                    body.formatted("Zweit-Passw0rt!")).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(identity.checkPassword(newcomer, "Erst-Passw0rt!")).isTrue();
        } finally {
            identity.deleteUser(newcomer);
        }
    }

    @Test
    void theSecurityAdministratorLiftsLoginLocksAndNobodyElseOfTheThree() {
        assertThat(api(SECURITY, HttpMethod.GET, "/api/security/locks", null).getStatusCode()).isEqualTo(HttpStatus.OK);
        for (String other : List.of(SYSTEM, AUDITOR)) {
            assertThat(api(other, HttpMethod.GET, "/api/security/locks", null).getStatusCode()).as(other)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
    }

    @Test
    void nobodyChangesTheAuditTrailOrTheEnginesOperationLog() {
        Job job = aJob();
        api(SYSTEM, HttpMethod.PUT, "/engine-rest/job/" + job.getId() + "/retries", "{\"retries\": 5}");
        UserOperationLogEntry entry = history.createUserOperationLogQuery().userId(SYSTEM).jobId(job.getId())
                .list().get(0);
        Map<String, Object> record = jdbc.queryForMap("select * from audit_log where id = (select max(id) from audit_log)");
        long id = (Long) record.get("id");

        for (String user : List.of(SYSTEM, SECURITY, AUDITOR)) {
            for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.POST, HttpMethod.PATCH)) {
                for (String path : List.of("/api/audit", "/api/audit/" + id)) {
                    assertThat(api(user, method, path, "{\"success\":false}").getStatusCode()).as(user + " " + method + path)
                            .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED);
                }
            }
            assertThat(api(user, HttpMethod.DELETE, "/engine-rest/history/user-operation/" + entry.getId(), null)
                    .getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(api(user, HttpMethod.PUT, "/engine-rest/history/user-operation/" + entry.getOperationId()
                    + "/set-annotation", "{\"annotation\":\"无事发生\"}").getStatusCode()).as(user)
                    .isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(jdbc.queryForMap("select * from audit_log where id = ?", id)).isEqualTo(record);
        assertThat(history.createUserOperationLogQuery().operationId(entry.getOperationId()).list())
                .isNotEmpty().allSatisfy(e -> assertThat(e.getAnnotation()).isNull());
        assertThat(history.createUserOperationLogQuery().userId(SYSTEM).jobId(job.getId()).count()).isPositive();
    }

    /** A case sent to 住建局, its unit's first step waiting as a job. */
    private Job aJob() {
        ProcessInstance process = window.register(Map.of("reporterName", "岳安宁", "reporterPhone", "13512340072",
                "matterType", "物业纠纷", "townshipCode", "SFX-CG", "summary", "楼道灯长期不亮"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getId(),
                Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(process.getId())
                .singleResult();
        return management.createJobQuery().processInstanceId(unit.getId()).singleResult();
    }

    private ResponseEntity<Map> deploy(String user) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "duty-test-" + user);
        body.add("deployment-source", "Camunda Modeler");
        body.add("unit-task.bpmn", new ClassPathResource("processes/unit-task.bpmn"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, user).postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), Map.class);
    }

    private ResponseEntity<String> api(String user, HttpMethod method, String path, String json) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange(path, method, new HttpEntity<>(json, headers), String.class);
    }
}
