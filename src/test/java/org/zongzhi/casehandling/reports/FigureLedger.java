package org.zongzhi.casehandling.reports;

import java.sql.Timestamp;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A small ledger in March 2011, far before any other test's cases, so its figures are exact.
 * Every case is in 城关镇 (SFX-CG) unless said otherwise; times are China time.
 * <pre>
 * A  WALK_IN   SFJ  邻里纠纷 acc 03-01 10:00  人民调解 调解成功 03-04; visit 满意 03-08; closed 03-08 (5 working days)
 * B  PHONE     SFJ  邻里纠纷 acc 03-02 09:00  人民调解 未化解 03-10; 3 visits not reached; closed 无法联系 03-22 (14)
 * C  12345     RSJ  劳动争议 acc 03-03 09:00  行政调解 成功 03-10; 提示函 03-12, 督办函 03-15; visit 不满意 03-15,
 *                                            reopened 03-15; 行政调解 成功 03-22; visit 基本满意 03-25; closed 03-25 (16)
 * D  WALK_IN   RSJ  劳动争议 acc 03-28 09:00  自行处理 引导诉讼 03-30; 提示函 03-31; 督办函 04-02; visit 满意 04-06;
 *                                            closed 04-06 (the next month)
 * E  WALK_IN   -    邻里纠纷 acc 03-05 09:00  merged into A 03-06
 * F  GRID      -    邻里纠纷 acc 03-07 09:00  screened out (甄别) 03-07
 * G  COURT     FY   合同纠纷 acc 03-09 09:00  东河乡; 司法调解 调解成功并申请司法确认 03-16; visit 满意 03-18; closed 03-18 (7)
 * H  COURT     FY   合同纠纷 acc 03-10 09:00  东河乡; 当场调解 未化解 03-10; 提示函 03-25; still open
 * I  WALK_IN   SFJ  邻里纠纷 acc 02-25 09:00  (February) visit 满意 03-02; closed 03-02 (3)
 * </pre>
 */
final class FigureLedger {

    private FigureLedger() {
    }

    static void load(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("select count(*) from cases where case_no = 'RPT-2011-A'", Long.class) > 0) {
            return;
        }
        kase(jdbc, "A", "WALK_IN", "SFJ", "邻里纠纷", "SFX-CG", "03-01T10:00", "CLOSED", "VISITED", "03-08T15:00", null, 0);
        kase(jdbc, "B", "PHONE", "SFJ", "邻里纠纷", "SFX-CG", "03-02T09:00", "CLOSED", "UNREACHABLE", "03-22T16:00", null, 0);
        kase(jdbc, "C", "HOTLINE_12345", "RSJ", "劳动争议", "SFX-CG", "03-03T09:00", "CLOSED", "VISITED", "03-25T11:00", null, 1);
        kase(jdbc, "D", "WALK_IN", "RSJ", "劳动争议", "SFX-CG", "03-28T09:00", "CLOSED", "VISITED", "04-06T10:00", null, 0);
        kase(jdbc, "E", "WALK_IN", null, "邻里纠纷", "SFX-CG", "03-05T09:00", "MERGED", null, "03-06T09:00", "RPT-2011-A", 0);
        kase(jdbc, "F", "GRID", null, "邻里纠纷", "SFX-CG", "03-07T09:00", "CLOSED", "SCREENED", "03-07T17:00", null, 0);
        kase(jdbc, "G", "COURT_REFERRAL", "FY", "合同纠纷", "SFX-DH", "03-09T09:00", "CLOSED", "VISITED", "03-18T10:00", null, 0);
        kase(jdbc, "H", "COURT_REFERRAL", "FY", "合同纠纷", "SFX-DH", "03-10T09:00", "HANDLING", null, null, null, 0);
        kase(jdbc, "I", "WALK_IN", "SFJ", "邻里纠纷", "SFX-CG", "02-25T09:00", "CLOSED", "VISITED", "03-02T10:00", null, 0);

