package org.zongzhi.casehandling.intake;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.deadlines.TaskDeadlines;
import org.zongzhi.casehandling.directory.Centre;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Person;
import org.zongzhi.casehandling.feedback.CitizenMask;
import org.zongzhi.casehandling.pdf.ChinesePdf;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * 受理告知单: what the citizen takes home from the window — the case number, who took the matter
 * (首问责任人), what happens next and by when, and how to follow the case on the status page.
 */
@Component
class ReceiptPdf {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年M月d日");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
            <head>
            <meta charset="UTF-8"/>
            <title>受理告知单 %1$s</title>
            <style>
              @page { size: A4; margin: 24mm 24mm 24mm 24mm; }
              body { font-family: '%2$s'; font-size: 12pt; line-height: 1.7; color: #000; margin: 0; }
              h1 { text-align: center; font-size: 20pt; font-weight: bold; margin: 0 0 4pt 0; }
              .centre { text-align: center; font-size: 13pt; margin-bottom: 14pt; }
              table { width: 100%%; border-collapse: collapse; margin-bottom: 14pt; }
              th, td { border: 0.8pt solid #000; padding: 5pt 8pt; text-align: left; vertical-align: top; }
              th { width: 26%%; font-weight: bold; background: #f2f2f2; }
              h2 { font-size: 13pt; font-weight: bold; margin: 12pt 0 4pt 0; }
              ol { margin: 0; padding-left: 18pt; }
              li { margin-bottom: 3pt; }
              p { margin: 0 0 4pt 0; }
              .url { font-weight: bold; font-size: 13pt; padding-left: 2em; }
              .sign { text-align: right; margin-top: 28pt; }
            </style>
            </head>
            <body>
            <h1>受理告知单</h1>
            <div class="centre">%3$s</div>
            <table>
              <tr><th>案件编号</th><td>%1$s</td></tr>
              <tr><th>受理时间</th><td>%4$s</td></tr>
              <tr><th>受理渠道</th><td>%5$s</td></tr>
              <tr><th>事项类型</th><td>%6$s</td></tr>
              <tr><th>反映人</th><td>%7$s</td></tr>
              <tr><th>首问责任人</th><td>%8$s</td></tr>
            </table>
            <h2>接下来怎么办</h2>
            <ol>
              <li>研判分流：本中心将于%9$s前完成研判分流（%10$s）。</li>
              <li>分流交办：研判后交由责任单位办理，责任单位须在规定时限内办结，本中心全程督办。</li>
              <li>反馈结果：办理结果将告知您本人。</li>
              <li>回访评价：办结后本中心将回访，听取您对办理结果的评价。</li>
            </ol>
            <h2>如何查询办理进度</h2>
            <p>请用手机或电脑访问以下网址：</p>
            <p class="url">%11$s</p>
            <p>输入案件编号 %1$s 和登记时留下的手机号码（%12$s）即可查询，无需注册登录。</p>
            <p>如有疑问，请携带本告知单到本中心窗口咨询，首问责任人%13$s负责解答。</p>
            <p class="sign">%3$s<br/>%14$s</p>
            </body>
            </html>
            """;

    private final Directory directory;
    private final TaskDeadlines deadlines;
    private final ChinesePdf pdf;

    ReceiptPdf(Directory directory, TaskDeadlines deadlines, ChinesePdf pdf) {
        this.directory = directory;
        this.deadlines = deadlines;
        this.pdf = pdf;
    }

    byte[] render(CaseRecord caseRecord, String statusPageUrl) {
        String html = html(caseRecord, statusPageUrl);
        try {
            return pdf.render(html);
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Rendering the receipt of case " + caseRecord.caseNo() + " failed", e);
        }
    }

    String html(CaseRecord c, String statusPageUrl) {
        String centreName = directory.centres().stream().filter(centre -> centre.code().equals(c.centreCode()))
                .map(Centre::name).findFirst().orElseThrow(() -> new IllegalStateException("Case " + c.caseNo()
                        + " was registered by centre " + c.centreCode() + ", which is not in the directory"));
        String owner = c.firstContactOwner() == null ? "窗口受理员"
                : directory.person(c.firstContactOwner()).map(Person::name).orElse(c.firstContactOwner());
        OffsetDateTime accepted = c.acceptedAt();
        // 研判分流 is counted from acceptance, by the timeLimits table's ASSESS rule (PT1H when written).
        TaskDeadlines.Deadline assess = deadlines.forStep("ASSESS", c.grade(), accepted);
        return PAGE.formatted(
                e(c.caseNo()), ChinesePdf.FONT_FAMILY, e(centreName),
                e(TIME.format(accepted.atZoneSameInstant(ChinaTime.ZONE))),
                e(c.channel().label()), e(c.matterType()), e(c.reporterName()), e(owner),
                e(deadline(assess.due())), e(assess.basis() == null ? "受理后按规定时限完成" : assess.basis()),
                e(statusPageUrl), e(CitizenMask.phone(c.reporterPhone())), e(owner),
                e(DATE.format(accepted.atZoneSameInstant(ChinaTime.ZONE))));
    }

    /** 2026年3月1日10:30. */
    static String deadline(OffsetDateTime due) {
        ZonedDateTime china = due.atZoneSameInstant(ChinaTime.ZONE);
        return TIME.format(china).replace(" ", "");
    }

    private static String e(String text) {
        return ChinesePdf.escape(text == null ? "" : text);
    }
}
