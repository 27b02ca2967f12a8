package org.zongzhi.casehandling.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.zongzhi.casehandling.IntakeContinuation;
import org.zongzhi.casehandling.process.ProcessKeys;
import org.zongzhi.casehandling.time.ChinaTime;

/** A mediation that succeeds leaves its 调解协议书 (and, when applied for, 司法确认申请书) on the case as PDFs. */
@CaseHandlingTest
class MediationPapersTest {

    static final String TERMS = "孙德贵于三日内将东侧界桩恢复至确权登记图所示位置，双方按原界耕种，互不阻拦。";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IntakeContinuation continuation;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IdentityService identity;
    @Autowired
    ObjectMapper json;

    String caseNo;
    ProcessInstance pi;

    @BeforeEach
    void aBoundaryDisputeReportedByTheGrid() throws IOException {
        String body = """
                {"channel": "GRID", "externalRef": "WG-DH-%s",
                 "reporter": {"name": "赵卫东", "phone": "13623768854"},
                 "parties": [{"role": "APPLICANT", "name": "孙德福"}, {"role": "RESPONDENT", "name": "孙德贵"}],
                 "place": {"townshipCode": "SFX-DH", "villageCode": "SFX-DH-LJZ", "address": "李家庄村四组西洼地"},
                 "matterType": "农村土地承包纠纷", "summary": "兄弟二人因承包地界桩移位争执，春耕在即互不让对方下地。",
                 "peopleInvolved": 2}
                """.formatted(UUID.randomUUID());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> accepted = rest.withBasicAuth("channel-grid", "channel-grid")
                .postForEntity("/api/cases", new HttpEntity<>(body, headers), String.class);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        caseNo = json.readTree(accepted.getBody()).path("caseNo").asText();
        pi = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(ProcessKeys.CASE_HANDLING).singleResult();
        continuation.runIn(pi.getId());
    }

    @Test
    void aSuccessfulMediationLeavesItsAgreementWithPartiesAndTermsOnTheCase() throws IOException {
        handle("AGREEMENT");

        List<JsonNode> documents = documentsOnceThereAre(1);
        assertThat(documents).extracting(d -> d.path("kind").asText()).containsExactly("MEDIATION_AGREEMENT");
        JsonNode agreement = documents.get(0);
        assertThat(agreement.path("mediaType").asText()).isEqualTo("application/pdf");
        byte[] pdf = download(agreement);
        picture(pdf, "mediation-agreement");
        String text = text(pdf);
        assertThat(text).contains("人民调解协议书").contains(caseNo)
                .contains("申请人：孙德福").contains("被申请人：孙德贵")
                .contains(flat(TERMS))
                .contains("董亮").contains("县住房和城乡建设局")
                .contains(LocalDate.now(ChinaTime.ZONE).format(DateTimeFormatter.ofPattern("yyyy年M月d日")));
    }

    @Test
    void applyingForJudicialConfirmationAlsoLeavesTheApplicationToTheCourt() throws IOException {
        handle("JUDICIAL_CONFIRMATION");

        List<JsonNode> documents = documentsOnceThereAre(2);
        assertThat(documents).extracting(d -> d.path("kind").asText())
                .containsExactly("MEDIATION_AGREEMENT", "JUDICIAL_CONFIRMATION_APPLICATION");
        byte[] pdf = download(documents.get(1));
        picture(pdf, "judicial-confirmation-application");
        String application = text(pdf);
        assertThat(application).contains("司法确认申请书").contains("申请人：孙德福").contains("申请人：孙德贵")
                .contains("请求依法确认").contains(flat(TERMS)).contains("此致").contains("县人民法院");
    }

    @Test
    void aMediatorWritesTheAgreementAgainOnDemandButNotBeforeThereIsOne() throws IOException {
        TestRestTemplate mediator = rest.withBasicAuth("zhenghua", "zhenghua");
        ResponseEntity<String> tooEarly = mediator.postForEntity(
                "/api/cases/" + caseNo + "/documents/papers/mediation-agreement", null, String.class);
        assertThat(tooEarly.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(tooEarly.getBody()).contains("尚未记录调解成功");

        handle("AGREEMENT");
        documentsOnceThereAre(1);
        ResponseEntity<String> again = mediator.postForEntity(
                "/api/cases/" + caseNo + "/documents/papers/mediation-agreement", null, String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        ResponseEntity<String> noApplication = mediator.postForEntity(
                "/api/cases/" + caseNo + "/documents/papers/judicial-confirmation-application", null, String.class);
        assertThat(noApplication.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(noApplication.getBody()).contains("不能生成司法确认申请书");
        assertThat(documents()).extracting(d -> d.path("kind").asText())
                .containsExactly("MEDIATION_AGREEMENT", "MEDIATION_AGREEMENT");
    }

    /** 研判 to 住建局, signed, handled by its liaison 董亮 with people's mediation. */
    private void handle(String outcome) {
        String assess = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        tasks.complete(assess, Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("signDecision", "SIGN"));
        identity.setAuthentication("dongliang", List.of("liaison", "unit-ZJJ"));
        try {
            tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                    Map.of("handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", outcome, "agreementSummary", TERMS));
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The papers are written in the background just after the step commits: wait for them, a while at most. */
    private List<JsonNode> documentsOnceThereAre(int count) throws IOException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        List<JsonNode> documents = documents();
        while (documents.size() < count && System.nanoTime() < until) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            documents = documents();
        }
        return documents;
    }

    private List<JsonNode> documents() throws IOException {
        ResponseEntity<String> list = rest.withBasicAuth("zhenghua", "zhenghua")
                .getForEntity("/api/cases/" + caseNo + "/documents", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<JsonNode> documents = new java.util.ArrayList<>();
        json.readTree(list.getBody()).forEach(documents::add);
        return documents;
    }

    private byte[] download(JsonNode document) {
        ResponseEntity<byte[]> pdf = rest.withBasicAuth("zhenghua", "zhenghua")
                .getForEntity(document.path("href").asText(), byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        return pdf.getBody();
    }

    /** Page 1 drawn to target/documents/<name>.png, for a person to look at. */
    private static void picture(byte[] pdf, String name) throws IOException {
        Path out = Path.of("target/documents");
        Files.createDirectories(out);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 80), "png", out.resolve(name + ".png").toFile());
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return flat(new PDFTextStripper().getText(document));
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }
}
