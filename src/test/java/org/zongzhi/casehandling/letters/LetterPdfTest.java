package org.zongzhi.casehandling.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.time.ChinaTime;

/** The letters as PDF: Chinese text that survives extraction, the font embedded, A4 pages kept as PNG. */
@CaseHandlingTest
class LetterPdfTest {

    static final Path OUT = Path.of("target", "letters");
    static final OffsetDateTime REPLY_DUE = OffsetDateTime.parse("2026-12-01T17:00:00+08:00");

    @Autowired
    LetterIssuer issuer;
    @Autowired
    LetterPdf pdf;
    @Autowired
    CaseLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void reminderReadsAsAChineseOfficialLetter() throws IOException {
        String caseNo = ledger.register(Disputes.heatingComplaint());
        Letter letter = issuer.issue(caseNo, LetterKind.REMINDER, 1, "ZJJ", null,
                "该案件应于2026年11月20日前办结，截至目前你单位尚未反馈办理结果。", REPLY_DUE);

        String text = textAndPicture(letter);

        assertThat(text).contains("示范县综治中心工作提示函", letter.letterNo(), "关于" + caseNo + "号案件逾期未办结的提示",
                "县住房和城乡建设局：", "物业纠纷", "该案件应于2026年11月20日前办结", "2026年12月1日17时前", "特此函告。",
                "示范县综治中心");
        assertThat(text).contains(issuedDate(letter));
    }

    @Test
    void supervisionAndLeaderLettersUseTheirOwnWording() throws IOException {
        String caseNo = ledger.register(Disputes.heatingComplaint());
        Letter supervision = issuer.issue(caseNo, LetterKind.SUPERVISION, 2, "ZJJ", null,
                "本中心已于2026年11月21日发出工作提示函，要求于11月24日前反馈，至今未收到反馈。", REPLY_DUE);
        Letter leader = issuer.issue(caseNo, LetterKind.LEADER_REMINDER, 3, "ZJJ", "xugang",
                "该案件涉及5户居民冬季供暖，群众反映强烈。", REPLY_DUE);

        assertThat(textAndPicture(supervision)).contains("示范县综治中心督办函", supervision.letterNo(), "特此督办。",
                "《工作提醒函》", "县住房和城乡建设局：");
        assertThat(textAndPicture(leader)).contains("示范县综治中心工作提醒函", leader.letterNo(), "徐刚同志：",
                "县住房和城乡建设局承办的" + caseNo + "号物业纠纷案件", "特此提醒。");
    }

    @Test
    void valuesAreEscapedNotInterpretedAsMarkup() throws IOException {
        String caseNo = ledger.register(Disputes.heatingComplaint());
        Letter letter = issuer.issue(caseNo, LetterKind.REMINDER, 7, "ZJJ", null,
                "物业称<供暖>已达标 & 业主\"不认可\"。", REPLY_DUE);

        assertThat(text(pdf.render(letter))).contains("物业称<供暖>已达标&业主\"不认可\"。");
    }

    @Test
    void anUnknownPlaceholderInATemplateEditedInTheDatabaseFailsNamingIt() {
        // The API refuses such a template (LetterTemplateApiTest); edited in SQL, rendering names it.
        String caseNo = ledger.register(Disputes.heatingComplaint());
        String original = jdbc.queryForObject("select title from letter_templates where kind = 'REMINDER'", String.class);
        jdbc.update("update letter_templates set title = '关于{{caseNumber}}的提示' where kind = 'REMINDER'");
        try {
            Letter letter = issuer.issue(caseNo, LetterKind.REMINDER, 8, "ZJJ", null, "事实", REPLY_DUE);
            assertThatThrownBy(() -> pdf.render(letter)).hasMessageContaining("{{caseNumber}}")
                    .hasMessageContaining("REMINDER");
        } finally {
            jdbc.update("update letter_templates set title = ? where kind = 'REMINDER'", original);
        }
    }

    @Test
    void deadlinesReadInChinaTime() {
        assertThat(LetterPdf.deadline(OffsetDateTime.parse("2026-12-01T09:00:00Z"))).isEqualTo("2026年12月1日17时");
        assertThat(LetterPdf.deadline(OffsetDateTime.parse("2026-12-01T17:30:00+08:00"))).isEqualTo("2026年12月1日17时30分");
    }

    /** The text PDFBox reads back; page 1 drawn to target/letters/<kind>.png for a person to look at. */
    private String textAndPicture(Letter letter) throws IOException {
        byte[] bytes = pdf.render(letter);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(letter.kind() + ".pdf"), bytes);
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDPage first = document.getPage(0);
            assertThat(first.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
            assertThat(first.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : first.getResources().getFontNames()) {
                fonts.add(first.getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                assertThat(font.getName()).contains("NotoSansSC");
            });
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 110);
            ImageIO.write(image, "png", OUT.resolve(letter.kind() + ".png").toFile());
            assertThat(bytes.length).as("only the glyphs used are embedded").isLessThan(400_000);
            String text = flat(new PDFTextStripper().getText(document));
            assertThat(text.codePoints().filter(cp -> cp >= 0x2E80 && cp <= 0x2FDF))
                    .as("ideographs read back as ideographs, not as the radicals that share their glyphs").isEmpty();
            return text;
        }
    }

    /** The extracted text without the line breaks of the layout. */
    private static String text(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            return flat(new PDFTextStripper().getText(document));
        }
    }

    private static String flat(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static String issuedDate(Letter letter) {
        var china = letter.issuedAt().atZoneSameInstant(ChinaTime.ZONE);
        return china.getYear() + "年" + china.getMonthValue() + "月" + china.getDayOfMonth() + "日";
    }
}
