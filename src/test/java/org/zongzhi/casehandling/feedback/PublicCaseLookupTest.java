package org.zongzhi.casehandling.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.cases.NewCase;
import org.zongzhi.casehandling.cases.Party;

/** GET /api/public/cases/{caseNo}?phone=…: the citizen's own case without login, and nothing for anyone else. */
@CaseHandlingTest
class PublicCaseLookupTest {

    static final String PHONE = "13912345678";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    CaseLedger ledger;
    @Autowired
    LookupLimiter limiter;

    @BeforeEach
    void freshBuckets() {
        limiter.forgetAll();
    }

    @Test
    void theRightPhoneShowsMaskedDataAndTheStepWithoutLogin() throws Exception {
        String caseNo = ledger.register(neighbourDispute());

        ResponseEntity<String> response = lookup(caseNo, "139 1234 5678");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getCacheControl()).contains("no-store");
        JsonNode body = json.readTree(response.getBody());
        assertThat(body.get("caseNo").asText()).isEqualTo(caseNo);
        assertThat(body.get("reporterName").asText()).isEqualTo("周*英");
        assertThat(body.get("reporterPhone").asText()).isEqualTo("139****5678");
        assertThat(body.get("matterType").asText()).isEqualTo("邻里纠纷");
        assertThat(body.get("acceptedDate").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(body.get("step").asText()).isEqualTo("已受理");
        assertThat(body.get("result")).isEmpty();
        assertThat(response.getBody()).doesNotContain("吴建军", "13912345678", "采光", "河湾村", "wangfang");
    }

    @Test
    void theStepNamesTheResponsibleUnitAndAClosedCaseShowsItsResultOnly() throws Exception {
        String caseNo = ledger.register(neighbourDispute());
        ledger.recordAssessment(caseNo, "GENERAL", "ZJJ", "zhaomin", "研判：一般，转办，县住房和城乡建设局");
        ledger.recordStep(caseNo, CaseStatus.ASSIGNED, "system", "TASK_CREATED", "待办：签收交办单（unit-ZJJ）");
        assertThat(json.readTree(lookup(caseNo, PHONE).getBody()).get("step").asText())
                .isEqualTo("已交办给县住房和城乡建设局");

        ledger.recordStep(caseNo, CaseStatus.HANDLING, "dongliang", "TASK_COMPLETED",
                "完成：办理交办事项：人民调解，调解成功");
        ledger.recordStep(caseNo, null, "dongliang", "NOTE", "内部备注：申请人情绪激动，注意安抚");
        ledger.close(caseNo, "chenjing", "回访完毕，案件办结");

        JsonNode closed = json.readTree(lookup(caseNo, PHONE).getBody());
        assertThat(closed.get("step").asText()).isEqualTo("已办结");
        assertThat(closed.get("result")).extracting(JsonNode::asText)
                .containsExactly("办理结果：调解成功", "回访完毕，案件办结");
        assertThat(closed.toString()).doesNotContain("内部备注", "dongliang", "chenjing", "人民调解");
    }

    @Test
    void aWrongPhoneLooksExactlyLikeAnUnknownCase() {
        String caseNo = ledger.register(neighbourDispute());

        ResponseEntity<String> wrongPhone = lookup(caseNo, "13900000000");
        ResponseEntity<String> noPhone = lookup(caseNo, "");
        ResponseEntity<String> unknownCase = lookup("SFX-2026-999999", PHONE);

        assertThat(wrongPhone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknownCase.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(noPhone.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(wrongPhone.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(wrongPhone.getBody()).isEqualTo(unknownCase.getBody()).isEqualTo(noPhone.getBody())
                .contains("未查到该案件").doesNotContain(caseNo);
        assertThat(wrongPhone.getHeaders().getContentType()).isEqualTo(unknownCase.getHeaders().getContentType());
    }

    @Test
    void theEleventhLookupInAMinuteIsRefusedWithRetryAfter() throws Exception {
        String caseNo = ledger.register(neighbourDispute());
        for (int i = 0; i < 10; i++) {
            assertThat(lookup(caseNo, i % 2 == 0 ? PHONE : "13900000000").getStatusCode())
                    .isIn(HttpStatus.OK, HttpStatus.NOT_FOUND);
        }

        ResponseEntity<String> eleventh = lookup(caseNo, PHONE);

        assertThat(eleventh.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(eleventh.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(eleventh.getHeaders().getFirst("Retry-After"))).isBetween(1L, 60L);
        assertThat(json.readTree(eleventh.getBody()).get("title").asText()).isEqualTo("查询过于频繁");
    }

    @Test
    void bucketsRefillWithTime() {
        long[] now = {0};
        LookupLimiter limiter = new LookupLimiter(10, () -> now[0]);
        for (int i = 0; i < 10; i++) {
            assertThat(limiter.take("ip:a", "case:" + i)).isEmpty();
        }
        assertThat(limiter.take("ip:a", "case:x")).hasValue(6);
        assertThat(limiter.take("ip:b", "case:1")).isEmpty();
        now[0] += 6_000_000_000L;
        assertThat(limiter.take("ip:a", "case:x")).isEmpty();
    }

    @Test
    void theStatusPageIsServedWithoutLogin() {
        ResponseEntity<String> page = rest.getForEntity("/status", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("案件办理进度查询", "/api/public/cases/", "登记时留下的手机号码");
    }

    @Test
    void masksKeepEnoughToRecogniseOnesOwnCase() {
        assertThat(CitizenMask.name("张秀英")).isEqualTo("张*英");
        assertThat(CitizenMask.name("李强")).isEqualTo("李*");
        assertThat(CitizenMask.name("欧阳建国")).isEqualTo("欧**国");
        assertThat(CitizenMask.phone("13912345678")).isEqualTo("139****5678");
        assertThat(CitizenMask.phone("+86 139-1234-5678")).isEqualTo("139****5678");
        assertThat(CitizenMask.phone("0931-8123456")).isEqualTo("*******3456");
    }

    private ResponseEntity<String> lookup(String caseNo, String phone) {
        return rest.getForEntity("/api/public/cases/{caseNo}?phone={phone}", String.class, caseNo, phone);
    }

    private static NewCase neighbourDispute() {
        return new NewCase(Channel.WALK_IN, null, "周秀英", PHONE, null, "SFX-DH", "SFX-DH-HW", "河湾村三组", "邻里纠纷",
                "邻居加盖房屋挡住采光，多次协商未果", BigDecimal.ZERO, 2, OffsetDateTime.parse("2026-03-01T09:30:00+08:00"),
                "wangfang", List.of(new Party("APPLICANT", "周秀英", PHONE, null), new Party("RESPONDENT", "吴建军", null, null)));
    }
}
