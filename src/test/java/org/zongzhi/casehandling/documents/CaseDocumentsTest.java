package org.zongzhi.casehandling.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;

/** Photos, scans and PDFs on a case: what is kept, what is refused, who gets them, what is recorded. */
@CaseHandlingTest
class CaseDocumentsTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    WindowClerk window;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    ProcessInstance pi;
    String caseNo;

    @BeforeEach
    void aWallDisputeAtTheWindow() {
        pi = window.register(Map.of(
                "reporterName", "马文华", "reporterPhone", "13700002222", "channel", "WALK_IN",
                "matterType", "邻里纠纷", "townshipCode", "SFX-CG", "summary", "邻居砌墙占用通道",
                "peopleInvolved", 2L, "amountAtStake", 0.0, "registeredBy", "wangfang"));
        caseNo = (String) runtime.getVariable(pi.getId(), "caseNo");
    }

    @Test
    void aPhotoIsStoredAndReadBackIdenticalWithItsChecksum() throws Exception {
        byte[] photo = jpeg();
        ResponseEntity<String> uploaded = upload("wangfang", "现场照片.jpg", photo, MediaType.IMAGE_JPEG);
        assertThat(uploaded.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode stored = json.readTree(uploaded.getBody());
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
        assertThat(stored.path("sha256").asText()).isEqualTo(sha256);
        assertThat(stored.path("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(stored.path("sizeBytes").asLong()).isEqualTo(photo.length);

        ResponseEntity<String> list = rest.withBasicAuth("zhaomin", "zhaomin")
                .getForEntity("/api/cases/" + caseNo + "/documents", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getBody()).contains("现场照片.jpg").contains(sha256);

        ResponseEntity<byte[]> download = rest.withBasicAuth("zhaomin", "zhaomin")
                .getForEntity(stored.path("href").asText(), byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getBody()).isEqualTo(photo);
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(download.getBody())))
                .isEqualTo(sha256);
        HttpHeaders headers = download.getHeaders();
        assertThat(headers.getContentType()).isEqualTo(MediaType.IMAGE_JPEG);
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.jpg");
        assertThat(headers.get("X-Content-Type-Options")).containsOnly("nosniff");
        assertThat(headers.getCacheControl()).contains("no-store");

        assertThat(rest.withBasicAuth("zhaomin", "zhaomin").getForObject("/api/cases/" + caseNo, String.class))
                .as("the upload is a line of the case's trail").contains("DOCUMENT_ADDED").contains("现场照片.jpg");
    }

    @Test
    void aProgramRenamedAsAPhotoIsRefusedInChineseAndNothingIsStored() {
        byte[] elf = program(new byte[] {0x7F, 'E', 'L', 'F', 2, 1, 1, 0});
        byte[] exe = program(new byte[] {'M', 'Z', (byte) 0x90, 0});
        for (byte[] program : List.of(elf, exe)) {
            ResponseEntity<String> refused = upload("wangfang", "照片.jpg", program, MediaType.IMAGE_JPEG);
            assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
            assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
            assertThat(refused.getBody()).contains("照片.jpg").contains("可执行程序").contains("按文件内容识别")
                    .contains("未保存");
        }
        assertNothingStored();
        assertThat(audit("DOCUMENT_UPLOAD")).as("refusals are on the audit trail")
                .anySatisfy(r -> assertThat(r).containsEntry("success", false).containsEntry("user_id", "wangfang"));
    }

    @Test
    void aFileOverTheLimitIsRefusedInChineseAndNothingIsStored() {
        byte[] big = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 0, big, 0, 4);
        ResponseEntity<String> refused = upload("wangfang", "大照片.jpg", big, MediaType.IMAGE_JPEG);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(refused.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(refused.getBody()).contains("超过 10 MB 的上限").contains("未保存");
        assertNothingStored();
    }

    @Test
    void anEmptyUploadOrNoFileIsRefusedInChinese() {
        ResponseEntity<String> empty = upload("wangfang", "空.jpg", new byte[0], MediaType.IMAGE_JPEG);
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(empty.getBody()).contains("空的");
        MultiValueMap<String, Object> noFile = new LinkedMultiValueMap<>();
        noFile.add("description", "忘了选文件");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        ResponseEntity<String> none = rest.withBasicAuth("wangfang", "wangfang").postForEntity(
                "/api/cases/" + caseNo + "/documents", new HttpEntity<>(noFile, headers), String.class);
        assertThat(none.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(none.getBody()).contains("请选择要上传的文件");
        assertNothingStored();
    }

    @Test
    void anotherUnitsUserIsRefusedTheListAndTheDownload() throws Exception {
        String assess = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        tasks.complete(assess, Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        String href = json.readTree(upload("wangfang", "围墙.png", png(), MediaType.IMAGE_PNG).getBody())
                .path("href").asText();

        TestRestTemplate court = rest.withBasicAuth("liuyang", "liuyang");
        ResponseEntity<String> list = court.getForEntity("/api/cases/" + caseNo + "/documents", String.class);
        ResponseEntity<String> download = court.getForEntity(href, String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(list.getBody()).contains("无权查看案件").doesNotContain("围墙");
        assertThat(download.getBody()).contains("无权查看案件").doesNotContain("PNG");
        assertThat(court.getForEntity("/api/cases/SFX-1999-000001/documents", String.class).getStatusCode())
                .as("a missing case looks the same to an outsider").isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<byte[]> housing = rest.withBasicAuth("dongliang", "dongliang").getForEntity(href, byte[].class);
        assertThat(housing.getStatusCode()).as("the unit the case was given to").isEqualTo(HttpStatus.OK);
        assertThat(housing.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
    }

    @Test
    void everyUploadAndDownloadIsOnTheAuditTrail() throws Exception {
        JsonNode stored = json.readTree(upload("wangfang", "协议扫描件.pdf", pdf(), MediaType.APPLICATION_PDF).getBody());
        rest.withBasicAuth("zhenghua", "zhenghua").getForEntity(stored.path("href").asText(), byte[].class);

        assertThat(audit("DOCUMENT_UPLOAD")).anySatisfy(r -> assertThat(r)
                .containsEntry("user_id", "wangfang").containsEntry("success", true)
                .hasEntrySatisfying("detail", d -> assertThat((String) d).contains("协议扫描件.pdf")
                        .contains(stored.path("sha256").asText())));
        assertThat(audit("PERSONAL_DATA_READ")).anySatisfy(r -> assertThat(r)
                .containsEntry("user_id", "zhenghua")
                .hasEntrySatisfying("detail", d -> assertThat((String) d).contains("协议扫描件.pdf").contains("下载")));
    }

    @Test
    void theTypeComesFromTheContentNotTheName() throws Exception {
        ResponseEntity<String> pdfAsPhoto = upload("wangfang", "照片.jpg", pdf(), MediaType.IMAGE_JPEG);
        assertThat(pdfAsPhoto.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode stored = json.readTree(pdfAsPhoto.getBody());
        assertThat(stored.path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(stored.path("fileName").asText()).isEqualTo("照片.pdf");
    }

    private ResponseEntity<String> upload(String user, String name, byte[] content, MediaType declared) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders part = new HttpHeaders();
        part.setContentType(declared);
        body.add("file", new HttpEntity<>(new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return name;
            }
        }, part));
        body.add("description", "现场");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, user).postForEntity("/api/cases/" + caseNo + "/documents",
                new HttpEntity<>(body, headers), String.class);
    }

    private void assertNothingStored() {
        assertThat(jdbc.queryForObject("select count(*) from case_documents where case_no = ?", Long.class, caseNo))
                .isZero();
        assertThat(jdbc.queryForObject("select count(*) from case_events where case_no = ? and kind = 'DOCUMENT_ADDED'",
                Long.class, caseNo)).isZero();
    }

    private List<Map<String, Object>> audit(String type) {
        return jdbc.queryForList("select user_id, success, detail from audit_log where event_type = ? and object = ?",
                type, caseNo);
    }

    static byte[] jpeg() throws IOException {
        return image("jpg");
    }

    static byte[] png() throws IOException {
        return image("png");
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 64, 48);
        g.setColor(Color.BLUE);
        g.drawLine(0, 0, 63, 47);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes();
    }

    private static byte[] program(byte[] header) {
        byte[] program = Arrays.copyOf(header, 4096);
        program[4000] = 1;
        return program;
    }
}
