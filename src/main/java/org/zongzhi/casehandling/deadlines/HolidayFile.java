package org.zongzhi.casehandling.deadlines;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.Resource;

/**
 * The shape of supervision/public-holidays.yml: per year the State Council General Office notice
 * and its holiday periods, each with the make-up working days (调休上班) it announces.
 */
record HolidayFile(List<YearEntry> years) {

    /** No holiday period of a notice is longer than this; a longer one is a typing error. */
    private static final int LONGEST_PERIOD_DAYS = 15;

    HolidayFile {
        years = years == null ? List.of() : years;
    }

    record YearEntry(int year, String title, String number, LocalDate issued, String url, List<Period> holidays) {

        YearEntry {
            holidays = holidays == null ? List.of() : holidays;
        }

        /** What the rows cite, e.g. 《国务院办公厅关于2026年部分节假日安排的通知》国办发明电〔2025〕7号. */
        String source() {
            return "《" + title + "》" + number;
        }
    }

    record Period(String name, LocalDate from, LocalDate to, List<LocalDate> workdays) {

        Period {
            workdays = workdays == null ? List.of() : workdays;
        }
    }

    static HolidayFile read(Resource resource) {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .registerModule(new JavaTimeModule())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        HolidayFile file;
        try (InputStream in = resource.getInputStream()) {
            file = yaml.readValue(in, HolidayFile.class);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read holiday file " + resource.getDescription()
                    + ": " + e.getMessage(), e);
        }
        file.validate(resource.getDescription());
        return file;
    }

    /** The years the file speaks for: their days not listed here are ordinary days. */
    Set<Integer> yearsCovered() {
        Set<Integer> covered = new HashSet<>();
        years.forEach(y -> covered.add(y.year()));
        return covered;
    }

    /**
     * The rows the file asks for: holidays that fall on Monday to Friday and make-up days, which
     * fall on a weekend; a weekend inside a holiday is no exception and is left out.
     */
    List<CalendarDay> exceptions(OffsetDateTime at, String loader) {
        List<CalendarDay> days = new ArrayList<>();
        for (YearEntry year : years) {
            for (Period period : year.holidays()) {
                for (LocalDate d = period.from(); !d.isAfter(period.to()); d = d.plusDays(1)) {
                    if (!isWeekend(d)) {
                        days.add(new CalendarDay(d, DayKind.HOLIDAY, period.name(), year.source(), at, loader));
                    }
                }
                for (LocalDate d : period.workdays()) {
                    days.add(new CalendarDay(d, DayKind.WORKDAY, period.name() + "调休上班", year.source(), at, loader));
                }
            }
        }
        return days;
    }

    /** Fails on the first entry that cannot be what a notice says, naming it. */
    void validate(String source) {
        require(!years.isEmpty(), source, "lists no year");
        Set<Integer> seenYears = new HashSet<>();
        Set<LocalDate> seenDays = new HashSet<>();
        for (YearEntry year : years) {
            String y = "year " + year.year();
            require(seenYears.add(year.year()), source, y + " is listed twice");
            require(notBlank(year.title()) && notBlank(year.number()), source, y + " lacks the notice's title or number");
            require(!year.holidays().isEmpty(), source, y + " lists no holiday");
            for (Period p : year.holidays()) {
                String what = y + ", holiday " + p.name();
                require(notBlank(p.name()), source, y + " has a holiday without a name");
                require(p.from() != null && p.to() != null, source, what + " lacks from or to");
                require(!p.to().isBefore(p.from()), source, what + " ends " + p.to() + " before it starts " + p.from());
                require(ChronoUnit.DAYS.between(p.from(), p.to()) < LONGEST_PERIOD_DAYS, source,
                        what + " lasts longer than " + LONGEST_PERIOD_DAYS + " days");
                require(Math.abs(p.from().getYear() - year.year()) <= 1, source, what + " starts in " + p.from().getYear());
                for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
                    require(seenDays.add(d), source, what + ": " + d + " is listed twice");
                }
                for (LocalDate d : p.workdays()) {
                    require(isWeekend(d), source, what + ": make-up working day " + d + " is a "
                            + d.getDayOfWeek() + ", but only a Saturday or Sunday can be one");
                    require(seenDays.add(d), source, what + ": " + d + " is listed twice");
                }
            }
        }
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static void require(boolean condition, String source, String problem) {
        if (!condition) {
            throw new IllegalStateException("Holiday file " + source + ": " + problem);
        }
    }
}
