package org.zongzhi.casehandling.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.personaldata.PersonalDataReads;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;

/** GET /api/cases/{caseNo}/receipt: the 受理告知单 the citizen takes home, in Chinese with the font embedded. */
@CaseHandlingTest
class ReceiptApiTest {

    static final Path OUT = Path.of("target", "receipts");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    CaseLedger ledger;
    @Autowired
    PersonalDataReads reads;

    @Test
    void receiptNamesTheCaseTheOwnerTheNextStepsAndHowToLookItUp() throws Exception {
        String caseNo = walkIn();
        CaseRecord registered = ledger.find(caseNo).orElseThrow();

        ResponseEntity<byte[]> response = rest.withBasicAuth("wangfang", "wangfang")
                .getForEntity("/api/cases/{caseNo}/receipt", byte[].class, caseNo);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        String text = textAndPicture(response.getBody(), caseNo);
        assertThat(text).contains("受理告知单", "示范县综治中心", "案件编号" + caseNo, "受理渠道来访", "事项类型邻里纠纷",
                "首问责任人王芳", "研判分流", "受理后1小时内完成研判分流",
                ReceiptPdf.deadline(registered.acceptedAt().plusHours(1)) + "前", "分流交办", "反馈结果", "回访评价",
                "/status", "139****5678", "登记时留下的手机号码");
        assertThat(text).doesNotContain("13912345678");
        assertThat(reads.of(caseNo)).filteredOn(r -> r.what().equals("受理告知单")).singleElement()
                .satisfies(r -> assertThat(r.userId()).isEqualTo("wangfang"));
    }

    @Test
    void receiptIsForCentreStaffAndUnitsThatWorkedOnTheCaseOnly() {
        String caseNo = walkIn();

        assertThat(rest.withBasicAuth("zhaomin", "zhaomin").getForEntity("/api/cases/{caseNo}/receipt", byte[].class,
                caseNo).getStatusCode()).isEqualTo(HttpStatus.OK);
        ResponseEntity<String> stranger = rest.withBasicAuth("liuyang", "liuyang")
                .getForEntity("/api/cases/{caseNo}/receipt", String.class, caseNo);
        ResponseEntity<String> missing = rest.withBasicAuth("liuyang", "liuyang")
                .getForEntity("/api/cases/{caseNo}/receipt", String.class, "SFX-2026-999999");
        assertThat(stranger.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/cases/{caseNo}/receipt", String.class, caseNo).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /** A walk-in registered at the window by 王芳, through the intake API. */
    private String walkIn() {
        Map<String, Object> body = IntakeApiTest.hotlineMatter();
        body.put("channel", "WALK_IN");
        body.remove("externalRef");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            ResponseEntity<String> created = rest.withBasicAuth("wangfang", "wangfang").postForEntity("/api/cases",
                    new HttpEntity<>(json.writeValueAsString(body), headers), String.class);
            assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
            return json.readTree(created.getBody()).get("caseNo").asText();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The text PDFBox reads back; page 1 drawn to target/receipts/<caseNo>.png for a person to look at. */
    private static String textAndPicture(byte[] bytes, String caseNo) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(caseNo + ".pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDPage first = document.getPage(0);
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : first.getResources().getFontNames()) {
                fonts.add(first.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                assertThat(font.getName()).contains("NotoSansSC");
            });
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(image, "png", OUT.resolve(caseNo + ".png").toFile());
            assertThat(inkedShare(image)).as("page 1 shows glyphs, not an empty page").isGreaterThan(0.005);
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }

    private static double inkedShare(BufferedImage image) {
        long dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16 & 0xff) + (rgb >> 8 & 0xff) + (rgb & 0xff)) / 3 < 128) {
                    dark++;
                }
            }
        }
        return (double) dark / ((long) image.getWidth() * image.getHeight());
    }
}
