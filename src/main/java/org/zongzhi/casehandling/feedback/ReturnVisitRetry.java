package org.zongzhi.casehandling.feedback;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.deadlines.WorkingCalendar;
import org.zongzhi.casehandling.time.ChinaTime;

/** When a return visit that did not reach the citizen is tried again: the next working day, 9:00 China time. */
@Component("returnVisitRetry")
public class ReturnVisitRetry {

    static final LocalTime VISIT_HOURS_BEGIN = LocalTime.of(9, 0);

    private final WorkingCalendar calendar;
    private final Clock clock;

    ReturnVisitRetry(WorkingCalendar calendar, Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Called by the timer of 下一工作日再访 in case-handling.bpmn. */
    public Date nextWorkingDay() {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        return Date.from(calendar.addWorkingDays(today, 1).atTime(VISIT_HOURS_BEGIN)
                .atZone(ChinaTime.ZONE).toInstant());
    }
}
