package org.zongzhi.casehandling.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** The figures as a table, for CSV and Excel: the same columns, in the same order, with Chinese headings. */
final class FigureColumns {

    record Column(String heading, Function<FigureRow, Object> value) {
    }

    static final List<Column> COLUMNS = List.of(
            new Column("受理数", FigureRow::accepted),
            new Column("甄别数", FigureRow::screened),
            new Column("办结数", FigureRow::closed),
            new Column("办结率(%)", FigureRow::closureRate),
            new Column("调解数", FigureRow::mediated),
            new Column("调解成功数", FigureRow::mediationSucceeded),
            new Column("调解成功率(%)", FigureRow::mediationSuccessRate),
            new Column("回访联系上数", FigureRow::visitsReached),
            new Column("满意和基本满意数", FigureRow::visitsSatisfied),
            new Column("满意率(%)", FigureRow::satisfactionRate),
            new Column("逾期数", FigureRow::overdue),
            new Column("逾期率(%)", FigureRow::overdueRate),
            new Column("工作提示函", FigureRow::reminderLetters),
            new Column("督办函", FigureRow::supervisionLetters),
            new Column("工作提醒函", FigureRow::leaderReminderLetters),
            new Column("平均办理用时(工作日)", FigureRow::averageHandlingDays),
            new Column("办理用时P90(工作日)", FigureRow::p90HandlingDays),
            new Column("重新办理数", FigureRow::reopened),
            new Column("并单数", FigureRow::merged),
            new Column("诉前调解委派数", FigureRow::courtReferred),
            new Column("诉前调解成功数", FigureRow::courtReferralSucceeded),
            new Column("法院新收案件数", FigureRow::courtCases),
            new Column("常住人口", FigureRow::population),
            new Column("万人成讼率", FigureRow::courtCasesPer10k));

    private FigureColumns() {
    }

    static List<FigureRow> lines(Figures.Summary summary) {
        List<FigureRow> lines = new ArrayList<>(summary.rows());
        lines.add(summary.total());
        return lines;
    }

    /** UTF-8 with a byte-order mark, so that Excel opens the Chinese right. */
    static void csv(Figures.Summary summary, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder("\uFEFF");
        text.append(cell(summary.groupByLabel()));
        COLUMNS.forEach(c -> text.append(',').append(cell(c.heading())));
        text.append("\r\n");
        for (FigureRow row : lines(summary)) {
            text.append(cell(row.label()));
            COLUMNS.forEach(c -> text.append(',').append(cell(c.value().apply(row))));
            text.append("\r\n");
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    static void xlsx(Figures.Summary summary, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "case-handling", "1.0");
        Worksheet sheet = workbook.newWorksheet("统计");
        sheet.value(0, 0, summary.scope() + " " + summary.from() + " 至 " + summary.to() + " 统计（按" + summary.groupByLabel() + "）");
        sheet.value(1, 0, summary.groupByLabel());
        for (int i = 0; i < COLUMNS.size(); i++) {
            sheet.value(1, i + 1, COLUMNS.get(i).heading());
        }
        int r = 2;
        for (FigureRow row : lines(summary)) {
            sheet.value(r, 0, row.label());
            for (int i = 0; i < COLUMNS.size(); i++) {
                Object value = COLUMNS.get(i).value().apply(row);
                if (value instanceof Number n) {
                    sheet.value(r, i + 1, n);
                }
            }
            r++;
        }
        workbook.finish();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        // A leading = + - @ would be read as a formula by a spreadsheet.
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return text.contains(",") || text.contains("\"") || text.contains("\n")
                ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
