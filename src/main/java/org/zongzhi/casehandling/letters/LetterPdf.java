package org.zongzhi.casehandling.letters;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Person;
import org.zongzhi.casehandling.directory.Unit;
import org.zongzhi.casehandling.pdf.ChinesePdf;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * A letter as the recipient reads it: the centre's template filled in, laid out as an official
 * letter on A4 (red masthead, number, red rule, subject, body, 落款) and rendered by {@link ChinesePdf}.
 */
@Component
public class LetterPdf {

    static final String FONT_FAMILY = ChinesePdf.FONT_FAMILY;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

    /** The placeholders a template may use. */
    static final Set<String> PLACEHOLDERS = Set.of("centreName", "letterNo", "kindName", "caseNo",
            "matterType", "unitName", "recipientName", "facts", "replyDue", "issuedDate");

    /** The placeholders of a template text that are not known, in order of appearance. */
    static List<String> unknownPlaceholders(String text) {
        List<String> unknown = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text == null ? "" : text);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        return unknown;
    }
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
            <head>
            <meta charset="UTF-8"/>
            <title>%s</title>
            <style>
              @page {
                size: A4;
                margin: 30mm 26mm 28mm 28mm;
                @bottom-center { content: "— " counter(page) " —"; font-family: '%s'; font-size: 11pt; }
              }
              body { font-family: '%s'; font-size: 15pt; line-height: 1.8; color: #000; margin: 0; }
              .masthead { text-align: center; color: #c8161d; font-size: 28pt; font-weight: bold;
                          line-height: 1.3; }
              .letter-no { text-align: center; font-size: 14pt; margin-top: 12pt; }
              .rule { border-top: 2pt solid #c8161d; margin: 6pt 0 22pt 0; height: 0; }
              h1 { text-align: center; font-size: 19pt; font-weight: bold; line-height: 1.5; margin: 0 0 18pt 0; }
              p { margin: 0; text-indent: 2em; text-align: justify; }
              p.to { text-indent: 0; }
              p.sign { text-indent: 0; text-align: right; padding-right: 2em; margin-top: 36pt; }
              p.date { text-indent: 0; text-align: right; padding-right: 2em; }
            </style>
            </head>
            <body>
            <div class="masthead">%s</div>
            <div class="letter-no">%s</div>
            <div class="rule"></div>
            <h1>%s</h1>
            %s
            </body>
            </html>
            """;

    private final LetterMapper mapper;
    private final CaseLedger ledger;
    private final Directory directory;
    private final ChinesePdf pdf;

    LetterPdf(LetterMapper mapper, CaseLedger ledger, Directory directory, ChinesePdf pdf) {
        this.mapper = mapper;
        this.ledger = ledger;
        this.directory = directory;
        this.pdf = pdf;
    }

    public byte[] render(Letter letter) {
        String html = html(letter);
        try {
            return pdf.render(html);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Rendering " + letter.kind() + " " + letter.letterNo() + " of case "
                    + letter.caseNo() + " failed; check the template of " + letter.kind() + " in letter_templates", e);
        }
    }

    /** The letter as XHTML: the page layout around the kind's template, values escaped. */
    String html(Letter letter) {
        // The wording the letter was issued with; the current template only for a letter not yet stored.
        LetterTemplate template = letter.id() == null ? null : mapper.findIssuedWording(letter.id());
        if (template == null) {
            template = mapper.findTemplate(letter.kind());
        }
        if (template == null) {
            throw new IllegalStateException("letter_templates has no template for " + letter.kind()
                    + ", needed for " + letter.letterNo());
        }
        Map<String, String> values = values(letter);
        String heading = fill(template.heading(), values, template.kind());
        String title = fill(template.title(), values, template.kind());
        return PAGE.formatted(escape(letter.kind().label() + " " + letter.letterNo()), FONT_FAMILY, FONT_FAMILY,
                heading, escape(letter.letterNo()), title, fill(template.body(), values, template.kind()));
    }

    private Map<String, String> values(Letter letter) {
        CaseRecord caseRecord = ledger.find(letter.caseNo()).orElseThrow(() -> new IllegalStateException(
                "Letter " + letter.letterNo() + " names case " + letter.caseNo() + ", which is not in the ledger"));
        String centreName = mapper.findCentreName(letter.centreCode());
        if (centreName == null) {
            throw new IllegalStateException("Letter " + letter.letterNo() + " was issued by centre "
                    + letter.centreCode() + ", which is not in the directory");
        }
        String unitCode = letter.recipientUnitCode() != null ? letter.recipientUnitCode()
                : caseRecord.responsibleUnitCode();
        String unitName = unitCode == null ? "承办单位" : directory.unit(unitCode).map(Unit::name).orElse(unitCode);
        String recipientName = letter.recipientUserId() != null
                ? directory.person(letter.recipientUserId()).map(Person::name).orElse(letter.recipientUserId()) + "同志"
                : letter.recipientPost() != null && letter.recipientUnitCode() == null
                ? LetterIssuer.postLabel(letter.recipientPost()).orElse(letter.recipientPost())
                : unitName;
        return Map.ofEntries(
                Map.entry("centreName", centreName),
                Map.entry("letterNo", letter.letterNo()),
                Map.entry("kindName", letter.kind().label()),
                Map.entry("caseNo", letter.caseNo()),
                Map.entry("matterType", caseRecord.matterType()),
                Map.entry("unitName", unitName),
                Map.entry("recipientName", recipientName),
                Map.entry("facts", letter.facts()),
                Map.entry("replyDue", deadline(letter.replyDue())),
                Map.entry("issuedDate", DATE.format(letter.issuedAt().atZoneSameInstant(ChinaTime.ZONE))));
    }

    /** 2026年12月1日17时, or 17时30分: deadlines are read in China time. */
    static String deadline(OffsetDateTime due) {
        ZonedDateTime china = due.atZoneSameInstant(ChinaTime.ZONE);
        return DATE.format(china) + china.getHour() + "时" + (china.getMinute() == 0 ? "" : china.getMinute() + "分");
    }

    private static String fill(String template, Map<String, String> values, LetterKind kind) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("The template of " + kind + " uses {{" + m.group(1)
                        + "}}, which is not one of " + values.keySet());
            }
            m.appendReplacement(filled, Matcher.quoteReplacement(escape(value)));
        }
        m.appendTail(filled);
        return filled.toString();
    }

    static String escape(String text) {
        return ChinesePdf.escape(text);
    }
}
