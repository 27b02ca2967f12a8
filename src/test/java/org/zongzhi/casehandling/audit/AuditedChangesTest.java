package org.zongzhi.casehandling.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
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
import org.zongzhi.casehandling.web.WebappLogin;

/** Each administrative change through either door to the engine, and through our /api, leaves one record. */
@CaseHandlingTest
class AuditedChangesTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IdentityService identity;
    @Autowired
    RepositoryService repository;
    @Autowired
    AuthorizationService authorizations;
    @Autowired
    ChainVerifier verifier;

    @Test
    void aRealLoginIsRecordedOnceAndTheRequestsItServesAreNotLoginsAgain() {
        User user = identity.newUser("auditlogin");
        user.setFirstName("登录");
        user.setPassword("Login-2026-ok");
        identity.saveUser(user);
        try {
            long mark = lastId();
            for (int request = 0; request < 3; request++) {
                assertThat(rest.withBasicAuth("auditlogin", "Login-2026-ok").getForEntity("/api/catalog", String.class)
                        .getStatusCode()).isEqualTo(HttpStatus.OK);
            }
            assertThat(rest.withBasicAuth("auditlogin", "wrong-one").getForEntity("/api/catalog", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(loginsSince(mark))
                    .extracting(r -> r.get("user_id") + " " + r.get("success") + " " + r.get("source"))
                    .containsExactly("auditlogin true 127.0.0.1", "auditlogin false 127.0.0.1");
        } finally {
            identity.deleteUser("auditlogin");
        }
    }

    @Test
    void aUserCreatedThroughEngineRestIsRecordedWithWhoAndHowItEnded() {
        long mark = lastId();
        String body = "{\"profile\":{\"id\":\"auditnew1\",\"firstName\":\"测试\",\"lastName\":\"用户\"},"
                + "\"credentials\":{\"password\":\"Audit-2026-x\"}}";
        try {
            assertThat(engineRest("shenan", "shenan", HttpMethod.POST, "user/create", body).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(engineRest("liuyang", "liuyang", HttpMethod.POST, "user/create",
                    body.replace("auditnew1", "auditnew2")).getStatusCode()).isIn(HttpStatus.FORBIDDEN);
            // A made-up login: a wrong password for a real one would hold that user back for seconds.
            assertThat(engineRest("intruder", "guess", HttpMethod.POST, "user/create",
                    body.replace("auditnew1", "auditnew3")).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(engineRest("shenan", "shenan", HttpMethod.GET, "user/auditnew1/profile", null).getStatusCode())
                    .isEqualTo(HttpStatus.OK);

            // The made-up login's wrong password is a login failure of its own (the login guard's event).
            assertThat(loginsSince(mark)).filteredOn(r -> "intruder".equals(r.get("user_id")))
                    .singleElement().satisfies(r -> assertThat(r).containsEntry("success", false));
            List<Map<String, Object>> records = since(mark);
            assertThat(records).hasSize(3).allSatisfy(r -> assertThat(r).containsEntry("event_type", "USER_CHANGE"));
            assertThat(records.get(0)).containsEntry("user_id", "shenan").containsEntry("object", "user/create auditnew1")
                    .containsEntry("success", true).containsEntry("source", "127.0.0.1")
                    .containsEntry("detail", "POST /engine-rest/user/create → 204");
            assertThat(records.get(1)).containsEntry("user_id", "liuyang").containsEntry("success", false)
                    .containsEntry("object", "user/create auditnew2");
            assertThat(records.get(2)).containsEntry("user_id", "intruder").containsEntry("success", false)
                    .containsEntry("detail", "POST /engine-rest/user/create → 401（未通过身份认证）");
            assertThat(identity.createUserQuery().userIdIn("auditnew2", "auditnew3").count()).isZero();
        } finally {
            identity.deleteUser("auditnew1");
        }
    }

    @Test
    void aDeploymentAsModelerMakesItIsRecordedWithTheDeploymentsIdAndName() {
        long mark = lastId();
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "audited-deployment");
        body.add("deployment-source", "Camunda Modeler");
        body.add("unit-task.bpmn", new ClassPathResource("processes/unit-task.bpmn"));
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<Map> response = rest.withBasicAuth("admin", "admin").postForEntity(
                "/engine-rest/deployment/create", new HttpEntity<>(body, headers), Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        String id = (String) response.getBody().get("id");
        try {
            assertThat(since(mark)).singleElement().satisfies(r -> assertThat(r)
                    .containsEntry("event_type", "DEPLOYMENT_CHANGE").containsEntry("user_id", "admin")
                    .containsEntry("object", "deployment/create " + id + "（audited-deployment）")
                    .containsEntry("success", true));
        } finally {
            repository.deleteDeployment(id, true);
        }
    }

    @Test
    void groupsMembershipsAndAuthorizationsChangedInTheWebappAreRecordedAsTheLoggedInAdministrator() {
        Webapp admin = Webapp.login(rest, "shenan");
        long mark = lastId();
        try {
            assertThat(admin.send(HttpMethod.POST, "group/create",
                    "{\"id\":\"audit-test\",\"name\":\"审计测试组\",\"type\":\"WORKFLOW\"}").getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(admin.send(HttpMethod.PUT, "group/audit-test/members/wangfang", null).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
            assertThat(admin.send(HttpMethod.POST, "authorization/create", "{\"type\":1,\"permissions\":[\"READ\"],"
                    + "\"groupId\":\"audit-test\",\"resourceType\":6,\"resourceId\":\"*\"}").getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(admin.send(HttpMethod.POST, "task/count", "{}").getStatusCode()).as("a query, not a change")
                    .isEqualTo(HttpStatus.OK);

            List<Map<String, Object>> records = since(mark);
            assertThat(records).extracting(r -> r.get("event_type"))
                    .containsExactly("GROUP_CHANGE", "MEMBERSHIP_CHANGE", "AUTHORIZATION_CHANGE");
            assertThat(records).allSatisfy(r -> assertThat(r).containsEntry("user_id", "shenan")
                    .containsEntry("success", true));
            assertThat(records).extracting(r -> r.get("object")).containsExactly("group/create audit-test",
                    "group/audit-test/members/wangfang",
                    "authorization/create 组 audit-test 资源类型 6 资源 * 权限 [\"READ\"]");
            assertThat((String) records.get(1).get("detail"))
                    .isEqualTo("PUT /camunda/api/engine/engine/default/group/audit-test/members/wangfang → 204");
        } finally {
            authorizations.createAuthorizationQuery().groupIdIn("audit-test").list()
                    .forEach(a -> authorizations.deleteAuthorization(a.getId()));
            identity.deleteGroup("audit-test");
        }
    }

    @Test
    void calendarTemplateAndRiskRuleChangesAreRecordedOnceEachAndRefusalsAsFailures() {
        Map<String, Object> template = jdbc.queryForMap(
                "select title, heading, body from letter_templates where kind = 'REMINDER'");
        long mark = lastId();
        try {
            assertThat(api("admin", HttpMethod.PUT, "/api/calendar/days/2026-03-12",
                    "{\"kind\":\"HOLIDAY\",\"name\":\"防汛停工\",\"source\":\"示范县人民政府通知\"}").getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(api("zhoujie", HttpMethod.PUT, "/api/calendar/days/2026-03-13",
                    "{\"kind\":\"HOLIDAY\",\"name\":\"x\",\"source\":\"y\"}").getStatusCode())
                    .isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(api("admin", HttpMethod.PUT, "/api/letter-templates/REMINDER",
                    "{\"title\":\"工作提示函\",\"heading\":\"示范县综治中心\",\"body\":\"<p>请于{{replyDue}}前回复。</p>\"}")
                    .getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(api("admin", HttpMethod.PUT, "/api/risk-rules/SAME_PERSON", "{\"threshold\":4}").getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(api("admin", HttpMethod.GET, "/api/risk-rules", null).getStatusCode()).isEqualTo(HttpStatus.OK);

            List<Map<String, Object>> records = since(mark);
            assertThat(records).extracting(r -> r.get("event_type")).containsExactly("CALENDAR_CHANGE",
                    "CALENDAR_CHANGE", "LETTER_TEMPLATE_CHANGE", "RISK_RULE_CHANGE");
            assertThat(records.get(0)).containsEntry("user_id", "admin").containsEntry("object", "工作日历 2026-03-12")
                    .containsEntry("success", true).containsEntry("detail", "PUT /api/calendar/days/2026-03-12 → 200");
            assertThat(records.get(1)).containsEntry("user_id", "zhoujie").containsEntry("success", false)
                    .containsEntry("object", "工作日历 2026-03-13");
            assertThat(records.get(2)).containsEntry("user_id", "admin").containsEntry("object", "函件模板 REMINDER")
                    .containsEntry("success", true);
            assertThat(records.get(3)).containsEntry("user_id", "admin").containsEntry("object", "预警规则 SAME_PERSON")
                    .containsEntry("success", true);
            assertThat(verifier.verify().intact()).isTrue();
        } finally {
            jdbc.update("delete from calendar_days where day = date '2026-03-12'");
            jdbc.update("update letter_templates set title = ?, heading = ?, body = ? where kind = 'REMINDER'",
                    template.get("title"), template.get("heading"), template.get("body"));
            jdbc.update("update risk_rules set threshold = 3 where code = 'SAME_PERSON'");
        }
    }

    private long lastId() {
        return jdbc.queryForObject("select coalesce(max(id), 0) from audit_log", Long.class);
    }

    /** The records since a mark, without logins: each request with a fresh password check is one. */
    private List<Map<String, Object>> since(long id) {
        return jdbc.queryForList("select * from audit_log where id > ? and event_type <> 'LOGIN' order by id", id);
    }

    private List<Map<String, Object>> loginsSince(long id) {
        return jdbc.queryForList("select * from audit_log where id > ? and event_type = 'LOGIN' order by id", id);
    }

    private ResponseEntity<String> engineRest(String user, String password, HttpMethod method, String path, String json) {
        return rest.withBasicAuth(user, password).exchange("/engine-rest/" + path, method, jsonBody(json, new HttpHeaders()),
                String.class);
    }

    private ResponseEntity<String> api(String user, HttpMethod method, String path, String json) {
        return rest.withBasicAuth(user, user).exchange(path, method, jsonBody(json, new HttpHeaders()), String.class);
    }

    private static HttpEntity<String> jsonBody(String json, HttpHeaders headers) {
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(json, headers);
    }

    /** A webapp session with its XSRF token, as the Admin app holds it. */
    private record Webapp(TestRestTemplate rest, String cookies, String xsrf) {

        static Webapp login(TestRestTemplate rest, String user) {
            WebappLogin login = WebappLogin.of(rest, user, "admin");
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.COOKIE, login.cookies());
            ResponseEntity<String> page = rest.exchange("/camunda/api/engine/engine/default/user/" + user + "/profile",
                    HttpMethod.GET, new HttpEntity<>(headers), String.class);
            List<String> all = new ArrayList<>(List.of(login.cookies().split("; ")));
            for (String set : page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of())) {
                String cookie = set.contains(";") ? set.substring(0, set.indexOf(';')) : set;
                all.removeIf(c -> c.startsWith(cookie.substring(0, cookie.indexOf('=') + 1)));
                all.add(cookie);
            }
            String xsrf = all.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                    .map(c -> c.substring("XSRF-TOKEN=".length())).orElseThrow();
            return new Webapp(rest, String.join("; ", all), xsrf);
        }

        ResponseEntity<String> send(HttpMethod method, String path, String json) {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.COOKIE, cookies);
            headers.set("X-XSRF-TOKEN", xsrf);
            return rest.exchange("/camunda/api/engine/engine/default/" + path, method, jsonBody(json, headers),
                    String.class);
        }
    }
}
