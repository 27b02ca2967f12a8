package org.zongzhi.casehandling.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.cases.ClosedAs;
import org.zongzhi.casehandling.cases.NewCase;
import org.zongzhi.casehandling.cases.Party;
import org.zongzhi.casehandling.cases.TrailEvent;

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
    LookupFailureMapper failures;
    @Autowired
    JdbcTemplate jdbc;

    /** Tests share one database and all ask from the loopback addresses: start each without failures. */
    @BeforeEach
    void noFailuresYet() {
        jdbc.update("delete from lookup_failures where subject like 'ip:127.%' or subject like 'ip:0:0:0:0:0:0:0:1%'");
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
        ledger.recordStep(caseNo, CaseStatus.ASSIGNED, "system", TrailEvent.TASK_CREATED, "待办：签收交办单（unit-ZJJ）");
        assertThat(json.readTree(lookup(caseNo, PHONE).getBody()).get("step").asText())
                .isEqualTo("已交办给县住房和城乡建设局");

        ledger.recordStep(caseNo, CaseStatus.HANDLING, "dongliang", TrailEvent.TASK_COMPLETED,
                "完成：办理交办事项：人民调解，调解成功");
        ledger.recordStep(caseNo, null, "dongliang", TrailEvent.ASSESSED, "内部备注：申请人情绪激动，注意安抚");
        ledger.close(caseNo, "chenjing", "回访完毕，案件办结");

        JsonNode closed = json.readTree(lookup(caseNo, PHONE).getBody());
        assertThat(closed.get("step").asText()).isEqualTo("已办结");
        assertThat(closed.get("result")).extracting(JsonNode::asText)
                .containsExactly("办理结果：调解成功", "回访完毕，案件办结");
        assertThat(closed.toString()).doesNotContain("内部备注", "dongliang", "chenjing", "人民调解");
    }

    @Test
    void aCaseClosedBecauseTheCitizenWasNeverReachedSaysSoToTheCitizenAndTheStaff() throws Exception {
        String caseNo = ledger.register(neighbourDispute());
        ledger.close(caseNo, ClosedAs.UNREACHABLE, "system", "三次回访均未联系上群众，以无法联系办结");

        JsonNode closed = json.readTree(lookup(caseNo, PHONE).getBody());
        assertThat(closed.get("step").asText()).isEqualTo("已办结（无法联系当事人）");
        assertThat(closed.get("closed").asBoolean()).isTrue();
        JsonNode staff = json.readTree(rest.withBasicAuth("zhaomin", "zhaomin")
                .getForEntity("/api/cases/" + caseNo, String.class).getBody());
        assertThat(staff.get("statusLabel").asText()).isEqualTo("已办结（无法联系当事人）");
        assertThat(staff.at("/caseRecord/closedAs").asText()).isEqualTo("UNREACHABLE");
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
    void rightPhonesAreNeverCountedOnlyFailuresAre() {
        String caseNo = ledger.register(neighbourDispute());
        for (int i = 0; i < 30; i++) {
            assertThat(lookup(caseNo, PHONE).getStatusCode()).isEqualTo(HttpStatus.OK);
        }
        for (int i = 0; i < 9; i++) {
            assertThat(lookup(caseNo, "13900000000").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(lookup(caseNo, PHONE).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theEleventhFailureFromAnAddressIsRefusedWithRetryAfter() throws Exception {
        String caseNo = ledger.register(neighbourDispute());
        for (int i = 0; i < 10; i++) {
            assertThat(lookup("SFX-2026-9" + String.format("%05d", i), PHONE).getStatusCode())
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }

        ResponseEntity<String> eleventh = lookup(caseNo, PHONE);

        assertThat(eleventh.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(eleventh.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(eleventh.getHeaders().getFirst("Retry-After"))).isBetween(1L, 900L);
        assertThat(json.readTree(eleventh.getBody()).get("title").asText()).isEqualTo("查询过于频繁");
    }

    @Test
    void aFloodOfWrongPhonesFromOneAddressDoesNotLockTheCitizenOut() throws IOException {
        String caseNo = ledger.register(neighbourDispute());
        for (int i = 0; i < 100; i++) {
            assertThat(lookup(caseNo, "1390000" + String.format("%04d", i)).getStatusCode())
                    .isIn(HttpStatus.NOT_FOUND, HttpStatus.TOO_MANY_REQUESTS);
        }
        assertThat(lookup(caseNo, PHONE).getStatusCode()).as("the flooding address itself").isEqualTo(
                HttpStatus.TOO_MANY_REQUESTS);

        // The citizen asks from another address: 127.0.0.2 is loopback too, a different client address.
        String citizen = fromAnotherAddress("/api/public/cases/" + caseNo + "?phone=" + PHONE);

        assertThat(citizen).startsWith("HTTP/1.1 200").contains(caseNo, "139****5678");
    }

    @Test
    void theLimitIsSharedByEveryNodeAndEndsWithItsWindow() {
        MutableClock clock = new MutableClock(Instant.parse("2026-03-01T01:00:00Z"));
        LookupLimiter nodeA = new LookupLimiter(failures, clock, 3, 5, Duration.ofMinutes(15));
        LookupLimiter nodeB = new LookupLimiter(failures, clock, 3, 5, Duration.ofMinutes(15));
        String caseNo = "SFX-2026-" + UUID.randomUUID();
        String[] addresses = {"node-test-" + UUID.randomUUID(), "node-test-" + UUID.randomUUID()};

        nodeA.failed(addresses[0], caseNo);
        nodeB.failed(addresses[0], caseNo);
        assertThat(nodeA.blocked(addresses[0], caseNo)).isEmpty();
        nodeB.failed(addresses[0], caseNo);
        assertThat(nodeA.blocked(addresses[0], caseNo)).as("three failures, two of them on the other node")
                .hasValue(901);
        assertThat(nodeA.blocked(addresses[1], caseNo)).as("another address, the case below its limit").isEmpty();

        nodeA.failed(addresses[1], caseNo);
        nodeB.failed(addresses[1], caseNo);
        assertThat(nodeB.blocked("node-test-third", caseNo)).as("five failures on the case from two addresses")
                .isPresent();

        clock.now = clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertThat(nodeA.blocked(addresses[0], caseNo)).as("the window ended").isEmpty();
        assertThat(nodeB.blocked("node-test-third", caseNo)).isEmpty();
    }

    /** A raw GET sent from 127.0.0.2: the whole response as text. */
    private String fromAnotherAddress(String path) throws IOException {
        URI root = URI.create(rest.getRootUri());
        try (Socket socket = new Socket(InetAddress.getByName(root.getHost()), root.getPort(),
                InetAddress.getByName("127.0.0.2"), 0)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + root.getAuthority()
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void theStatusPageIsServedWithoutLogin() {
        ResponseEntity<String> page = rest.getForEntity("/status", String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("案件办理进度查询", "/status/status.js", "登记时留下的手机号码");
        assertThat(rest.getForEntity("/status/status.js", String.class).getBody()).contains("/api/public/cases/");
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
