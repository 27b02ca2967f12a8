package org.zongzhi.casehandling.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.IntakeContinuation;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.personaldata.PersonalDataReads;
import org.zongzhi.casehandling.process.ProcessKeys;

/** Possible duplicates shown on 研判定级, and 并单 keeping every channel's reference on the survivor. */
@CaseHandlingTest
class RelatedMattersAndMergeTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    CaseLedger ledger;
    @Autowired
    PersonalDataReads reads;
    @Autowired
    IntakeContinuation continuation;

    final ObjectMapper json = new ObjectMapper();

    static String mobile() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    static Map<String, Object> matter(String channel, String phone, String name, String village) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", channel);
        body.put("externalRef", channel + "-" + UUID.randomUUID());
        body.put("reporter", Map.of("name", name, "phone", phone));
        body.put("place", Map.of("townshipCode", "SFX-XS", "villageCode", village));
        body.put("matterType", "山林权属纠纷");
        body.put("summary", "两组村民对后山林地边界有争议");
        body.put("peopleInvolved", 4);
        return body;
    }

    JsonNode submit(String user, Map<String, Object> body) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = rest.withBasicAuth(user, user).postForEntity("/api/cases",
                new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        JsonNode receipt = json.readTree(response.getBody());
        if (receipt.get("created").asBoolean()) {
            continuation.runFor(receipt.get("caseNo").asText()); // on to 研判定级, as the job executor would
        }
        return receipt;
    }

    String related(String caseNo) {
        return (String) runtime.getVariable(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(ProcessKeys.CASE_HANDLING)
                .processDefinitionKey(ProcessKeys.CASE_HANDLING).singleResult().getId(), "relatedCases");
    }

    @Test
    void theSamePersonAndTheSameVillageAndTypeAreShownOnTheAssessment() throws Exception {
        String phone = mobile();
        String first = submit("channel-hotline-12345", matter("HOTLINE_12345", phone, "林春生", "SFX-XS-QS"))
                .get("caseNo").asText();
        String samePerson = submit("channel-grid", matter("GRID", phone, "林春生", "SFX-XS-SM"))
                .get("caseNo").asText();
        String sameVillage = submit("channel-petition", matter("PETITION", mobile(), "杜美兰", "SFX-XS-QS"))
                .get("caseNo").asText();

        assertThat(related(samePerson)).contains("[" + first + "](/api/cases/" + first + ")").contains("同一当事人");
        assertThat(related(sameVillage)).contains(first).contains("同村同类").doesNotContain(samePerson);
    }

    @Test
    void theRelatedMattersViewShowsWhoReportedThemMaskedAndIsRecorded() throws Exception {
        String phone = mobile();
        String first = submit("channel-hotline-12345", matter("HOTLINE_12345", phone, "林秋生", "SFX-XS-QS"))
                .get("caseNo").asText();
        String samePerson = submit("channel-grid", matter("GRID", phone, "林秋生", "SFX-XS-SM"))
                .get("caseNo").asText();

        ResponseEntity<String> view = rest.withBasicAuth("zhaomin", "zhaomin")
                .getForEntity("/api/cases/" + samePerson + "/related", String.class);

        assertThat(view.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(view.getBody()).doesNotContain(phone);
        JsonNode row = null;
        for (JsonNode r : json.readTree(view.getBody())) {
            if (r.get("caseNo").asText().equals(first)) {
                row = r;
            }
        }
        assertThat(row).as("the first registration is listed").isNotNull();
        assertThat(row.get("reason").asText()).isEqualTo("同一当事人");
        assertThat(row.get("reporterName").asText()).isEqualTo("林秋生");
        assertThat(row.get("reporterPhone").asText()).isEqualTo(phone.substring(0, 3) + "****" + phone.substring(7));
        assertThat(reads.of(samePerson)).anySatisfy(r -> {
            assertThat(r.what()).isEqualTo("关联事项");
            assertThat(r.userId()).isEqualTo("zhaomin");
        });
        assertThat(rest.withBasicAuth("liuyang", "liuyang").getForEntity("/api/cases/" + samePerson + "/related",
                String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void mergingKeepsBothReferencesOnTheSurvivorAndEndsTheOthersProcess() throws Exception {
        String phone = mobile();
        Map<String, Object> hotline = matter("HOTLINE_12345", phone, "黄志强", "SFX-XS-QS");
        Map<String, Object> grid = matter("GRID", phone, "黄志强", "SFX-XS-QS");
        String survivor = submit("channel-hotline-12345", hotline).get("caseNo").asText();
        String duplicate = submit("channel-grid", grid).get("caseNo").asText();
        String pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(duplicate)
                .processDefinitionKey(ProcessKeys.CASE_HANDLING).singleResult().getId();

        ResponseEntity<String> refused = post("liuyang", duplicate, survivor);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("zhaomin", duplicate, duplicate).getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> merged = post("zhaomin", duplicate, survivor);
        assertThat(merged.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(merged.getBody()).contains((String) hotline.get("externalRef")).contains((String) grid.get("externalRef"));

        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(duplicate)
                .processDefinitionKey(ProcessKeys.CASE_HANDLING).count()).isZero();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceId(pi).singleResult().getDeleteReason())
                .contains("并单").contains(survivor);
        assertThat(ledger.find(duplicate).orElseThrow().status()).isEqualTo(CaseStatus.MERGED);
        assertThat(ledger.find(duplicate).orElseThrow().mergedInto()).isEqualTo(survivor);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(survivor)
                .processDefinitionKey(ProcessKeys.CASE_HANDLING).count()).isEqualTo(1);

        JsonNode again = submit("channel-grid", grid);
        assertThat(again.get("caseNo").asText()).as("the grid's reference now leads to the survivor").isEqualTo(survivor);
        assertThat(again.get("created").asBoolean()).isFalse();
        assertThat(rest.withBasicAuth("zhaomin", "zhaomin").getForObject("/api/cases/" + survivor, String.class))
                .contains("MERGED_IN").contains(duplicate);
    }

    private ResponseEntity<String> post(String user, String caseNo, String into) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).postForEntity("/api/cases/" + caseNo + "/merge",
                new HttpEntity<>("{\"into\":\"" + into + "\"}", headers), String.class);
    }
}
