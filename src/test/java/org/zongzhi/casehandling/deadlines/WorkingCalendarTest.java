package org.zongzhi.casehandling.deadlines;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Deadlines over the real 2025 and 2026 holidays of supervision/public-holidays.yml, without Spring. */
class WorkingCalendarTest {

    static final ZoneOffset CHINA = ZoneOffset.ofHours(8); // the offset the test vectors are written in

    final List<CalendarDay> official = HolidayFile.read(new ClassPathResource("supervision/public-holidays.yml"))
            .exceptions(OffsetDateTime.now(), "test");
    final WorkingCalendar calendar = new WorkingCalendar(
            year -> official.stream().filter(d -> d.day().getYear() == year).toList(), System::nanoTime);

    static OffsetDateTime china(String localDateTime) {
        return OffsetDateTime.of(LocalDateTime.parse(localDateTime), CHINA);
    }

    static OffsetDateTime endOf(String day) {
        return LocalDate.parse(day).atTime(23, 59, 59).atOffset(CHINA);
    }

    @Test
    void taskAssignedOnTheLastWorkingDayBeforeNationalDay2025IsDueTheFirstWorkingDayAfterIt() {
        // 国庆节、中秋节 2025: 10月1日至8日放假.
        assertThat(calendar.dueAfterWorkingDays(china("2025-09-30T10:00"), 1)).isEqualTo(endOf("2025-10-09"));
        assertThat(calendar.dueAfterWorkingDays(china("2025-09-30T10:00"), 2)).isEqualTo(endOf("2025-10-10"));
    }

    @Test
    void threeWorkingDaysAfterNationalDay2025EndOnTheMakeUpSaturday() {
        // 10月11日（周六）上班.
        assertThat(calendar.dueAfterWorkingDays(china("2025-09-30T16:45"), 3)).isEqualTo(endOf("2025-10-11"));
    }

    @Test
    void nationalDay2026StartsAfterAMakeUpSundayAndEndsBeforeAMakeUpSaturday() {
        // 2026: 9月20日（周日）上班; 10月1日至7日放假; 10月10日（周六）上班.
        assertThat(calendar.dueAfterWorkingDays(china("2026-09-19T09:00"), 1)).isEqualTo(endOf("2026-09-20"));
        assertThat(calendar.dueAfterWorkingDays(china("2026-09-30T09:00"), 1)).isEqualTo(endOf("2026-10-08"));
        assertThat(calendar.dueAfterWorkingDays(china("2026-09-30T09:00"), 3)).isEqualTo(endOf("2026-10-10"));
    }

    @Test
    void makeUpWeekendDaysAreWorkingDaysAndOrdinaryWeekendsAreNot() {
        assertThat(List.of("2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
                "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"))
                .allSatisfy(day -> assertThat(calendar.isWorkingDay(LocalDate.parse(day))).as(day).isTrue());
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-18"))).as("an ordinary Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-01"))).as("an ordinary Sunday").isFalse();
    }

    @Test
    void holidaysOnWeekdaysAreNotWorkingDays() {
        assertThat(List.of("2025-01-01", "2025-02-04", "2025-04-04", "2025-05-05", "2025-06-02", "2025-10-08",
                "2026-01-02", "2026-02-16", "2026-02-23", "2026-04-06", "2026-05-05", "2026-06-19", "2026-09-25",
                "2026-10-07"))
                .allSatisfy(day -> assertThat(calendar.isWorkingDay(LocalDate.parse(day))).as(day).isFalse());
        assertThat(calendar.isWorkingDay(LocalDate.parse("2025-10-15"))).as("an ordinary Wednesday").isTrue();
    }

