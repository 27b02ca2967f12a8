package org.zongzhi.casehandling.reports;

import static org.zongzhi.casehandling.pdf.ChinesePdf.escape;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.pdf.ChinesePdf;
import org.zongzhi.casehandling.time.ChinaTime;

/** The monthly report (月度矛盾纠纷形势分析) laid out on A4 and rendered by {@link ChinesePdf}. */
@Component
class MonthlyReportPdf {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN">
            <head>
            <meta charset="UTF-8"/>
            <title>%1$s</title>
            <style>
              @page {
                size: A4;
                margin: 25mm 22mm 25mm 22mm;
                @bottom-center { content: "— " counter(page) " —"; font-family: '%2$s'; font-size: 10pt; }
              }
              body { font-family: '%2$s'; font-size: 12pt; line-height: 1.7; color: #000; margin: 0; }
              h1 { text-align: center; font-size: 20pt; font-weight: bold; line-height: 1.4; margin: 0 0 4pt 0; }
              .sub { text-align: center; font-size: 11pt; margin-bottom: 16pt; }
              h2 { font-size: 14pt; font-weight: bold; margin: 16pt 0 6pt 0; page-break-after: avoid; }
              tr { page-break-inside: avoid; }
              table { width: 100%%; border-collapse: collapse; font-size: 11pt; }
              th, td { border: 0.6pt solid #444; padding: 3pt 5pt; text-align: center; }
              th { background: #eee; font-weight: bold; }
              td.name { text-align: left; }
              p { margin: 0 0 4pt 0; text-indent: 2em; text-align: justify; }
            </style>
            </head>
            <body>
            <h1>%3$s</h1>
            <div class="sub">%4$s</div>
            %5$s
            </body>
            </html>
            """;

    private final ChinesePdf pdf;

    MonthlyReportPdf(ChinesePdf pdf) {
        this.pdf = pdf;
    }

    byte[] render(String centreName, MonthlySituation.View view, OffsetDateTime generatedAt) {
        try {
            return pdf.render(html(centreName, view, generatedAt));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("Rendering the monthly report of " + view.month() + " failed", e);
        }
    }

    static String title(MonthlySituation.View view) {
        return view.month().getYear() + "年" + view.month().getMonthValue() + "月矛盾纠纷形势分析";
    }

    /** 同一村（社区）同类纠纷集中：30日内达到件数 → 同一村（社区）同类纠纷集中: the threshold's wording is for administrators. */
    static String ruleTitle(String name) {
        int colon = name.indexOf('：');
        return colon > 0 ? name.substring(0, colon) : name;
    }

    String html(String centreName, MonthlySituation.View view, OffsetDateTime generatedAt) {
        String title = title(view);
        StringBuilder body = new StringBuilder();
        body.append("<h2>一、主要指标</h2>\n<table><thead><tr><th>指标</th><th>本月</th><th>上月</th><th>环比</th>")
                .append("<th>去年同月</th><th>同比</th></tr></thead><tbody>\n");
        for (MonthlySituation.KeyFigure f : view.figures()) {
            body.append("<tr><td class=\"name\">").append(escape(f.name())).append("</td><td>")
                    .append(escape(f.value())).append("</td><td>").append(escape(f.previous())).append("</td><td>")
                    .append(escape(f.monthOnMonth())).append("</td><td>").append(escape(f.lastYear()))
                    .append("</td><td>").append(escape(f.yearOnYear())).append("</td></tr>\n");
        }
        body.append("</tbody></table>\n");
        body.append("<p>注：办结率、调解成功率、满意率的环比、同比为百分点之差；逾期数为本月新发生逾期的事项数；各项指标的统计口径见系统《统计口径》说明。</p>\n");

        body.append("<h2>二、逾期较多的单位</h2>\n");
        if (view.overdueUnits().isEmpty()) {
            body.append("<p>本月没有逾期事项。</p>\n");
        } else {
            body.append("<table><thead><tr><th>承办单位</th><th>逾期数</th><th>本月受理数</th></tr></thead><tbody>\n");
            for (MonthlySituation.OverdueUnit u : view.overdueUnits()) {
                body.append("<tr><td class=\"name\">").append(escape(u.name())).append("</td><td>").append(u.overdue())
                        .append("</td><td>").append(u.accepted()).append("</td></tr>\n");
            }
            body.append("</tbody></table>\n");
        }

        body.append("<h2>三、本月风险预警</h2>\n");
        if (view.warnings().isEmpty()) {
            body.append("<p>本月没有发出风险预警。</p>\n");
        } else {
            body.append("<table><thead><tr><th>日期</th><th>预警规则</th><th>对象</th><th>件数</th></tr></thead><tbody>\n");
            for (MonthWarning w : view.warnings()) {
                body.append("<tr><td>").append(w.createdAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate())
                        .append("</td><td class=\"name\">").append(escape(ruleTitle(w.ruleName())))
                        .append("</td><td class=\"name\">").append(escape(w.subject())).append("</td><td>")
                        .append(w.caseCount()).append("</td></tr>\n");
            }
            body.append("</tbody></table>\n");
        }

        body.append("<h2>四、形势变化分析</h2>\n");
        if (view.changes().isEmpty()) {
            body.append("<p>本月各类矛盾纠纷受理数与上月相比没有明显变化（均未超过 ")
                    .append(MonthlySituation.NOTABLE_PERCENT).append("%）。</p>\n");
        } else {
            for (String sentence : view.changes()) {
                body.append("<p>").append(escape(sentence)).append("</p>\n");
            }
        }
        String sub = "生成于 " + DAY_TIME.format(generatedAt.atZoneSameInstant(ChinaTime.ZONE));
        return PAGE.formatted(escape(title), ChinesePdf.FONT_FAMILY, escape(centreName) + "<br/>" + escape(title), sub,
                body);
    }
}
