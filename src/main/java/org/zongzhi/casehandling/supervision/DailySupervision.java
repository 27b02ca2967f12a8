package org.zongzhi.casehandling.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.cases.CaseTerms;
import org.zongzhi.casehandling.deadlines.WorkingCalendar;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * 每日督办清单: every open matter by whoever owes its current step (a unit, or a centre post for
 * 研判, 反馈, 回访 …), which step that is, whether it is overdue and by how long, letters sent.
 */
@Service
class DailySupervision {

    /** {@code post} is the centre's role group owing the step when no unit does; {@code stepName} the open task. */
    record OpenMatter(String caseNo, String unitCode, String unitName, CaseStatus status, String grade,
                      String matterType, OffsetDateTime dueAt, Long lettersSent, String post, String stepName) {
    }

    record Row(String caseNo, String unitCode, String unitName, String status, String grade, String matterType,
               String step, OffsetDateTime dueAt, boolean overdue, long daysOverdue, long lettersSent) {
    }

    record UnitSummary(String unitCode, String unitName, int open, int overdue, int dueToday) {
    }

    record DailyList(LocalDate date, OffsetDateTime generatedAt, List<UnitSummary> units, List<Row> matters) {
    }

    private final DailyListMapper mapper;
    private final Clock clock;

    DailySupervision(DailyListMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
    }

    DailyList today() {
        OffsetDateTime now = OffsetDateTime.now(clock.withZone(ChinaTime.ZONE));
        LocalDate today = now.toLocalDate();
        List<Row> rows = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (OpenMatter m : mapper.openMatters()) {
            boolean overdue = m.dueAt() != null && m.dueAt().isBefore(now);
            // Calendar days in China time, as the Cockpit panel counts them: due yesterday = 1 day late.
            long days = overdue ? ChronoUnit.DAYS.between(
                    m.dueAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate(), today) : 0;
            String post = m.post() != null || m.unitCode() != null ? m.post() : postBetweenSteps(m.status());
            String unit = m.unitCode() != null ? m.unitCode() : post != null ? post : "";
            names.putIfAbsent(unit, m.unitName() != null ? m.unitName() : postName(post));
            int[] c = counts.computeIfAbsent(unit, k -> new int[3]);
            c[0]++;
            if (overdue) {
                c[1]++;
            } else if (m.dueAt() != null && m.dueAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate()
                    .equals(today)) {
                c[2]++;
            }
            rows.add(new Row(m.caseNo(), m.unitCode(), names.get(unit), m.status().label(),
                    CaseTerms.label(CaseTerms.GRADES, m.grade()), m.matterType(),
                    m.stepName() == null && m.status() == CaseStatus.RETURN_VISIT ? "等待再次回访" : m.stepName(),
                    m.dueAt(), overdue, days, m.lettersSent() == null ? 0 : m.lettersSent()));
        }
        List<UnitSummary> units = new ArrayList<>();
        counts.forEach((unit, c) -> units.add(new UnitSummary(unit.isEmpty() || isPost(unit) ? null : unit,
                names.get(unit), c[0], c[1], c[2])));
        return new DailyList(today, now, units, rows);
    }

    /**
     * Who has a case between two steps once no unit holds it: after the unit concluded, the feedback
     * and the return visit are the centre's (a visit waits here for its next attempt); null while
     * it is being assessed.
     */
    private static String postBetweenSteps(CaseStatus status) {
        return switch (status) {
            case FEEDBACK -> Role.INTAKE.groupId();
            case RETURN_VISIT -> Role.VISITOR.groupId();
            default -> null;
        };
    }

    /** 综治中心（研判员）: a step the centre itself owes; no post known: still being assessed. */
    private static String postName(String post) {
        if (post == null) {
            return "综治中心（研判中）";
        }
        return "综治中心（" + Arrays.stream(Role.values()).filter(r -> r.groupId().equals(post)).findFirst()
                .map(Role::label).orElse(post) + "）";
    }

    private static boolean isPost(String key) {
        return Arrays.stream(Role.values()).anyMatch(r -> r.groupId().equals(key));
    }

    /** The same list as CSV (UTF-8 with BOM, so Excel opens the Chinese right). */
    static String csv(DailyList list) {
        StringBuilder out = new StringBuilder("\uFEFF案件编号,承办单位,状态,等级,事项类型,当前环节,办理期限,是否逾期,逾期天数,已发函件\n");
        for (Row r : list.matters()) {
            out.append(r.caseNo()).append(',')
                    .append(cell(r.unitName())).append(',')
                    .append(cell(r.status())).append(',')
                    .append(cell(r.grade())).append(',')
                    .append(cell(r.matterType())).append(',')
                    .append(cell(r.step())).append(',')
                    .append(r.dueAt() == null ? "" : r.dueAt().atZoneSameInstant(ChinaTime.ZONE)
                            .toLocalDateTime().withSecond(0).withNano(0)).append(',')
                    .append(r.overdue() ? "是" : "否").append(',')
                    .append(r.daysOverdue()).append(',')
                    .append(r.lettersSent()).append('\n');
        }
        return out.toString();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
