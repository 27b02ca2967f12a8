package org.zongzhi.casehandling.deadlines;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * The working-day calendar of supervision deadlines (督办时限), in China time whatever the server's
 * time zone.
 *
 * <p>Monday to Friday are working days and Saturday and Sunday are not, unless the table
 * {@code calendar_days} says otherwise: a 法定节假日 on a weekday is a holiday, a 调休上班 Saturday or
 * Sunday is a working day. The official days come from {@code supervision/public-holidays.yml};
 * administrators change single days through {@code /api/calendar}.
 *
 * <p><b>A year without its notice is provisional.</b> The State Council announces a year's holidays
 * (with their 调休) only weeks before it starts. Until every statutory holiday of a year that falls
 * on a weekday has its row, the year is provisional: a day without a row that is a statutory holiday
 * ({@link StatutoryHolidays}) is still not a working day, so a deadline across 31 December skips
 * 元旦, but no bridge day or 调休 is guessed. A deadline counted across such a year says so
 * ({@link #provisionalYears}, {@link #provisionalNote}) and is counted again when the notice is
 * entered ({@link ProvisionalDeadlines}).
 *
 * <p><b>How a deadline is counted.</b> As for legal periods, the day the matter is received (the
 * start day, taken in China time) is not counted. A limit of <i>n</i> working days ends at
 * 23:59:59 China time of the <i>n</i>-th working day after the start day, whether or not the start
 * day itself is a working day: a matter assigned on Tuesday 30 September 2025 with 1 working day is
 * due on Thursday 9 October 2025 at 23:59:59, after the 国庆节、中秋节 holiday. A limit of <i>n</i>
 * calendar days ends at 23:59:59 of the <i>n</i>-th day after the start day, holidays included; a
 * limit in hours ends exactly that many hours after the start. Every result carries the +08:00
 * offset.
 *
 * <p>Each year's exceptions are read from the database once and kept in memory; a change through
 * the API reloads them at once on this node, and other nodes of a cluster read them again when
 * their copy is older than {@link #FRESHNESS}.
 */
@Component
public class WorkingCalendar {
    /** A deadline ends with the last second of its day. */
    static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);
    /** How long another node's change may take to reach this one. */
    static final Duration FRESHNESS = Duration.ofMinutes(5);
    /** A stretch this long without a working day can only be a data error. */
    private static final int MAX_DAYS_WITHOUT_WORK = 366;

    private static final Pattern PROVISIONAL_NOTE =
            Pattern.compile("（\\d{4}(、\\d{4})*年放假安排尚未公布，暂按法定节假日计算）");

    private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

    private record Year(Map<LocalDate, DayKind> exceptions, boolean provisional, long loadedAt) {
    }

    private final IntFunction<List<CalendarDay>> exceptionsOfYear;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<Integer, Year> years = new ConcurrentHashMap<>();
    private final Set<Integer> warnedYears = ConcurrentHashMap.newKeySet();

    @Autowired
    WorkingCalendar(CalendarDayMapper mapper) {
        this(year -> mapper.findBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), System::nanoTime);
    }

    /** For tests: the exceptions of a year come from {@code exceptionsOfYear}, time from {@code nanoTime}. */
    WorkingCalendar(IntFunction<List<CalendarDay>> exceptionsOfYear, LongSupplier nanoTime) {
        this.exceptionsOfYear = exceptionsOfYear;
        this.nanoTime = nanoTime;
    }

    /** Whether people work on this day (a date of the Chinese calendar, no time zone involved). */
    public boolean isWorkingDay(LocalDate day) {
        DayKind exception = year(day.getYear()).exceptions().get(day);
        if (exception != null) {
            return exception == DayKind.WORKDAY;
        }
        // No notice can make a statutory holiday a working day, so it holds with or without a row.
        return !isWeekend(day) && !StatutoryHolidays.isStatutoryHoliday(day);
    }

    /** Whether the year's notice has not been entered yet, so its 调休 are unknown. */
    public boolean isProvisional(int year) {
        return year(year).provisional();
    }

    /**
     * The provisional years a count from {@code start} (not counted) through {@code end} crossed:
     * a deadline over them may still move when their notices are entered.
     */
    public SortedSet<Integer> provisionalYears(LocalDate start, LocalDate end) {
        SortedSet<Integer> provisional = new TreeSet<>();
        LocalDate first = start.plusDays(1);
        for (int y = first.getYear(); y <= end.getYear(); y++) {
            if (isProvisional(y)) {
                provisional.add(y);
            }
        }
        return provisional;
    }

    /** What a deadline's basis (依据) adds when it was counted over provisional years; "" for none. */
    public static String provisionalNote(SortedSet<Integer> years) {
        if (years.isEmpty()) {
            return "";
        }
        return "（" + years.stream().map(String::valueOf).collect(Collectors.joining("、"))
                + "年放假安排尚未公布，暂按法定节假日计算）";
    }

    /** A basis without the note {@link #provisionalNote} added, to count it again. */
    public static String withoutProvisionalNote(String basis) {
        return basis == null ? null : PROVISIONAL_NOTE.matcher(basis).replaceAll("");
    }

    /**
     * The {@code n}-th working day after {@code start}; {@code start} itself is not counted, and
     * {@code n = 0} gives {@code start}.
     */
    public LocalDate addWorkingDays(LocalDate start, int n) {
        Objects.requireNonNull(start, "start");
        requireNotNegative(n, "working days");
        LocalDate day = start;
        int counted = 0;
        int idle = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
                idle = 0;
            } else if (++idle > MAX_DAYS_WITHOUT_WORK) {
                throw new IllegalStateException("The working-day calendar has no working day between "
                        + day.minusDays(idle - 1) + " and " + day + "; check calendar_days");
            }
        }
        return day;
    }

    /**
     * Due at 23:59:59 China time of the {@code n}-th working day after the day (in China time) of
     * {@code from}; see the class comment for the rule.
     */
    public OffsetDateTime dueAfterWorkingDays(OffsetDateTime from, int n) {
        return endOf(addWorkingDays(chinaDate(from), n));
    }

    /** Due at 23:59:59 China time of the {@code n}-th calendar day after the day of {@code from}. */
    public OffsetDateTime dueAfterCalendarDays(OffsetDateTime from, int n) {
        requireNotNegative(n, "calendar days");
        return endOf(chinaDate(from).plusDays(n));
    }

    /** Due exactly {@code n} hours after {@code from}, given in China time. */
    public OffsetDateTime dueAfterHours(OffsetDateTime from, int n) {
        Objects.requireNonNull(from, "from");
        requireNotNegative(n, "hours");
        return from.toInstant().plus(Duration.ofHours(n)).atZone(ChinaTime.ZONE).toOffsetDateTime();
    }

    /** Forgets every year, so the next computation reads the table again. */
    void reload() {
        years.clear();
    }

    /**
     * Forgets every year once the current transaction commits (at once without one), so no reader
     * caches the rows as they were before the change.
     */
    void reloadAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    reload();
                }
            });
        } else {
            reload();
        }
    }

    private Year year(int year) {
        return years.compute(year, (y, cached) ->
                cached != null && nanoTime.getAsLong() - cached.loadedAt() < FRESHNESS.toNanos() ? cached : load(y));
    }

    private Year load(int year) {
        Map<LocalDate, DayKind> exceptions = new HashMap<>();
        for (CalendarDay day : exceptionsOfYear.apply(year)) {
            exceptions.put(day.day(), day.kind());
        }
        boolean provisional = StatutoryHolidays.of(year).stream()
                .anyMatch(d -> !isWeekend(d.day()) && exceptions.get(d.day()) != DayKind.HOLIDAY);
        if (provisional && warnedYears.add(year)) {
            log.warn("The working-day calendar has no State Council notice for {}: counting its statutory holidays"
                    + " only, without 调休, and marking deadlines over it provisional. Enter the notice in"
                    + " supervision/public-holidays.yml or through /api/calendar", year);
        }
        return new Year(Map.copyOf(exceptions), provisional, nanoTime.getAsLong());
    }

    private static boolean isWeekend(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
    }

    private static LocalDate chinaDate(OffsetDateTime from) {
        Objects.requireNonNull(from, "from");
        return from.atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
    }

    private static OffsetDateTime endOf(LocalDate day) {
        return day.atTime(END_OF_DAY).atZone(ChinaTime.ZONE).toOffsetDateTime();
    }

    private static void requireNotNegative(int n, String unit) {
        if (n < 0) {
            throw new IllegalArgumentException("A time limit of " + n + " " + unit + " is negative");
        }
    }
}
