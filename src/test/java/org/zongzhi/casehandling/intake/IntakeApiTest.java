package org.zongzhi.casehandling.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.IntakeContinuation;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.cases.Party;
import org.zongzhi.casehandling.process.ProcessKeys;
import org.zongzhi.casehandling.process.TaskKeys;

/** POST /api/cases from every channel: one case per channel reference, every wrong field named, nothing half-written. */
@CaseHandlingTest
class IntakeApiTest {

    static final String HOTLINE = "channel-hotline-12345";
    /** A valid resident ID number (GB 11643 sample) and one with its check digit changed. */
    static final String VALID_ID = "11010519491231002X";
    static final String WRONG_CHECK_DIGIT = "110105194912310021";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    CaseLedger ledger;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    IntakeContinuation continuation;

    /** A hotline matter with everything filled in. */
    static Map<String, Object> hotlineMatter() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("channel", "HOTLINE_12345");
        body.put("externalRef", "12345-" + UUID.randomUUID());
        body.put("reporter", new LinkedHashMap<>(Map.of("name", "周秀英", "phone", "13912345678", "idNumber", VALID_ID)));
        List<Object> parties = new ArrayList<>();
        parties.add(new LinkedHashMap<>(Map.of("role", "APPLICANT", "name", "周秀英", "phone", "13912345678")));
        parties.add(new LinkedHashMap<>(Map.of("role", "RESPONDENT", "name", "吴建军", "idNumber", VALID_ID)));
        body.put("parties", parties);
        body.put("place", new LinkedHashMap<>(Map.of("townshipCode", "SFX-DH", "villageCode", "SFX-DH-HW",
                "address", "河湾村三组")));
        body.put("matterType", "邻里纠纷");
        body.put("summary", "邻居加盖房屋挡住采光，多次协商未果");
        body.put("amountAtStake", 3000.5);
        body.put("peopleInvolved", 2);
        body.put("groupIncident", false);
        body.put("crossArea", false);
        body.put("occurredAt", "2026-03-01T09:30:00+08:00");
        body.put("attachments", List.of(
                Map.of("name", "现场照片.jpg", "contentType", "image/jpeg", "size", 204800, "sha256", "a".repeat(64)),
                Map.of("name", "录音.mp3", "contentType", "audio/mpeg", "size", 1048576, "sha256", "B".repeat(64))));
        return body;
    }

    ResponseEntity<String> submit(String user, Object body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            String text = body instanceof String s ? s : json.writeValueAsString(body);
            return rest.withBasicAuth(user, user).postForEntity("/api/cases", new HttpEntity<>(text, headers),
                    String.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode read(ResponseEntity<String> response) throws Exception {
        return json.readTree(response.getBody());
    }

    record Counts(long cases, long parties, long attachments, long processes) {
    }

    Counts counts() {
        return new Counts(ledger.count(),
                jdbc.queryForObject("select count(*) from case_parties", Long.class),
                jdbc.queryForObject("select count(*) from case_attachments", Long.class),
                history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.CASE_HANDLING).count());
    }

    @Test
    void aHotlineMatterBecomesACaseAndStartsCaseHandlingWithTheCaseNumberAsBusinessKey() throws Exception {
        Map<String, Object> matter = hotlineMatter();
        ResponseEntity<String> response = submit(HOTLINE, matter);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode receipt = read(response);
        String caseNo = receipt.get("caseNo").asText();
        assertThat(caseNo).matches("SFX-\\d{4}-\\d{6}");
        assertThat(receipt.get("created").asBoolean()).isTrue();
        assertThat(response.getHeaders().getLocation()).hasToString("/api/cases/" + caseNo);

        CaseRecord record = ledger.find(caseNo).orElseThrow();
        assertThat(record.reporterName()).isEqualTo("周秀英");
        assertThat(record.reporterPhone()).isEqualTo("13912345678");
        assertThat(record.reporterIdNumber()).isEqualTo(VALID_ID);
        assertThat(record.externalRef()).isEqualTo(matter.get("externalRef"));
        assertThat(record.villageCode()).isEqualTo("SFX-DH-HW");
        assertThat(record.firstContactOwner()).isEqualTo(HOTLINE);
        assertThat(ledger.parties(caseNo)).extracting(Party::role, Party::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("APPLICANT", "周秀英"),
                        org.assertj.core.groups.Tuple.tuple("RESPONDENT", "吴建军"));
        assertThat(jdbc.queryForList("select sha256 from case_attachments where case_no = ? order by id",
                String.class, caseNo)).containsExactly("a".repeat(64), "b".repeat(64));

        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(ProcessKeys.CASE_HANDLING)
                .processDefinitionKey(ProcessKeys.CASE_HANDLING).singleResult();
        assertThat(process).isNotNull();
        Map<String, Object> variables = runtime.getVariables(process.getId());
        assertThat(variables).containsEntry("caseNo", caseNo).containsEntry("channel", "HOTLINE_12345")
                .containsEntry("matterType", "邻里纠纷").containsEntry("townshipCode", "SFX-DH")
                .containsEntry("villageCode", "SFX-DH-HW").containsEntry("peopleInvolved", 2L)
                .containsEntry("amountAtStake", 3000.5).containsEntry("groupIncident", false)
                .containsEntry("crossArea", false).containsEntry("firstContactOwner", HOTLINE)
                .doesNotContainKeys("reporterName", "reporterPhone", "reporterIdNumber", "reporter", "parties");
        assertThat(variables.values()).allSatisfy(value -> assertThat(String.valueOf(value))
                .doesNotContain("周秀英").doesNotContain("13912345678").doesNotContain(VALID_ID));
        // The answer waits for nothing but the commit: 登记立案 and 研判定级 follow in the job executor.
        assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).count()).isZero();
        assertThat(continuation.pending(process.getId())).isNotNull();
        assertThat(record.status()).isEqualTo(CaseStatus.REGISTERED);

        continuation.runFor(caseNo);
        assertThat(tasks.createTaskQuery().processInstanceId(process.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo(TaskKeys.ASSESS_CASE);
        assertThat(ledger.find(caseNo).orElseThrow().status()).isEqualTo(CaseStatus.ASSESSING);
    }

    @Test
    void theSameChannelReferenceAgainAnswersWithTheSameCaseAnd200() throws Exception {
        Map<String, Object> matter = hotlineMatter();
        ResponseEntity<String> first = submit(HOTLINE, matter);
        Counts afterFirst = counts();
        ResponseEntity<String> again = submit(HOTLINE, matter);

        assertThat(first.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(read(again).get("created").asBoolean()).isFalse();
        assertThat(read(again).get("caseNo").asText()).isEqualTo(read(first).get("caseNo").asText());
        assertThat(counts()).isEqualTo(afterFirst);
    }

    @Test
    void twentyConcurrentSubmissionsOfOneReferenceMakeOneCaseAndOneProcess() throws Exception {
        Map<String, Object> matter = hotlineMatter();
        Counts before = counts();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < 20; i++) {
                Callable<ResponseEntity<String>> call = () -> {
                    start.await();
                    return submit(HOTLINE, matter);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<ResponseEntity<String>> responses = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            assertThat(responses).extracting(ResponseEntity::getStatusCode)
                    .containsOnly(HttpStatus.CREATED, HttpStatus.OK)
                    .filteredOn(HttpStatus.CREATED::equals).hasSize(1);
            List<String> caseNos = new ArrayList<>();
            for (ResponseEntity<String> response : responses) {
                caseNos.add(read(response).get("caseNo").asText());
            }
            assertThat(caseNos).hasSize(20).containsOnly(caseNos.get(0));
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNos.get(0))
                    .processDefinitionKey(ProcessKeys.CASE_HANDLING).count())
                    .isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        Counts after = counts();
        assertThat(after.cases()).isEqualTo(before.cases() + 1);
        assertThat(after.processes()).isEqualTo(before.processes() + 1);
    }

    @Test
    void aChannelSubmittingAnotherChannelIsRefusedWith403AndNothingIsWritten() throws Exception {
        Counts before = counts();
        ResponseEntity<String> response = submit("channel-grid", hotlineMatter());

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(read(response).get("detail").asText()).contains("网格员上报").contains("12345热线");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void windowClerksSubmitWalkInsAndPhoneCallsOnlyAndOtherStaffNothing() throws Exception {
        Map<String, Object> walkIn = hotlineMatter();
        walkIn.put("channel", "WALK_IN");
        walkIn.remove("externalRef");
        ResponseEntity<String> clerk = submit("wangfang", walkIn);
        assertThat(clerk.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(ledger.find(read(clerk).get("caseNo").asText()).orElseThrow().firstContactOwner())
                .isEqualTo("wangfang");

        Counts before = counts();
        assertThat(submit("wangfang", hotlineMatter()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<String> assessor = submit("zhaomin", walkIn);
        assertThat(assessor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(read(assessor).get("detail").asText()).contains("不能登记事项");
        assertThat(counts()).isEqualTo(before);
    }

    static Stream<Arguments> badInput() {
        return Stream.of(
                bad("missing summary", m -> m.remove("summary"), "summary", "必填"),
                bad("missing reporter", m -> m.remove("reporter"), "reporter", "必填"),
                bad("missing externalRef on the hotline", m -> m.remove("externalRef"), "externalRef", "必须提供"),
                bad("people involved is text", m -> m.put("peopleInvolved", "many"), "peopleInvolved", "必须是整数"),
                bad("group incident is text", m -> m.put("groupIncident", "yes"), "groupIncident", "true 或 false"),
                bad("occurred at is no time", m -> m.put("occurredAt", "昨天"), "occurredAt", "带时区的时间"),
                bad("unknown channel", m -> m.put("channel", "FAX"), "channel", "未知的受理渠道"),
                bad("unknown matter type", m -> m.put("matterType", "外星人入侵"), "matterType", "未知的事项类型"),
                bad("unknown township", m -> place(m).put("townshipCode", "SFX-XX"), "place.townshipCode", "未知的乡镇"),
                bad("village of another township", m -> place(m).put("villageCode", "SFX-CG-NJ"),
                        "place.villageCode", "不是东河乡综治中心下辖的村"),
                bad("reporter phone is no mobile", m -> reporter(m).put("phone", "0931-8881234"),
                        "reporter.phone", "手机号码格式不正确"),
                bad("party phone is no mobile", m -> party(m).put("phone", "12345678901"),
                        "parties[0].phone", "手机号码格式不正确"),
                bad("reporter ID number has a wrong check digit", m -> reporter(m).put("idNumber", WRONG_CHECK_DIGIT),
                        "reporter.idNumber", "身份证号码校验位不正确"),
                bad("party ID number has a wrong check digit", m -> party(m).put("idNumber", WRONG_CHECK_DIGIT),
                        "parties[0].idNumber", "身份证号码校验位不正确"),
                bad("unknown party role", m -> party(m).put("role", "BOSS"), "parties[0].role", "APPLICANT"),
                bad("summary over 4000 characters", m -> m.put("summary", "纠".repeat(4001)), "summary",
                        "不能超过4000个字符"),
                bad("attachment without digest", m -> m.put("attachments", List.of(Map.of("name", "a.pdf",
                        "size", 10))), "attachments[0].sha256", "必填"),
                bad("negative amount", m -> m.put("amountAtStake", -1), "amountAtStake", "不能为负数"));
    }

    private static Arguments bad(String what, Consumer<Map<String, Object>> breakIt, String field, String message) {
        return Arguments.of(what, breakIt, field, message);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> place(Map<String, Object> m) {
        return (Map<String, Object>) m.get("place");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reporter(Map<String, Object> m) {
        return (Map<String, Object>) m.get("reporter");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> party(Map<String, Object> m) {
        return (Map<String, Object>) ((List<Object>) m.get("parties")).get(0);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void aWrongFieldIsAChinese400NamingItAndNothingIsWritten(String what, Consumer<Map<String, Object>> breakIt,
                                                             String field, String message) throws Exception {
        Map<String, Object> matter = hotlineMatter();
        breakIt.accept(matter);
        Counts before = counts();

        ResponseEntity<String> response = submit(HOTLINE, matter);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        JsonNode problem = read(response);
        List<Map<String, String>> errors = json.convertValue(problem.get("errors"), new TypeReference<>() { });
        assertThat(errors).as(what).anySatisfy(e -> {
            assertThat(e.get("field")).isEqualTo(field);
            assertThat(e.get("message")).contains(message);
        });
        assertThat(problem.get("detail").asText()).contains(field).contains(message);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() throws Exception {
        Map<String, Object> matter = hotlineMatter();
        reporter(matter).put("phone", "123");
        party(matter).put("idNumber", WRONG_CHECK_DIGIT);
        matter.put("peopleInvolved", "many");
        matter.put("matterType", "外星人入侵");
        matter.remove("summary");

        JsonNode problem = read(submit(HOTLINE, matter));

        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder(
                "reporter.phone", "parties[0].idNumber", "peopleInvolved", "matterType", "summary");
        assertThat(problem.get("detail").asText()).startsWith("提交的事项有 5 处错误")
                .contains("reporter.phone：手机号码格式不正确").contains("summary：必填");
    }

    @Test
    void malformedJsonIsAChinese400AndNothingIsWritten() throws Exception {
        Counts before = counts();
        ResponseEntity<String> response = submit(HOTLINE, "{\"channel\": \"HOTLINE_12345\", \"summary\": ");

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(read(response).get("detail").asText()).contains("不是有效的 JSON");
        assertThat(read(response).get("errors").get(0).get("field").asText()).isEqualTo("(请求体)");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBodyOverOneMegabyteIsRefusedInChineseAndNothingIsWritten() throws Exception {
        Map<String, Object> matter = hotlineMatter();
        matter.put("address", "很".repeat(400_000)); // 1.2 MB in UTF-8
        Counts before = counts();

        ResponseEntity<String> response = submit(HOTLINE, matter);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(read(response).get("detail").asText()).contains("不能超过 1 MB");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aBodyOverOneMegabyteWithoutDeclaredLengthIsRefusedWhileReading() throws Exception {
        Map<String, Object> matter = hotlineMatter();
        matter.put("address", "很".repeat(400_000));
        byte[] body = json.writeValueAsBytes(matter);
        Counts before = counts();

        // An input stream of unknown length goes out chunked, without Content-Length.
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(rest.getRootUri() + "/api/cases"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((HOTLINE + ":" + HOTLINE).getBytes(StandardCharsets.UTF_8)))
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(
                                () -> new ByteArrayInputStream(body)))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE.value());
        assertThat(response.body()).contains("不能超过 1 MB");
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void theCatalogListsChannelsFifteenMatterTypesAndThreeTownshipsWithTheirVillages() throws Exception {
        ResponseEntity<String> response = rest.withBasicAuth(HOTLINE, HOTLINE).getForEntity("/api/catalog", String.class);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode catalog = read(response);
        assertThat(catalog.get("channels").findValuesAsText("code")).containsExactly("WALK_IN", "PHONE",
                "HOTLINE_12345", "POLICE_110", "GRID", "COURT_REFERRAL", "PETITION", "DEPARTMENT");
        assertThat(catalog.get("channels").findValuesAsText("name")).contains("12345热线", "法院委派诉前调解");
        assertThat(catalog.get("matterTypes")).hasSize(15);
        assertThat(catalog.get("matterTypes").toString()).contains("物业纠纷", "涉法涉诉", "其他");
        JsonNode places = catalog.get("places");
        assertThat(places).hasSize(3);
        assertThat(places.findValuesAsText("code")).contains("SFX-CG", "SFX-DH", "SFX-XS");
        for (JsonNode township : places) {
            assertThat(township.get("villages")).as(township.get("code").asText()).hasSize(2);
        }
        assertThat(places.toString()).contains("SFX-DH-LJZ").contains("东河乡河湾村综治中心");
    }

    @Test
    void everyChannelHasItsOwnLogin() {
        for (String user : List.of("channel-walk-in", "channel-phone", HOTLINE, "channel-police-110",
                "channel-grid", "channel-court-referral", "channel-petition", "channel-department")) {
            assertThat(rest.withBasicAuth(user, user).getForEntity("/api/catalog", String.class).getStatusCode())
                    .as(user).isEqualTo(HttpStatus.OK);
        }
    }
}
