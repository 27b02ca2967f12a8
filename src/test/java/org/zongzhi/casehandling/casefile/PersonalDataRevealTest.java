package org.zongzhi.casehandling.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import org.zongzhi.casehandling.audit.PersonalDataRead;
import org.zongzhi.casehandling.personaldata.Citizens;
import org.zongzhi.casehandling.personaldata.PersonalDataReads;

/** The case page masks phones and ID numbers for everyone; a handler sees them in full only with a reason. */
@CaseHandlingTest
class PersonalDataRevealTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    PersonalDataReads reads;

    String caseNo;
    String phone;
    String idNumber;
    String respondentPhone;
    String respondentId;

    @BeforeEach
    void aMatterWithReporterAndParties() throws Exception {
        phone = Citizens.mobile();
        idNumber = Citizens.idNumber();
        respondentPhone = Citizens.mobile();
        respondentId = Citizens.idNumber();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "HOTLINE_12345");
        body.put("externalRef", "12345-" + UUID.randomUUID());
        body.put("reporter", Map.of("name", "邱淑芬", "phone", phone, "idNumber", idNumber));
        body.put("parties", List.of(Map.of("role", "APPLICANT", "name", "邱淑芬", "phone", phone, "idNumber", idNumber),
                Map.of("role", "RESPONDENT", "name", "葛大伟", "phone", respondentPhone, "idNumber", respondentId)));
        body.put("place", Map.of("townshipCode", "SFX-CG"));
        body.put("matterType", "物业纠纷");
        body.put("summary", "物业费争议");
        body.put("peopleInvolved", 2);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.withBasicAuth("channel-hotline-12345", "channel-hotline-12345")
                .postForEntity("/api/cases", new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        caseNo = json.readTree(response.getBody()).get("caseNo").asText();
    }

    static String masked(String phone) {
        return phone.substring(0, 3) + "****" + phone.substring(7);
    }

    static String maskedId(String id) {
        return id.substring(0, 4) + "**********" + id.substring(14);
    }

    ResponseEntity<String> get(String user, String path) {
        return rest.withBasicAuth(user, user).getForEntity("/api/cases/" + caseNo + path, String.class);
    }

    @Test
    void theCasePageShowsPhonesAndIdNumbersMaskedToHandlersAndOthersAlike() throws Exception {
        for (String user : List.of("zhaomin", "wangfang", "zhoujie", "yangguang", "admin")) {
            ResponseEntity<String> page = rest.withBasicAuth(user, "admin".equals(user) ? "admin" : user)
                    .getForEntity("/api/cases/" + caseNo, String.class);
            assertThat(page.getStatusCode()).as(user).isEqualTo(HttpStatus.OK);
            assertThat(page.getBody()).as(user).doesNotContain(phone, idNumber, respondentPhone, respondentId)
                    .contains("邱淑芬", "葛大伟");
            JsonNode view = json.readTree(page.getBody());
            assertThat(view.at("/caseRecord/reporterPhone").asText()).isEqualTo(masked(phone));
            assertThat(view.at("/caseRecord/reporterIdNumber").asText()).isEqualTo(maskedId(idNumber));
            assertThat(view.at("/parties/1/phone").asText()).isEqualTo(masked(respondentPhone));
            assertThat(view.at("/parties/1/idNumber").asText()).isEqualTo(maskedId(respondentId));
        }
        assertThat(reads.of(caseNo)).filteredOn(r -> r.what().equals("案件详情"))
                .extracting(PersonalDataRead::userId).contains("zhaomin", "zhoujie", "admin");
    }

    @Test
    void aHandlerSeesTheFullNumbersOnlyWithAReasonAndTheReadIsPublished() throws Exception {
        for (String reason : java.util.Arrays.asList(null, "", "  ")) {
            ResponseEntity<String> refused = reason == null ? get("zhaomin", "/personal-data")
                    : rest.withBasicAuth("zhaomin", "zhaomin").getForEntity("/api/cases/{no}/personal-data?reason={r}",
                            String.class, caseNo, reason);
            String query = "reason=" + reason;
            assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).as(query).contains("理由（reason）").doesNotContain(phone, idNumber);
        }
        assertThat(get("zhaomin", "/personal-data?reason=" + "长".repeat(201)).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(reads.of(caseNo)).as("a refused reveal publishes nothing")
                .noneMatch(r -> r.what().contains("完整"));

        ResponseEntity<String> revealed = get("zhaomin", "/personal-data?reason=电话联系当事人核实诉求");

        assertThat(revealed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(revealed.getHeaders().getCacheControl()).contains("no-store");
        JsonNode data = json.readTree(revealed.getBody());
        assertThat(data.at("/reporter/phone").asText()).isEqualTo(phone);
        assertThat(data.at("/reporter/idNumber").asText()).isEqualTo(idNumber);
        assertThat(data.at("/parties/1/phone").asText()).isEqualTo(respondentPhone);
        assertThat(data.at("/parties/1/idNumber").asText()).isEqualTo(respondentId);
        assertThat(reads.of(caseNo)).filteredOn(r -> r.what().contains("完整")).singleElement().satisfies(r -> {
            assertThat(r.userId()).isEqualTo("zhaomin");
            assertThat(r.reason()).isEqualTo("电话联系当事人核实诉求");
            assertThat(r.source()).isNotBlank();
        });
        for (String handler : List.of("wangfang", "zhenghua", "chenjing")) {
            assertThat(get(handler, "/personal-data?reason=回访").getStatusCode()).as(handler).isEqualTo(HttpStatus.OK);
        }
    }

    @Test
    void whoDoesNotHandleTheCaseCannotRevealEvenWithAReason() {
        for (String user : List.of("zhoujie", "yangguang")) {
            ResponseEntity<String> refused = get(user, "/personal-data?reason=核查");
            assertThat(refused.getStatusCode()).as(user).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(refused.getBody()).doesNotContain(phone, idNumber);
        }
        ResponseEntity<String> unit = get("liuyang", "/personal-data?reason=核查");
        assertThat(unit.getStatusCode()).as("a unit never given the case").isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unit.getBody()).doesNotContain(phone);
        assertThat(reads.of(caseNo)).noneMatch(r -> r.what().contains("完整"));
    }
}
