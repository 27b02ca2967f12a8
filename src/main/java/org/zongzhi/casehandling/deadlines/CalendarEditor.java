package org.zongzhi.casehandling.deadlines;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator's changes to single days of the calendar. They win over the holiday file: the
 * loader skips a day someone else updated and a day removed here.
 */
@Service
class CalendarEditor {

    private static final Logger log = LoggerFactory.getLogger(CalendarEditor.class);

    private final CalendarDayMapper mapper;
    private final WorkingCalendar calendar;
    private final ProvisionalDeadlines provisional;
    private final Clock clock;

    CalendarEditor(CalendarDayMapper mapper, WorkingCalendar calendar, ProvisionalDeadlines provisional,
                   Clock clock) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.provisional = provisional;
        this.clock = clock;
    }

    @Transactional
    CalendarDay set(LocalDate day, DayKind kind, String name, String source, String user) {
        mapper.upsert(new CalendarDay(day, kind, name, source, OffsetDateTime.now(clock), user));
        mapper.deleteRemoval(day);
        calendar.reloadAfterCommit();
        provisional.recountAfterCommit(user + "在工作日历中将" + day + "设为" + kind.label() + "（" + name + "，" + source + "）");
        log.info("Calendar day {} set to {} ({}) by {}", day, kind, name, user);
        return mapper.find(day);
    }

    /** Returns false when the day had no exception to remove. */
    @Transactional
    boolean remove(LocalDate day, String user) {
        if (mapper.delete(day) == 0) {
            return false;
        }
        mapper.upsertRemoval(day, OffsetDateTime.now(clock), user);
        calendar.reloadAfterCommit();
        provisional.recountAfterCommit(user + "在工作日历中删除了" + day + "的节假日或调休安排");
        log.info("Calendar day {} removed by {}: an ordinary day again", day, user);
        return true;
    }
}
