package org.zongzhi.casehandling.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.process.TaskKeys;

/** Who reads, lists and acknowledges letters over /api. */
@CaseHandlingTest
class LetterApiTest {

    static final OffsetDateTime REPLY_DUE = OffsetDateTime.parse("2026-12-01T17:00:00+08:00");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    LetterIssuer issuer;
    @Autowired
    CaseLedger ledger;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;

    String caseNo;
    Letter toHousing;

    /** A case the housing bureau (ZJJ) was asked to work on, and a 《工作提示函》 to it. */
    @BeforeEach
    void aReminderToTheHousingBureau() {
        caseNo = ledger.register(Disputes.heatingComplaint());
        // What dispatch records when the unit's task is created: the unit may read the case.
        ledger.recordOrder(caseNo, "unit-ZJJ", TaskKeys.HANDLE);
        toHousing = issuer.issue(caseNo, LetterKind.REMINDER, 1, "ZJJ", null,
                "该案件应于2026年11月20日前办结，截至目前尚未反馈办理结果。", REPLY_DUE);
    }

    ResponseEntity<byte[]> pdfAs(String user) {
        return rest.withBasicAuth(user, user).getForEntity("/api/letters/" + toHousing.id() + "/pdf", byte[].class);
    }

    @Test
    void lettersNeedLogin() {
        assertThat(rest.getForEntity("/api/letters/" + toHousing.id() + "/pdf", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getForEntity("/api/cases/" + caseNo + "/letters", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.postForEntity("/api/letters/" + toHousing.id() + "/acknowledge", null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theRecipientUnitAndCentreStaffReadThePdf() {
        for (String user : new String[] {"dongliang", "yuanyuan", "zhoujie", "yangguang", "zhaomin", "wangfang", "admin"}) {
            ResponseEntity<byte[]> response = pdfAs(user);
            assertThat(response.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(response.getHeaders().getContentType()).as(user).isEqualTo(MediaType.APPLICATION_PDF);
            assertThat(new String(response.getBody(), 0, 5)).isEqualTo("%PDF-");
        }
        assertThat(pdfAs("dongliang").getHeaders().getContentDisposition().getFilename())
                .isEqualTo("工作提示函-" + toHousing.letterNo() + ".pdf");
    }

    @Test
    void anotherUnitOrAPostThatDoesNotFollowLettersGets404() {
        assertThat(pdfAs("liuyang").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(pdfAs("zhenghua").getStatusCode()).as("mediator").isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> court = rest.withBasicAuth("liuyang", "liuyang")
                .getForEntity("/api/letters/" + toHousing.id() + "/pdf", String.class);
        ResponseEntity<String> missing = rest.withBasicAuth("zhoujie", "zhoujie")
                .getForEntity("/api/letters/999999999/pdf", String.class);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(court.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(court.getBody()).contains("不存在或无权查看").doesNotContain(toHousing.letterNo());
    }

    @Test
    void theLettersOfACaseFollowTheCaseRule() {
        ResponseEntity<String> housing = rest.withBasicAuth("dongliang", "dongliang")
                .getForEntity("/api/cases/" + caseNo + "/letters", String.class);
        assertThat(housing.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(housing.getBody()).contains(toHousing.letterNo()).contains("工作提示函")
                .contains("/api/letters/" + toHousing.id() + "/pdf");
        assertThat(rest.withBasicAuth("zhenghua", "zhenghua").getForEntity("/api/cases/" + caseNo + "/letters",
                String.class).getStatusCode()).as("mediator reads the case").isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("liuyang", "liuyang").getForEntity("/api/cases/" + caseNo + "/letters",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("zhoujie", "zhoujie").getForEntity("/api/cases/SFX-1999-000001/letters",
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theRecipientUnitAcknowledgesOnce() {
        TestRestTemplate dongliang = rest.withBasicAuth("dongliang", "dongliang");
        String url = "/api/letters/" + toHousing.id() + "/acknowledge";

        assertThat(rest.withBasicAuth("liuyang", "liuyang").postForEntity(url, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        ResponseEntity<String> supervisor = rest.withBasicAuth("zhoujie", "zhoujie").postForEntity(url, null, String.class);
        assertThat(supervisor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(supervisor.getBody()).contains("无权签收");
        assertThat(issuer.find(toHousing.id()).orElseThrow().acknowledgedAt()).isNull();

        ResponseEntity<String> first = dongliang.postForEntity(url, null, String.class);
        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.OK);
        Letter acknowledged = issuer.find(toHousing.id()).orElseThrow();
        assertThat(acknowledged.acknowledgedBy()).isEqualTo("dongliang");
        assertThat(acknowledged.acknowledgedAt()).isNotNull();

        ResponseEntity<String> again = rest.withBasicAuth("yuanyuan", "yuanyuan").postForEntity(url, null, String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody()).contains("\"acknowledgedBy\":\"dongliang\"");
        assertThat(issuer.find(toHousing.id()).orElseThrow()).isEqualTo(acknowledged);
    }

    @Test
    void aLetterToALeaderIsHisToAcknowledge() {
        Letter toLeader = issuer.issue(caseNo, LetterKind.LEADER_REMINDER, 3, null, "xugang",
                "该案件经两次发函仍未办结。", REPLY_DUE);
        String url = "/api/letters/" + toLeader.id() + "/acknowledge";

        assertThat(rest.withBasicAuth("dongliang", "dongliang")
                .getForEntity("/api/letters/" + toLeader.id() + "/pdf", String.class).getStatusCode())
                .as("not addressed to the unit").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("yangguang", "yangguang").postForEntity(url, null, String.class).getStatusCode())
                .as("another leader reads it but does not sign for it").isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("xugang", "xugang").postForEntity(url, null, String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(issuer.find(toLeader.id()).orElseThrow().acknowledgedBy()).isEqualTo("xugang");
    }
}
