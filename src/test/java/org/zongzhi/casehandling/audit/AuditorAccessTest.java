package org.zongzhi.casehandling.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.time.ChinaTime;
import org.zongzhi.casehandling.web.WebappLogin;

/** The audit administrator reads and exports the trail and does nothing else; nobody else reads it. */
@CaseHandlingTest
class AuditorAccessTest {

    static final String AUDITOR = "qianshen";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAuditorFindsARecordByCaseTypeUserAndDayAndExportsItWithChineseHeadings() {
        events.publishEvent(new PersonalDataRead("sunli", "SFX-2026-900042", "受理告知单", null, "10.9.8.7"));
        String today = LocalDate.now(ChinaTime.ZONE).toString();

        ResponseEntity<Map<String, Object>> page = auditor().exchange("/api/audit?object=SFX-2026-900042&type="
                + "PERSONAL_DATA_READ&user=sunli&from=" + today + "&to=" + today, HttpMethod.GET, null,
                new ParameterizedTypeReference<>() {});
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).containsEntry("total", 1);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> records = (List<Map<String, Object>>) page.getBody().get("records");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r).containsEntry("userId", "sunli").containsEntry("eventType", "PERSONAL_DATA_READ")
                    .containsEntry("eventTypeLabel", "查看个人信息").containsEntry("object", "SFX-2026-900042")
                    .containsEntry("success", true).containsEntry("source", "10.9.8.7").containsEntry("detail", "受理告知单");
            assertThat((String) r.get("occurredAt")).startsWith(today).endsWith("+08:00");
        });
        assertThat(auditor().getForObject("/api/audit?object=SFX-2026-900042&to=2020-01-01", Map.class))
                .containsEntry("total", 0);

        ResponseEntity<byte[]> csv = auditor().getForEntity("/api/audit/export?object=SFX-2026-900042", byte[].class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        String text = new String(csv.getBody(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF序号,时间,用户,事件类型,对象,结果,来源地址,详情,前一哈希,哈希\r\n");
        assertThat(text.lines().skip(1).toList()).singleElement().asString()
                .contains(",sunli,查看个人信息,SFX-2026-900042,成功,10.9.8.7,受理告知单,").startsWith("" + records.get(0).get("id"));

        assertThat(jdbc.queryForList("select event_type from audit_log where user_id = ? order by id desc limit 3",
                String.class, AUDITOR)).containsExactly("AUDIT_EXPORT", "AUDIT_SEARCH", "AUDIT_SEARCH");
    }

    @Test
    void theAuditorChecksTheChain() {
        ResponseEntity<Map<String, Object>> check = auditor().exchange("/api/audit/verify", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() {});
        assertThat(check.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(check.getBody()).containsEntry("intact", true);
        assertThat((String) check.getBody().get("summary")).startsWith("审计链完整");
    }

    @Test
    void nobodyButTheAuditorReadsTheTrailNotEvenTheAdministrator() {
        for (String user : List.of("admin", "zhoujie", "yangguang", "wangfang", "liuyang", "channel-grid")) {
            for (String path : List.of("/api/audit", "/api/audit/export", "/api/audit/verify", "/api/audit/types")) {
                ResponseEntity<String> response = rest.withBasicAuth(user, user).getForEntity(path, String.class);
                assertThat(response.getStatusCode()).as(user + " " + path).isEqualTo(HttpStatus.FORBIDDEN);
                assertThat(response.getBody()).contains("只有审计管理员（auditor）可以查看审计记录");
            }
        }
        assertThat(rest.getForEntity("/api/audit", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theAuditorCanDoNothingElse() {
        for (String path : List.of("/api/calendar/2026", "/api/risk-rules", "/api/letter-templates",
                "/api/cases/SFX-2026-000001", "/api/catalog", "/api/supervision/daily")) {
            ResponseEntity<String> response = auditor().getForEntity(path, String.class);
            assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(response.getBody()).contains("审计管理员只能查看审计记录");
        }
        assertThat(auditor().exchange("/api/calendar/days/2026-03-16", HttpMethod.PUT,
                json("{\"kind\":\"HOLIDAY\",\"name\":\"x\",\"source\":\"y\"}"), String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            assertThat(WebappLogin.of(rest, AUDITOR, app).status()).as(app).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(auditor().exchange("/engine-rest/user/create", HttpMethod.POST,
                json("{\"profile\":{\"id\":\"byauditor\"},\"credentials\":{\"password\":\"x-Audit-1\"}}"), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(auditor().getForObject("/engine-rest/process-definition", List.class)).isEmpty();
    }

    @Test
    void noOneChangesOrDeletesARecordThroughTheApplication() {
        events.publishEvent(new LoginAttempt("wangfang", true, "10.0.0.1", null));
        Map<String, Object> before = jdbc.queryForMap("select * from audit_log where id = (select max(id) from audit_log)");
        long id = (Long) before.get("id");
        for (String user : List.of(AUDITOR, "admin")) {
            for (HttpMethod method : List.of(HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.POST, HttpMethod.PATCH)) {
                for (String path : List.of("/api/audit", "/api/audit/" + id)) {
                    HttpStatus status = HttpStatus.valueOf(rest.withBasicAuth(user, user)
                            .exchange(path, method, json("{\"success\":false}"), String.class).getStatusCode().value());
                    assertThat(status).as(user + " " + method + " " + path)
                            .isIn(HttpStatus.FORBIDDEN, HttpStatus.NOT_FOUND, HttpStatus.METHOD_NOT_ALLOWED);
                }
            }
        }
        assertThat(jdbc.queryForMap("select * from audit_log where id = ?", id)).isEqualTo(before);
    }

    @Test
    void aBadFilterIsRefusedInChineseNamingTheParameter() {
        assertThat(problem("/api/audit?type=DROP_TABLE")).contains("type（事件类型）只能是").contains("DROP_TABLE");
        assertThat(problem("/api/audit?from=2026-13-01")).contains("from（起始时间）");
        assertThat(problem("/api/audit?from=2026-11-02&to=2026-11-01")).contains("应早于");
        assertThat(problem("/api/audit?size=1000")).contains("size（每页条数）");
        assertThat(problem("/api/audit/export?page=x&user=" + "u".repeat(101))).contains("user（用户）不能超过 100 个字符");
    }

    @Test
    void theAuditPageIsServed() {
        ResponseEntity<String> page = rest.getForEntity("/audit", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("安全审计", "/audit/audit.js", "仅限审计管理员登录");
        assertThat(rest.getForEntity("/audit/audit.js", String.class).getBody()).contains("/api/audit");
    }

    private String problem(String path) {
        ResponseEntity<String> response = auditor().getForEntity(path, String.class);
        assertThat(response.getStatusCode()).as(path).isEqualTo(HttpStatus.BAD_REQUEST);
        return response.getBody();
    }

    private TestRestTemplate auditor() {
        return rest.withBasicAuth(AUDITOR, AUDITOR);
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