        outcome(jdbc, "A", 0, "PEOPLE_MEDIATION", "AGREEMENT", "03-04T10:00");
        outcome(jdbc, "B", 0, "PEOPLE_MEDIATION", "NOT_RESOLVED", "03-10T10:00");
        outcome(jdbc, "C", 0, "ADMIN_MEDIATION", "AGREEMENT", "03-10T10:00");
        outcome(jdbc, "C", 1, "ADMIN_MEDIATION", "AGREEMENT", "03-22T10:00");
        outcome(jdbc, "D", 0, "SELF", "LITIGATION", "03-30T10:00");
        outcome(jdbc, "G", 0, "JUDICIAL_MEDIATION", "JUDICIAL_CONFIRMATION", "03-16T10:00");
        outcome(jdbc, "H", 0, "ON_SPOT_MEDIATION", "NOT_RESOLVED", "03-10T11:00");

        visit(jdbc, "A", 0, true, "SATISFIED", "03-08T14:00");
        visit(jdbc, "B", 0, false, null, "03-18T10:00");
        visit(jdbc, "B", 0, false, null, "03-21T10:00");
        visit(jdbc, "B", 0, false, null, "03-22T10:00");
        visit(jdbc, "C", 0, true, "DISSATISFIED", "03-15T10:00");
        visit(jdbc, "C", 1, true, "BASICALLY_SATISFIED", "03-25T10:00");
        visit(jdbc, "D", 0, true, "SATISFIED", "04-06T09:00");
        visit(jdbc, "G", 0, true, "SATISFIED", "03-18T09:00");
        visit(jdbc, "I", 0, true, "SATISFIED", "03-02T09:00");

        letter(jdbc, "C", "REMINDER", 0, 1, "RSJ", "03-12T00:00");
        letter(jdbc, "C", "SUPERVISION", 1, 1, "RSJ", "03-15T00:00");
        letter(jdbc, "D", "REMINDER", 0, 2, "RSJ", "03-31T00:00");
        letter(jdbc, "D", "SUPERVISION", 1, 2, "RSJ", "04-02T00:00");
        letter(jdbc, "H", "REMINDER", 0, 3, "FY", "03-25T00:00");

