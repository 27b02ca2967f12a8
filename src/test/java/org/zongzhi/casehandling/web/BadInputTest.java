package org.zongzhi.casehandling.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.cases.CaseLedger;

/**
 * Each class of bad input on several /api endpoints: a Chinese 400 (or 413) naming what is wrong,
 * and nothing written. One check for all endpoints, so the endpoints here stand for the rest.
 */
@CaseHandlingTest
class BadInputTest {

    static final String HOTLINE = "channel-hotline-12345";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseLedger ledger;

    @Test
    void aNulOrControlCharacterInATextIsAChinese400NamingTheFieldAndNothingIsWritten() throws Exception {
        long cases = ledger.count();
        Map<String, Object> matter = matter();
        matter.put("summary", "邻居加盖房屋\u0000挡住采光");
        assertRefused(send(HOTLINE, HttpMethod.POST, "/api/cases", json.writeValueAsString(matter)),
                "summary", "控制字符");
        Map<String, Object> bell = matter();
        ((Map<String, Object>) bell.get("reporter")).put("name", "周秀\u0007英");
        assertRefused(send(HOTLINE, HttpMethod.POST, "/api/cases", json.writeValueAsString(bell)),
                "reporter.name", "控制字符");
        assertThat(ledger.count()).isEqualTo(cases);

        String title = template();
        assertRefused(send("admin", HttpMethod.PUT, "/api/letter-templates/REMINDER",
                "{\"title\":\"提示\\u0000函\",\"heading\":\"{{centreName}}工作提示函\",\"body\":\"<p>{{facts}}</p>\"}"),
                "title", "控制字符");
        assertThat(template()).isEqualTo(title);

        assertRefused(send("admin", HttpMethod.PUT, "/api/calendar/days/2031-03-10",
                "{\"kind\":\"HOLIDAY\",\"name\":\"防汛\\u001b停工\",\"source\":\"通知\"}"), "name", "控制字符");
        assertThat(calendarDays("2031-03-10")).isZero();

        assertRefused(send(null, HttpMethod.POST, "/api/public/password",
                "{\"userId\":\"wangfang\",\"oldPassword\":\"wangfang\",\"newPassword\":\"Neu-Pass\\u0000w0rt-1\"}"),
                "newPassword", "控制字符");
        assertThat(loginWorks("wangfang", "wangfang")).isTrue();
    }

    @Test
    void aTextParameterWithAControlCharacterIsRefusedNamingTheParameter() throws Exception {
        ResponseEntity<String> reveal = rest.withBasicAuth("zhaomin", "zhaomin").getForEntity(
                "/api/cases/{no}/personal-data?reason={r}", String.class, "SFX-2026-000001", "核实\u0000诉求");
        assertRefused(reveal, "reason", "控制字符");
        ResponseEntity<String> invisible = rest.withBasicAuth("zhaomin", "zhaomin").getForEntity(
                "/api/cases/{no}/personal-data?reason={r}", String.class, "SFX-2026-000001", "\u200B\u3000");
        assertRefused(invisible, "reason", "不能只由空白或不可见字符组成");
    }

    @Test
    void aNameOfOnlyInvisibleOrBlankCharactersIsRefused() throws Exception {
        long cases = ledger.count();
        for (String blank : List.of("\u200B", "\u3000\u3000", "\uFEFF", "\u200B \u3000")) {
            Map<String, Object> matter = matter();
            ((Map<String, Object>) matter.get("reporter")).put("name", blank);
            assertRefused(send(HOTLINE, HttpMethod.POST, "/api/cases", json.writeValueAsString(matter)),
                    "reporter.name", "不能只由空白或不可见字符组成");
        }
        assertThat(ledger.count()).isEqualTo(cases);

        assertRefused(send("admin", HttpMethod.PUT, "/api/calendar/days/2031-03-11",
                "{\"kind\":\"HOLIDAY\",\"name\":\"\\u3000\\u200b\",\"source\":\"通知\"}"), "name", "不可见");
        assertThat(calendarDays("2031-03-11")).isZero();
    }

