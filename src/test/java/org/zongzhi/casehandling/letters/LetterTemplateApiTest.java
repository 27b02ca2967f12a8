package org.zongzhi.casehandling.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.cases.CaseLedger;

/** An administrator edits a letter's wording; new letters use it, letters already sent keep theirs. */
@CaseHandlingTest
class LetterTemplateApiTest {

    static final OffsetDateTime REPLY_DUE = OffsetDateTime.parse("2026-12-01T17:00:00+08:00");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    LetterIssuer issuer;
    @Autowired
    LetterPdf pdf;
    @Autowired
    CaseLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    Map<String, Object> original;

    @BeforeEach
    void keepTheShippedWording() {
        original = jdbc.queryForMap("select title, heading, body from letter_templates where kind = 'REMINDER'");
    }

    @AfterEach
    void restoreIt() {
        jdbc.update("update letter_templates set title = ?, heading = ?, body = ? where kind = 'REMINDER'",
                original.get("title"), original.get("heading"), original.get("body"));
    }

    @Test
    void aChangedTemplateAppliesToNewLettersOnly() throws IOException {
        Letter before = issuer.issue(ledger.register(Disputes.heatingComplaint()), LetterKind.REMINDER, 1, "ZJJ",
                null, "逾期未办结。", REPLY_DUE);

        ResponseEntity<String> changed = put("admin", "REMINDER", Map.of(
                "title", "关于{{caseNo}}号案件请即办理的提示",
                "heading", "{{centreName}}工作提示函",
                "body", "<p class=\"to\">{{recipientName}}：</p><p>{{facts}}请于{{replyDue}}前书面反馈。</p>"
                        + "<p class=\"closing\">此函。</p>"));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        Letter after = issuer.issue(ledger.register(Disputes.heatingComplaint()), LetterKind.REMINDER, 1, "ZJJ",
                null, "逾期未办结。", REPLY_DUE);

        assertThat(text(after)).contains("请即办理的提示", "书面反馈", "此函。");
        assertThat(text(before)).doesNotContain("请即办理的提示").contains("特此函告。");
    }

    @Test
    void aTemplateWithAnUnknownPlaceholderOrBrokenMarkupIsRefusedInChinese() {
        ResponseEntity<String> unknown = put("admin", "REMINDER", Map.of("title", "关于{{caseNumber}}的提示",
                "heading", "{{centreName}}工作提示函", "body", "<p>{{facts}}</p>"));
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknown.getBody()).contains("未知的占位符 {{caseNumber}}").contains("title（标题）");

        ResponseEntity<String> broken = put("admin", "REMINDER", Map.of("title", "提示",
                "heading", "{{centreName}}工作提示函", "body", "<p>{{facts}}"));
        assertThat(broken.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(broken.getBody()).contains("XHTML");
        assertThat(jdbc.queryForObject("select title from letter_templates where kind = 'REMINDER'", String.class))
                .isEqualTo(original.get("title"));
    }

    @Test
    void onlyAnAdministratorChangesTemplates() {
        assertThat(put("zhoujie", "REMINDER", Map.of("title", "x", "heading", "y", "body", "<p>z</p>"))
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("zhoujie", "zhoujie").getForEntity("/api/letter-templates", List.class)
                .getBody()).hasSize(3);
    }

    private ResponseEntity<String> put(String user, String kind, Map<String, String> wording) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).exchange("/api/letter-templates/" + kind, HttpMethod.PUT,
                new HttpEntity<>(wording, headers), String.class);
    }

    private String text(Letter letter) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.render(letter))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
