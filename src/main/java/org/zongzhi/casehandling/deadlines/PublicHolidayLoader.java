package org.zongzhi.casehandling.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings calendar_days up to the holiday file. Idempotent: loading the same file again changes no
 * row. The file owns only the rows it wrote ({@code updated_by} = {@link #LOADER}); a day an
 * administrator set or removed through the API stays as they made it.
 */
@Component
public class PublicHolidayLoader {

    /** Who the loader's rows are updated by; Camunda user ids cannot contain ':', so no user is. */
    static final String LOADER = "system:public-holidays";

    private static final Logger log = LoggerFactory.getLogger(PublicHolidayLoader.class);

    private final CalendarDayMapper mapper;
    private final WorkingCalendar calendar;
    private final ProvisionalDeadlines provisional;
    private final Clock clock;

    PublicHolidayLoader(CalendarDayMapper mapper, WorkingCalendar calendar, ProvisionalDeadlines provisional,
                        Clock clock) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.provisional = provisional;
        this.clock = clock;
    }

    @Transactional
    public void load(Resource resource) {
        HolidayFile file = HolidayFile.read(resource);
        List<CalendarDay> wanted = file.exceptions(OffsetDateTime.now(clock), LOADER);
        mapper.lockForLoading();
        // The years covered, and a holiday reaching into the next or last year (元旦 may start on 30 December).
        LocalDate from = LocalDate.of(Collections.min(file.yearsCovered()), 1, 1);
        LocalDate to = LocalDate.of(Collections.max(file.yearsCovered()), 12, 31);
        for (CalendarDay day : wanted) {
            from = day.day().isBefore(from) ? day.day() : from;
            to = day.day().isAfter(to) ? day.day() : to;
        }
        Map<LocalDate, CalendarDay> existing = mapper.findBetween(from, to).stream()
                .collect(Collectors.toMap(CalendarDay::day, Function.identity()));
        Set<LocalDate> removed = new HashSet<>(mapper.findRemovalsBetween(from, to));

        int written = 0;
        int keptByAdministrators = 0;
        for (CalendarDay day : wanted) {
            CalendarDay now = existing.get(day.day());
            if (now == null) {
                if (removed.contains(day.day())) {
                    keptByAdministrators++;
                } else {
                    mapper.insert(day);
                    written++;
                }
            } else if (!LOADER.equals(now.updatedBy())) {
                keptByAdministrators++;
            } else if (!sameDay(now, day)) {
                written += mapper.updateOwnedBy(day, LOADER);
            }
        }
        // A day the file listed before and no longer does (a corrected date) goes, in the years it covers.
        Set<LocalDate> wantedDays = wanted.stream().map(CalendarDay::day).collect(Collectors.toSet());
        for (CalendarDay now : existing.values()) {
            if (LOADER.equals(now.updatedBy()) && !wantedDays.contains(now.day())
                    && file.yearsCovered().contains(now.day().getYear())) {
                written += mapper.deleteOwnedBy(now.day(), LOADER);
            }
        }
        calendar.reloadAfterCommit();
        if (written > 0) {
            provisional.recountAfterCommit("节假日文件载入了"
                    + file.yearsCovered().stream().sorted().map(String::valueOf).collect(Collectors.joining("、"))
                    + "年的放假安排");
        }
        log.info("Public holidays loaded from {} for {}: {} exceptions, {} rows written, {} days kept as an"
                        + " administrator set them", resource.getDescription(),
                file.yearsCovered().stream().sorted().toList(), wanted.size(), written, keptByAdministrators);
    }

    private static boolean sameDay(CalendarDay a, CalendarDay b) {
        return a.kind() == b.kind() && a.name().equals(b.name()) && a.source().equals(b.source());
    }
}