    @Test
    void jsonWithTrailingGarbageAfterTheObjectIsRefused() throws Exception {
        long cases = ledger.count();
        assertRefused(send(HOTLINE, HttpMethod.POST, "/api/cases", json.writeValueAsString(matter()) + "{\"x\":1}"),
                "(请求体)", "多余的内容");
        assertThat(ledger.count()).isEqualTo(cases);

        assertRefused(send("admin", HttpMethod.PUT, "/api/risk-rules/SAME_PERSON", "{\"threshold\":4} {\"threshold\":9}"),
                "(请求体)", "多余的内容");
        assertRefused(send("admin", HttpMethod.PUT, "/api/risk-rules/SAME_PERSON", "{\"threshold\":4} garbage"),
                "(请求体)", "多余的内容");
        assertRefused(send("admin", HttpMethod.PUT, "/api/risk-rules/SAME_PERSON", "{\"threshold\":"),
                "(请求体)", "不是有效的 JSON");
        assertRefused(send("admin", HttpMethod.PUT, "/api/calendar/days/2031-03-12",
                "{\"kind\":\"HOLIDAY\",\"name\":\"防汛\",\"source\":\"通知\"}]"), "(请求体)", "多余的内容");
        assertThat(calendarDays("2031-03-12")).isZero();
        assertThat(threshold()).isEqualTo(3);
    }

    @Test
    void aFractionalCountIsRefusedRatherThanTruncated() throws Exception {
        long cases = ledger.count();
        Map<String, Object> matter = matter();
        matter.put("peopleInvolved", 2.5);
        assertRefused(send(HOTLINE, HttpMethod.POST, "/api/cases", json.writeValueAsString(matter)),
                "peopleInvolved", "必须是整数");
        assertThat(ledger.count()).isEqualTo(cases);

        assertRefused(send("admin", HttpMethod.PUT, "/api/risk-rules/SAME_PERSON", "{\"threshold\":4.5}"),
                "threshold", "必须是整数");
        assertThat(threshold()).isEqualTo(3);
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedOnEveryEndpointNotOnlyIntake() {
        String huge = "{\"title\":\"" + "很".repeat(400_000) + "\",\"heading\":\"x\",\"body\":\"<p>x</p>\"}";
        String title = template();
        ResponseEntity<String> response = send("admin", HttpMethod.PUT, "/api/letter-templates/REMINDER", huge);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getBody()).contains("不能超过 1 MB");
        assertThat(template()).isEqualTo(title);
    }

    @Test
    void aControlCharacterStoredBeforeTheCheckDoesNotBreakTheReceipt() throws Exception {
        Map<String, Object> matter = matter();
        matter.put("channel", "WALK_IN");
        matter.remove("externalRef");
        ResponseEntity<String> created = send("wangfang", HttpMethod.POST, "/api/cases", json.writeValueAsString(matter));
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String caseNo = json.readTree(created.getBody()).get("caseNo").asText();
        // As an older version let it in.
        jdbc.update("update cases set reporter_name = ?, matter_type = ? where case_no = ?", "周秀\u0007英",
                "邻里\u001b纠纷", caseNo);

        ResponseEntity<byte[]> receipt = rest.withBasicAuth("wangfang", "wangfang")
                .getForEntity("/api/cases/{caseNo}/receipt", byte[].class, caseNo);

        assertThat(receipt.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (PDDocument document = Loader.loadPDF(receipt.getBody())) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", "")).contains(caseNo, "邻里纠纷");
        }
    }

    private void assertRefused(ResponseEntity<String> response, String field, String message) throws Exception {
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        JsonNode problem = json.readTree(response.getBody());
        assertThat(problem.path("errors").findValuesAsText("field")).as(response.getBody()).contains(field);
        assertThat(problem.get("detail").asText()).contains(field).contains(message);
    }

    private ResponseEntity<String> send(String user, HttpMethod method, String path, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        TestRestTemplate client = user == null ? rest : rest.withBasicAuth(user, user);
        return client.exchange(path, method, new HttpEntity<>(body, headers), String.class);
    }

    private boolean loginWorks(String user, String password) {
        return rest.withBasicAuth(user, password).getForEntity("/api/catalog", String.class).getStatusCode()
                == HttpStatus.OK;
    }

    private String template() {
        return jdbc.queryForObject("select title from letter_templates where kind = 'REMINDER'", String.class);
    }

    private long calendarDays(String day) {
        return jdbc.queryForObject("select count(*) from calendar_days where day = ?::date", Long.class, day);
    }

    private int threshold() {
        return jdbc.queryForObject("select threshold from risk_rules where code = 'SAME_PERSON'", Integer.class);
    }

    private static Map<String, Object> matter() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "HOTLINE_12345");
        body.put("externalRef", "12345-" + java.util.UUID.randomUUID());
        body.put("reporter", new LinkedHashMap<>(Map.of("name", "周秀英", "phone", "13912345678")));
        body.put("place", new LinkedHashMap<>(Map.of("townshipCode", "SFX-DH", "villageCode", "SFX-DH-HW")));
        body.put("matterType", "邻里纠纷");
        body.put("summary", "邻居加盖房屋挡住采光，多次协商未果");
        body.put("peopleInvolved", 2);
        return body;
    }
}