    @Test
    void springFestival2025IsSkippedWholeAndItsMakeUpSundayCounts() {
        // 1月28日至2月4日放假; 1月26日（周日）、2月8日（周六）上班.
        assertThat(calendar.addWorkingDays(LocalDate.parse("2025-01-24"), 1)).isEqualTo("2025-01-26");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2025-01-27"), 1)).isEqualTo("2025-02-05");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2025-01-27"), 4)).isEqualTo("2025-02-08");
    }

    @Test
    void springFestival2026SpansNineDaysBetweenTwoMakeUpSaturdays() {
        // 2月15日至23日放假; 2月14日（周六）、2月28日（周六）上班.
        LocalDate friday = LocalDate.parse("2026-02-13");
        assertThat(calendar.addWorkingDays(friday, 1)).isEqualTo("2026-02-14");
        assertThat(calendar.addWorkingDays(friday, 2)).isEqualTo("2026-02-24");
        assertThat(calendar.addWorkingDays(friday, 6)).isEqualTo("2026-02-28");
        assertThat(calendar.addWorkingDays(friday, 7)).isEqualTo("2026-03-02");
    }

    @Test
    void countingCrossesTheYearIntoNewYearsDayAndItsMakeUpSunday() {
        // 2026: 1月1日至3日放假, 1月4日（周日）上班.
        assertThat(calendar.addWorkingDays(LocalDate.parse("2025-12-31"), 1)).isEqualTo("2026-01-04");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2025-12-31"), 2)).isEqualTo("2026-01-05");
    }

    @Test
    void aMatterReceivedOnAHolidayCountsFromTheNextWorkingDay() {
        assertThat(calendar.dueAfterWorkingDays(china("2025-10-03T11:00"), 1)).isEqualTo(endOf("2025-10-09"));
        assertThat(calendar.dueAfterWorkingDays(china("2026-02-21T11:00"), 1)).isEqualTo(endOf("2026-02-24"));
    }

    @Test
    void theStartDayIsTakenInChinaTimeWhateverTheOffsetGiven() {
        // 2026-02-13T17:00Z is already Saturday 14 February, a make-up working day, in China.
        assertThat(calendar.dueAfterWorkingDays(OffsetDateTime.parse("2026-02-13T17:00Z"), 1))
                .isEqualTo(endOf("2026-02-24"));
        assertThat(calendar.dueAfterWorkingDays(OffsetDateTime.parse("2026-02-13T15:59Z"), 1))
                .isEqualTo(endOf("2026-02-14"));
        assertThat(calendar.dueAfterWorkingDays(OffsetDateTime.parse("2026-02-13T11:30-05:00"), 1))
                .isEqualTo(endOf("2026-02-24"));
    }

    @Test
    void theServerTimeZoneDoesNotMoveADeadline() {
        TimeZone before = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            OffsetDateTime due = calendar.dueAfterWorkingDays(OffsetDateTime.parse("2025-09-30T02:00Z"), 1);
            assertThat(due).isEqualTo(endOf("2025-10-09"));
            assertThat(due.getOffset()).isEqualTo(CHINA);
        } finally {
            TimeZone.setDefault(before);
        }
    }

    @Test
    void zeroWorkingDaysEndsTheStartDay() {
        assertThat(calendar.dueAfterWorkingDays(china("2025-09-30T10:00"), 0)).isEqualTo(endOf("2025-09-30"));
    }

    @Test
    void calendarDaysCountHolidaysAndEndAtMidnightChinaTime() {
        assertThat(calendar.dueAfterCalendarDays(china("2025-09-30T10:00"), 7)).isEqualTo(endOf("2025-10-07"));
        assertThat(calendar.dueAfterCalendarDays(OffsetDateTime.parse("2025-09-30T20:00Z"), 1))
                .as("already 1 October in China").isEqualTo(endOf("2025-10-02"));
    }

    @Test
    void hoursAreExactAndGivenInChinaTime() {
        OffsetDateTime due = calendar.dueAfterHours(OffsetDateTime.parse("2025-09-30T20:00Z"), 24);
        assertThat(due).isEqualTo(OffsetDateTime.parse("2025-10-02T04:00+08:00"));
        assertThat(due.getOffset()).isEqualTo(CHINA);
    }

    @Test
    void aNegativeLimitIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.parse("2026-01-05"), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1 working days");
        assertThatThrownBy(() -> calendar.dueAfterHours(OffsetDateTime.parse("2026-01-05T00:00Z"), -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-2 hours");
    }

    @Test
    void aYearWithoutANoticeIsProvisionalAndKeepsItsStatutoryHolidaysWithoutGuessingTiaoxiu() {
        // 2027's notice is not entered: Friday 1 October 2027 is 国庆节 by law, Monday 4 October is not.
        assertThat(calendar.isProvisional(2027)).isTrue();
        assertThat(calendar.isProvisional(2026)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-10-01"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-10-04"))).isTrue();
        assertThat(calendar.provisionalYears(LocalDate.parse("2026-12-30"), LocalDate.parse("2026-12-31"))).isEmpty();
        assertThat(calendar.provisionalYears(LocalDate.parse("2026-12-31"), LocalDate.parse("2027-01-04")))
                .containsExactly(2027);
    }

    @Test
    void aYearIsProvisionalUntilEveryStatutoryWeekdayHolidayHasItsRow() {
        List<CalendarDay> entered = new ArrayList<>();
        WorkingCalendar growing = new WorkingCalendar(year -> List.copyOf(entered), System::nanoTime);
        for (StatutoryHolidays.Day day : StatutoryHolidays.of(2027)) {
            if (day.day().getDayOfWeek().getValue() <= 5) {
                assertThat(growing.isProvisional(2027)).as("before " + day.day()).isTrue();
                entered.add(new CalendarDay(day.day(), DayKind.HOLIDAY, day.name(), "通知", null, "admin"));
                growing.reload();
            }
        }
        assertThat(growing.isProvisional(2027)).isFalse();
    }

    @Test
    void theNoteOnProvisionalYearsIsAddedOnceAndCanBeTakenOff() {
        String note = WorkingCalendar.provisionalNote(new java.util.TreeSet<>(List.of(2027)));
        assertThat(note).isEqualTo("（2027年放假安排尚未公布，暂按法定节假日计算）");
        assertThat(WorkingCalendar.provisionalNote(new java.util.TreeSet<>(List.of(2027, 2028))))
                .isEqualTo("（2027、2028年放假安排尚未公布，暂按法定节假日计算）");
        assertThat(WorkingCalendar.withoutProvisionalNote("交办后1个工作日内签收" + note + "；经批准延期3天"))
                .isEqualTo("交办后1个工作日内签收；经批准延期3天");
    }

    /**
     * One working day (the signing limit) from the last day before each holiday of 2025, 2026 and
     * 2027, and onto each 调休 working Saturday or Sunday of the two notices entered: start, expected
     * due day, and whether it is provisional (2027 has no notice yet).
     */
    @Test
    void signingDeadlinesAcrossEveryHolidayOf2025To2027() {
        String[][] vectors = {
                // 2025 (国办发明电〔2024〕12号)
                {"2024-12-31", "2025-01-02", "元旦"},
                {"2025-01-24", "2025-01-26", "春节调休 Sunday"},
                {"2025-01-27", "2025-02-05", "春节"},
                {"2025-02-07", "2025-02-08", "春节调休 Saturday"},
                {"2025-04-03", "2025-04-07", "清明节"},
                {"2025-04-25", "2025-04-27", "劳动节调休 Sunday"},
                {"2025-04-30", "2025-05-06", "劳动节"},
                {"2025-05-30", "2025-06-03", "端午节"},
                {"2025-09-26", "2025-09-28", "国庆节调休 Sunday"},
                {"2025-09-30", "2025-10-09", "国庆节、中秋节"},
                {"2025-10-10", "2025-10-11", "国庆节调休 Saturday"},
                // 2026 (国办发明电〔2025〕7号)
                {"2025-12-31", "2026-01-04", "元旦 and its 调休 Sunday"},
                {"2026-02-13", "2026-02-14", "春节调休 Saturday before"},
                {"2026-02-14", "2026-02-24", "春节"},
                {"2026-02-27", "2026-02-28", "春节调休 Saturday after"},
                {"2026-04-03", "2026-04-07", "清明节"},
                {"2026-04-30", "2026-05-06", "劳动节"},
                {"2026-05-08", "2026-05-09", "劳动节调休 Saturday"},
                {"2026-06-18", "2026-06-22", "端午节"},
                {"2026-09-19", "2026-09-20", "国庆节调休 Sunday"},
                {"2026-09-24", "2026-09-28", "中秋节"},
                {"2026-09-30", "2026-10-08", "国庆节"},
                {"2026-10-09", "2026-10-10", "国庆节调休 Saturday"},
                // 2027: no notice yet, statutory days only
                {"2026-12-31", "2027-01-04", "元旦 (provisional)"},
                {"2027-02-04", "2027-02-09", "春节 除夕 to 初三 (provisional)"},
                {"2027-04-02", "2027-04-06", "清明节 (provisional)"},
                {"2027-04-30", "2027-05-03", "劳动节 on a weekend (provisional)"},
                {"2027-06-08", "2027-06-10", "端午节 (provisional)"},
                {"2027-09-14", "2027-09-16", "中秋节 (provisional)"},
                {"2027-09-30", "2027-10-04", "国庆节 (provisional)"},
        };
        for (String[] v : vectors) {
            OffsetDateTime due = calendar.dueAfterWorkingDays(china(v[0] + "T10:00"), 1);
            assertThat(due).as(v[2] + " from " + v[0]).isEqualTo(endOf(v[1]));
            assertThat(calendar.provisionalYears(LocalDate.parse(v[0]), due.toLocalDate()).isEmpty())
                    .as(v[2] + " settled").isEqualTo(!v[2].contains("provisional"));
        }
    }

    @Test
    void aYearIsReadOnceAndAgainOnlyAfterAReloadOrWhenStale() {
        AtomicInteger reads = new AtomicInteger();
        AtomicLong nanos = new AtomicLong();
        WorkingCalendar counted = new WorkingCalendar(year -> {
            reads.incrementAndGet();
            return official.stream().filter(d -> d.day().getYear() == year).toList();
        }, nanos::get);

        for (int i = 0; i < 100; i++) {
            counted.dueAfterWorkingDays(china("2025-09-30T10:00"), 5);
        }
        assertThat(reads).as("2025 read once").hasValue(1);

        counted.reload();
        counted.isWorkingDay(LocalDate.parse("2025-10-08"));
        assertThat(reads).hasValue(2);

        nanos.addAndGet(WorkingCalendar.FRESHNESS.toNanos() - 1);
        counted.isWorkingDay(LocalDate.parse("2025-10-08"));
        assertThat(reads).as("still fresh").hasValue(2);
        nanos.addAndGet(1);
        counted.isWorkingDay(LocalDate.parse("2025-10-08"));
        assertThat(reads).as("another node may have changed it").hasValue(3);
    }

    @Test
    void aCalendarWithoutAnyWorkingDayFailsInsteadOfLoopingForever() {
        WorkingCalendar broken = new WorkingCalendar(year -> {
            List<CalendarDay> all = new ArrayList<>();
            for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
                all.add(new CalendarDay(d, DayKind.HOLIDAY, "停工", "test", null, "test"));
            }
            return all;
        }, System::nanoTime);
        assertThatThrownBy(() -> broken.addWorkingDays(LocalDate.parse("2026-01-01"), 1))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no working day");
    }
}
