package org.zongzhi.casehandling.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;

/** The holiday file: what the two notices say, and what the reader refuses. */
class HolidayFileTest {

    static final String NOTICE_2025 = "《国务院办公厅关于2025年部分节假日安排的通知》国办发明电〔2024〕12号";
    static final String NOTICE_2026 = "《国务院办公厅关于2026年部分节假日安排的通知》国办发明电〔2025〕7号";

    final List<CalendarDay> days = HolidayFile.read(new ClassPathResource("supervision/public-holidays.yml"))
            .exceptions(OffsetDateTime.now(), "test");

    List<CalendarDay> of(int year, DayKind kind) {
        return days.stream().filter(d -> d.day().getYear() == year && d.kind() == kind).toList();
    }

    @Test
    void year2025HasThirteenWeekdayHolidaysAndFiveMakeUpDaysCitingItsNotice() {
        // 13 legal holidays (元旦1 春节4 清明1 劳动节2 端午1 国庆中秋4) + 5 days moved by 调休.
        assertThat(of(2025, DayKind.HOLIDAY)).hasSize(18);
        assertThat(of(2025, DayKind.WORKDAY)).extracting(CalendarDay::day, CalendarDay::name).containsExactly(
                tuple(LocalDate.parse("2025-01-26"), "春节调休上班"),
                tuple(LocalDate.parse("2025-02-08"), "春节调休上班"),
                tuple(LocalDate.parse("2025-04-27"), "劳动节调休上班"),
                tuple(LocalDate.parse("2025-09-28"), "国庆节、中秋节调休上班"),
                tuple(LocalDate.parse("2025-10-11"), "国庆节、中秋节调休上班"));
        assertThat(days).filteredOn(d -> d.day().getYear() == 2025).extracting(CalendarDay::source)
                .containsOnly(NOTICE_2025);
    }

    @Test
    void year2026HasItsHolidaysAndSixMakeUpDaysCitingItsNotice() {
        assertThat(of(2026, DayKind.HOLIDAY)).hasSize(19);
        assertThat(of(2026, DayKind.WORKDAY)).extracting(CalendarDay::day).containsExactly(
                LocalDate.parse("2026-01-04"), LocalDate.parse("2026-02-14"), LocalDate.parse("2026-02-28"),
                LocalDate.parse("2026-05-09"), LocalDate.parse("2026-09-20"), LocalDate.parse("2026-10-10"));
        assertThat(days).filteredOn(d -> d.day().getYear() == 2026).extracting(CalendarDay::source)
                .containsOnly(NOTICE_2026);
        assertThat(days).filteredOn(d -> d.day().equals(LocalDate.parse("2026-02-16")))
                .extracting(CalendarDay::name).containsExactly("春节");
    }

    @Test
    void weekendsInsideAHolidayAreNoExceptionAndAreNotStored() {
        assertThat(days).extracting(CalendarDay::day)
                .doesNotContain(LocalDate.parse("2025-10-04"), LocalDate.parse("2026-02-15"));
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsRefusedNamingIt() {
        String yaml = """
                years:
                  - year: 2030
                    title: 测试通知
                    number: 测试〔2029〕1号
                    holidays:
                      - {name: 劳动节, from: 2030-05-01, to: 2030-05-05, workdays: [2030-04-29]}
                """;
        assertThatThrownBy(() -> HolidayFile.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test")))
                .hasMessageContaining("make-up working day 2030-04-29 is a MONDAY");
    }

    @Test
    void aDayListedTwiceIsRefused() {
        String yaml = """
                years:
                  - year: 2030
                    title: 测试通知
                    number: 测试〔2029〕1号
                    holidays:
                      - {name: 中秋节, from: 2030-09-12, to: 2030-09-14}
                      - {name: 国庆节, from: 2030-09-14, to: 2030-09-20}
                """;
        assertThatThrownBy(() -> HolidayFile.read(new ByteArrayResource(yaml.getBytes(StandardCharsets.UTF_8), "test")))
                .hasMessageContaining("holiday 国庆节: 2030-09-14 is listed twice");
    }
}