        event(jdbc, "C", "REOPENED", "03-15T10:05");
        event(jdbc, "E", "MERGED", "03-06T09:00");
        event(jdbc, "A", "MERGED_IN", "03-06T09:00");
    }

    /**
     * A second ledger for the monthly report (月度矛盾纠纷形势分析) of June 2013, with May 2013 before
     * it (环比) and June 2012 a year before (同比); no other test has cases in 2012 or 2013.
     * <pre>
     * May 2013   M1 WALK_IN SFJ 邻里纠纷 城关镇 acc 05-06  人民调解 调解成功 05-08; visit 满意 05-10; closed 05-10
     *            M2 WALK_IN SFJ 邻里纠纷 城关镇 acc 05-13  visit 满意 05-20; closed 05-20
     *            M3 WALK_IN RSJ 劳动争议 城关镇 acc 05-14  visit 满意 05-21; closed 05-21
     * June 2013  J1 WALK_IN SFJ 邻里纠纷 东河乡 acc 06-03  人民调解 调解成功 06-05; visit 满意 06-07; closed 06-07
     *            J2 PHONE   SFJ 邻里纠纷 东河乡 acc 06-04  提示函 06-07; 人民调解 未化解 06-08; visit 不满意 06-20,
     *                                                reopened 06-20; visit 基本满意 06-28; closed 06-28
     *            J3 WALK_IN SFJ 邻里纠纷 城关镇 acc 06-05  提示函 06-25; visit 满意 07-05; closed 07-05 (July)
     *            J4 12345   RSJ 劳动争议 城关镇 acc 06-06  提示函 06-10, 督办函 06-13; 行政调解 调解成功 06-12;
     *                                                visit 满意 06-17; closed 06-17
     *            risk warning 同一村（社区）同类纠纷集中 "东河乡 邻里纠纷" (5 cases) raised 06-15, handled
     * June 2012  Y1 WALK_IN SFJ 邻里纠纷 城关镇 acc 06-11  visit 满意 06-20; closed 06-20
     *            Y2 WALK_IN FY  合同纠纷 东河乡 acc 06-12  visit 满意 06-25; closed 06-25
     * </pre>
     */
    static void loadMonthly(JdbcTemplate jdbc) {
        if (jdbc.queryForObject("select count(*) from cases where case_no = 'RPT-2013-J1'", Long.class) > 0) {
            return;
        }
        kase(jdbc, "2013-M1", "WALK_IN", "SFJ", "邻里纠纷", "SFX-CG", "2013-05-06T09:00", "CLOSED", "VISITED", "2013-05-10T10:00", null, 0);
        kase(jdbc, "2013-M2", "WALK_IN", "SFJ", "邻里纠纷", "SFX-CG", "2013-05-13T09:00", "CLOSED", "VISITED", "2013-05-20T10:00", null, 0);
        kase(jdbc, "2013-M3", "WALK_IN", "RSJ", "劳动争议", "SFX-CG", "2013-05-14T09:00", "CLOSED", "VISITED", "2013-05-21T10:00", null, 0);
        kase(jdbc, "2013-J1", "WALK_IN", "SFJ", "邻里纠纷", "SFX-DH", "2013-06-03T09:00", "CLOSED", "VISITED", "2013-06-07T10:00", null, 0);
        kase(jdbc, "2013-J2", "PHONE", "SFJ", "邻里纠纷", "SFX-DH", "2013-06-04T09:00", "CLOSED", "VISITED", "2013-06-28T10:00", null, 1);
        kase(jdbc, "2013-J3", "WALK_IN", "SFJ", "邻里纠纷", "SFX-CG", "2013-06-05T09:00", "CLOSED", "VISITED", "2013-07-05T10:00", null, 0);
        kase(jdbc, "2013-J4", "HOTLINE_12345", "RSJ", "劳动争议", "SFX-CG", "2013-06-06T09:00", "CLOSED", "VISITED", "2013-06-17T10:00", null, 0);
        kase(jdbc, "2012-Y1", "WALK_IN", "SFJ", "邻里纠纷", "SFX-CG", "2012-06-11T09:00", "CLOSED", "VISITED", "2012-06-20T10:00", null, 0);
        kase(jdbc, "2012-Y2", "WALK_IN", "FY", "合同纠纷", "SFX-DH", "2012-06-12T09:00", "CLOSED", "VISITED", "2012-06-25T10:00", null, 0);

        outcome(jdbc, "2013-M1", 0, "PEOPLE_MEDIATION", "AGREEMENT", "2013-05-08T10:00");
        outcome(jdbc, "2013-J1", 0, "PEOPLE_MEDIATION", "AGREEMENT", "2013-06-05T10:00");
        outcome(jdbc, "2013-J2", 0, "PEOPLE_MEDIATION", "NOT_RESOLVED", "2013-06-08T10:00");
        outcome(jdbc, "2013-J4", 0, "ADMIN_MEDIATION", "AGREEMENT", "2013-06-12T10:00");

        visit(jdbc, "2013-M1", 0, true, "SATISFIED", "2013-05-10T09:00");
        visit(jdbc, "2013-M2", 0, true, "SATISFIED", "2013-05-20T09:00");
        visit(jdbc, "2013-M3", 0, true, "SATISFIED", "2013-05-21T09:00");
        visit(jdbc, "2013-J1", 0, true, "SATISFIED", "2013-06-07T09:00");
        visit(jdbc, "2013-J2", 0, true, "DISSATISFIED", "2013-06-20T09:00");
        visit(jdbc, "2013-J2", 1, true, "BASICALLY_SATISFIED", "2013-06-28T09:00");
        visit(jdbc, "2013-J3", 0, true, "SATISFIED", "2013-07-05T09:00");
        visit(jdbc, "2013-J4", 0, true, "SATISFIED", "2013-06-17T09:00");
        visit(jdbc, "2012-Y1", 0, true, "SATISFIED", "2012-06-20T09:00");
        visit(jdbc, "2012-Y2", 0, true, "SATISFIED", "2012-06-25T09:00");

        letter(jdbc, "2013-J2", "REMINDER", 0, 1, "SFJ", "2013-06-07T00:00", 2013);
        letter(jdbc, "2013-J4", "REMINDER", 0, 2, "RSJ", "2013-06-10T00:00", 2013);
        letter(jdbc, "2013-J4", "SUPERVISION", 1, 1, "RSJ", "2013-06-13T00:00", 2013);
        letter(jdbc, "2013-J3", "REMINDER", 0, 3, "SFJ", "2013-06-25T00:00", 2013);

        event(jdbc, "2013-J2", "REOPENED", "2013-06-20T10:00");

        jdbc.update("""
                insert into risk_warnings (rule_code, subject_key, subject, trigger_case, territory_code, case_count,
                                           detail, created_at, handled_at, handled_by)
                values ('SAME_VILLAGE_TYPE', 'RPT-2013-SFX-DH-邻里纠纷', '东河乡 邻里纠纷', ?, 'SFX-DH', 5,
                        '统计口径测试', ?, ?, 'yangguang')""",
                no("2013-J2"), at("2013-06-15T10:00"), at("2013-06-16T10:00"));
    }

    /** RPT-2011-A for the March 2011 ledger; RPT-2013-J1 when the year is given. */
    static String no(String letter) {
        return letter.contains("-") ? "RPT-" + letter : "RPT-2011-" + letter;
    }

    /** "03-01T10:00" in March 2011's ledger, or a whole "2013-06-03T09:00"; China time. */
    private static Timestamp at(String monthDayTime) {
        String local = monthDayTime.length() > 11 ? monthDayTime : "2011-" + monthDayTime;
        return Timestamp.from(OffsetDateTime.parse(local + "+08:00").toInstant());
    }

    private static void kase(JdbcTemplate jdbc, String id, String channel, String unit, String type, String township,
                             String accepted, String status, String closedAs, String closed, String mergedInto,
                             int reopens) {
        jdbc.update("""
                insert into cases (case_no, centre_code, channel, township_code, matter_type, summary, grade, status,
                                   responsible_unit_code, first_contact_owner, accepted_at, closed_at, closed_as,
                                   merged_into, reopen_count, updated_at)
                values (?, 'SFX', ?, ?, ?, '统计口径测试', 'GENERAL', ?, ?, 'wangfang', ?, ?, ?, ?, ?, now())""",
                no(id), channel, township, type, status, unit, at(accepted), closed == null ? null : at(closed), closedAs,
                mergedInto, reopens);
    }

    private static void outcome(JdbcTemplate jdbc, String id, int round, String way, String outcome, String at) {
        jdbc.update("insert into handling_outcomes (case_no, handling_round, step, handling_way, outcome, recorded_at) "
                + "values (?, ?, 'Task_Handle', ?, ?, ?)", no(id), round, way, outcome, at(at));
    }

    private static void visit(JdbcTemplate jdbc, String id, int round, boolean reached, String satisfaction, String at) {
        jdbc.update("insert into return_visits (case_no, handling_round, reached, satisfaction, visited_at) "
                + "values (?, ?, ?, ?, ?)", no(id), round, reached, satisfaction, at(at));
    }

    private static void letter(JdbcTemplate jdbc, String id, String kind, int rung, int sequence, String unit, String at) {
        letter(jdbc, id, kind, rung, sequence, unit, at, 2011);
    }

    private static void letter(JdbcTemplate jdbc, String id, String kind, int rung, int sequence, String unit, String at,
                               int year) {
        jdbc.update("""
                insert into letters (case_no, kind, ladder_step, letter_no, centre_code, year, sequence,
                                     recipient_unit_code, facts, reply_due, issued_at, handling_round, step, responsible)
                values (?, ?, ?, ?, 'RPT', ?, ?, ?, '统计口径测试', ?, ?, 0, 'HANDLE', ?)""",
                no(id), kind, rung, "RPT〔" + year + "〕" + kind + sequence, year, sequence, unit, at(at), at(at),
                "unit-" + unit);
    }

    private static void event(JdbcTemplate jdbc, String id, String kind, String at) {
        jdbc.update("insert into case_events (case_no, occurred_at, actor, kind, detail) values (?, ?, 'system', ?, ?)",
                no(id), at(at), kind, "统计口径测试");
    }
}
