package org.zongzhi.casehandling.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.EngineTables;
import org.zongzhi.casehandling.cases.CaseLedger;

/**
 * The window's start form in Tasklist goes through the intake API's own checks: every bad input the
 * API refuses is refused here with the same Chinese message, and nothing is written.
 */
@CaseHandlingTest
class WindowStartFormTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    CaseLedger ledger;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcTemplate jdbc;

    /** One bad input each: the change to a good form, and the message the intake API gives for it. */
    enum BadInput {
        PHONE_NOT_A_PHONE(f -> f.put("reporterPhone", "not-a-phone"), "手机号码格式不正确"),
        ID_NUMBER_TOO_SHORT(f -> f.put("reporterIdNumber", "123"), "身份证号码应为18位"),
        UNKNOWN_MATTER_TYPE(f -> f.put("matterType", "外星人纠纷"), "未知的事项类型“外星人纠纷”"),
        VILLAGE_OF_ANOTHER_TOWNSHIP(f -> f.put("villageCode", "SFX-DH-HW"), "不是城关镇综治中心下辖的村（社区）"),
        NEGATIVE_PEOPLE(f -> f.put("peopleInvolved", -5), "至少为1"),
        HOTLINE_CHANNEL_AT_THE_WINDOW(f -> f.put("channel", "HOTLINE_12345"), "窗口受理员只能登记来访或电话事项"),
        PHONE_CALL_WITHOUT_ITS_RECORD(f -> f.put("channel", "PHONE"), "渠道必须提供本渠道的编号"),
        NO_NAME(f -> f.remove("reporterName"), "必填");

        final Consumer<Map<String, Object>> change;
        final String message;

        BadInput(Consumer<Map<String, Object>> change, String message) {
            this.change = change;
            this.message = message;
        }
    }

    static Map<String, Object> goodForm() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("reporterName", "褚玉兰");
        form.put("reporterPhone", "13644445555");
        form.put("channel", "WALK_IN");
        form.put("matterType", "邻里纠纷");
        form.put("townshipCode", "SFX-CG");
        form.put("summary", "楼上住户装修噪音扰民");
        form.put("peopleInvolved", 2);
        return form;
    }

    @ParameterizedTest
    @EnumSource(BadInput.class)
    void theStartFormRefusesWhatTheIntakeApiRefusesWithTheSameMessage(BadInput bad) throws Exception {
        Map<String, Object> form = goodForm();
        bad.change.accept(form);
        long cases = ledger.count();
        long instances = runtime.createProcessInstanceQuery().count();

        ResponseEntity<String> api = rest.withBasicAuth("wangfang", "wangfang").postForEntity("/api/cases",
                json(intakeBody(form)), String.class);
        ResponseEntity<String> startForm = submitStartForm(form);

        assertThat(api.getStatusCode().is4xxClientError()).as(api.getBody()).isTrue();
        assertThat(api.getBody()).contains(bad.message);
        assertThat(startForm.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(startForm.getBody()).contains(bad.message).doesNotContain("Exception:");
        assertThat(ledger.count()).isEqualTo(cases);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(instances);
    }

    @Test
    void aGoodStartFormRegistersTheCaseWithItsNumberAsBusinessKeyAndKeepsPersonalDataOutOfTheEngine()
            throws Exception {
        Map<String, Object> form = goodForm();
        form.put("reporterName", "窗口登记人甲");
        form.put("reporterPhone", "13644449999");
        form.put("reporterIdNumber", "11010519491231002X");
        ResponseEntity<String> started = submitStartForm(form);
        assertThat(started.getStatusCode()).as(started.getBody()).isEqualTo(HttpStatus.OK);
        String caseNo = JSON.readTree(started.getBody()).path("businessKey").asText();
        assertThat(caseNo).matches("SFX-\\d{4}-\\d{6}");
        assertThat(ledger.find(caseNo).orElseThrow().reporterName()).isEqualTo("窗口登记人甲");
        assertThat(ledger.find(caseNo).orElseThrow().firstContactOwner()).isEqualTo("wangfang");
        assertThat(EngineTables.holding(jdbc, "窗口登记人甲", "13644449999", "11010519491231002X")).isEmpty();
    }

    private ResponseEntity<String> submitStartForm(Map<String, Object> form) throws Exception {
        ObjectNode variables = JSON.createObjectNode();
        form.forEach((key, value) -> variables.putObject(key).set("value", JSON.valueToTree(value)));
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", variables);
        return rest.withBasicAuth("wangfang", "wangfang").postForEntity(
                "/engine-rest/process-definition/key/caseHandling/submit-form", json(body), String.class);
    }

    private static ObjectNode intakeBody(Map<String, Object> form) {
        ObjectNode body = JSON.createObjectNode();
        body.put("channel", (String) form.get("channel"));
        ObjectNode reporter = body.putObject("reporter");
        reporter.put("name", (String) form.get("reporterName"));
        reporter.put("phone", (String) form.get("reporterPhone"));
        reporter.put("idNumber", (String) form.get("reporterIdNumber"));
        ObjectNode place = body.putObject("place");
        place.put("townshipCode", (String) form.get("townshipCode"));
        place.put("villageCode", (String) form.get("villageCode"));
        body.put("matterType", (String) form.get("matterType"));
        body.put("summary", (String) form.get("summary"));
        body.set("peopleInvolved", JSON.valueToTree(form.get("peopleInvolved")));
        return body;
    }

    private static HttpEntity<String> json(ObjectNode body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(JSON.writeValueAsString(body), headers);
    }
}
