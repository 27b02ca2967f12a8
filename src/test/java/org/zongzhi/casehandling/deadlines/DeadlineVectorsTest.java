package org.zongzhi.casehandling.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.core.io.ClassPathResource;

/**
 * Deadline vectors over 2025, 2026 and 2027 on the calendar of supervision/public-holidays.yml (the
 * State Council notices 国办发明电〔2024〕12号 and 〔2025〕7号; 2027 has only its statutory days,
 * its notice not being out): start (China time), the limit and how it counts, the due time, and
 * whether it is provisional. Working days end at 23:59:59 of the n-th working day after the start
 * day; hours and calendar days (as {@link TaskDeadlines} adds the table's PT4H or P7D) run straight
 * through holidays and 调休 alike.
 */
class DeadlineVectorsTest {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    final List<CalendarDay> official = HolidayFile.read(new ClassPathResource("supervision/public-holidays.yml"))
            .exceptions(OffsetDateTime.now(), "test");

    @ParameterizedTest(name = "{0} + {1} {2} → {3} ({5})")
    @CsvSource(delimiter = '|', textBlock = """
            2025-01-24T10:00 | 3  | WORKING_DAYS  | 2025-02-05T23:59:59 | false | 春节2025：1月26日（周日）调休上班，1月28日至2月4日放假
            2025-01-27T16:30 | 5  | WORKING_DAYS  | 2025-02-10T23:59:59 | false | 春节2025：2月8日（周六）调休上班
            2025-04-30T09:00 | 3  | WORKING_DAYS  | 2025-05-08T23:59:59 | false | 劳动节2025：5月1日至5日放假
            2025-09-26T10:00 | 7  | WORKING_DAYS  | 2025-10-13T23:59:59 | false | 国庆中秋2025：9月28日（周日）、10月11日（周六）调休上班
            2025-10-01T09:00 | 1  | HOURS         | 2025-10-01T10:00:00 | false | 国庆2025：研判1小时，不因放假顺延
            2026-02-13T10:00 | 5  | WORKING_DAYS  | 2026-02-27T23:59:59 | false | 春节2026：2月14日（周六）调休上班，2月15日至23日放假
            2026-02-24T10:00 | 4  | WORKING_DAYS  | 2026-02-28T23:59:59 | false | 春节2026：2月28日（周六）调休上班
            2026-02-14T16:00 | 4  | HOURS         | 2026-02-14T20:00:00 | false | 春节2026：调休周六的当场调解4小时
            2026-04-30T10:00 | 5  | WORKING_DAYS  | 2026-05-11T23:59:59 | false | 劳动节2026：5月9日（周六）调休上班
            2026-09-18T10:00 | 6  | WORKING_DAYS  | 2026-09-28T23:59:59 | false | 中秋2026：9月20日（周日）调休上班，9月25日放假
            2026-09-30T10:00 | 3  | WORKING_DAYS  | 2026-10-10T23:59:59 | false | 国庆2026：10月1日至7日放假，10月10日（周六）调休上班
            2026-09-24T10:00 | 7  | CALENDAR_DAYS | 2026-10-01T10:00:00 | false | 国庆2026：一般事项办理7日，按自然日计算
            2026-12-30T10:00 | 3  | WORKING_DAYS  | 2027-01-05T23:59:59 | true  | 跨2026年末：2027年仅按法定节假日（元旦1月1日）
            2026-12-31T10:00 | 25 | WORKING_DAYS  | 2027-02-09T23:59:59 | true  | 跨2026年末至2027春节：除夕至初三（2月5日至8日）
            2027-02-03T10:00 | 3  | WORKING_DAYS  | 2027-02-10T23:59:59 | true  | 春节2027：无通知，暂按法定节假日
            2027-09-29T10:00 | 3  | WORKING_DAYS  | 2027-10-05T23:59:59 | true  | 国庆2027：无通知，仅10月1日至3日为法定节假日
            2027-09-29T10:00 | 8  | HOURS         | 2027-09-29T18:00:00 | false | 2027年按小时计算的期限不看日历
            """)
    void deadlinesOver2025To2027(String start, int n, String countIn, String due, boolean provisional, String why) {
        WorkingCalendar calendar = new WorkingCalendar(
                year -> official.stream().filter(d -> d.day().getYear() == year).toList(), System::nanoTime);
        OffsetDateTime from = OffsetDateTime.of(LocalDateTime.parse(start), CHINA);
        OffsetDateTime computed = switch (countIn) {
            case "WORKING_DAYS" -> calendar.dueAfterWorkingDays(from, n);
            // As TaskDeadlines counts the time-limit table's P7D and PT4H: straight calendar time.
            case "CALENDAR_DAYS" -> TaskDeadlines.add(from.atZoneSameInstant(CHINA), "P" + n + "D").toOffsetDateTime();
            case "HOURS" -> TaskDeadlines.add(from.atZoneSameInstant(CHINA), "PT" + n + "H").toOffsetDateTime();
            default -> throw new IllegalArgumentException(countIn);
        };
        assertThat(computed.toInstant()).as(why).isEqualTo(OffsetDateTime.of(LocalDateTime.parse(due), CHINA).toInstant());
        boolean counted = countIn.equals("WORKING_DAYS")
                && !calendar.provisionalYears(from.toLocalDate(), computed.atZoneSameInstant(CHINA).toLocalDate()).isEmpty();
        assertThat(counted).as("provisional: " + why).isEqualTo(provisional);
    }

    /**
     * A count from 31 December 2026 into February 2027 is provisional while 2027 has only its
     * statutory days; once an administrator has entered the year's notice (here a made-up one: the
     * real notice is not out) it is counted again on the entered days and no longer provisional.
     */
    @Test
    void aDeadlineAcrossTheEndOf2026IsCountedAgainWhenThe2027NoticeIsEntered() {
        List<CalendarDay> days = new ArrayList<>(official);
        WorkingCalendar calendar = new WorkingCalendar(
                year -> days.stream().filter(d -> d.day().getYear() == year).toList(), System::nanoTime);
        OffsetDateTime from = OffsetDateTime.of(LocalDateTime.parse("2026-12-31T10:00"), CHINA);

        OffsetDateTime provisional = calendar.dueAfterWorkingDays(from, 25);
        assertThat(provisional.toLocalDate()).isEqualTo(LocalDate.parse("2027-02-09"));
        assertThat(calendar.provisionalYears(from.toLocalDate(), provisional.toLocalDate())).containsExactly(2027);

        // Made-up 2027 notice for the test: 春节 5 to 13 February off, Saturday 30 January a 调休 working day,
        // and every other statutory weekday holiday of the year.
        for (String day : List.of("2027-01-01", "2027-02-05", "2027-02-08", "2027-02-09", "2027-02-10",
                "2027-02-11", "2027-02-12", "2027-04-05", "2027-06-09", "2027-09-15", "2027-10-01")) {
            days.add(new CalendarDay(LocalDate.parse(day), DayKind.HOLIDAY, "测试用2027年放假安排", "测试", null, "admin"));
        }
        days.add(new CalendarDay(LocalDate.parse("2027-01-30"), DayKind.WORKDAY, "春节调休上班", "测试", null, "admin"));
        calendar.reload();

        OffsetDateTime settled = calendar.dueAfterWorkingDays(from, 25);
        assertThat(settled).as("the 调休 Saturday counts, the long holiday does not")
                .isEqualTo(OffsetDateTime.of(LocalDateTime.parse("2027-02-04T23:59:59"), CHINA));
        assertThat(calendar.provisionalYears(from.toLocalDate(), settled.toLocalDate())).isEmpty();
    }
}
