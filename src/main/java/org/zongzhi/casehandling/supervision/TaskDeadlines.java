package org.zongzhi.casehandling.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;

/**
 * Due dates from the decision table {@code timeLimits} (by grade and step), which administrators
 * edit in Modeler, in the unit the rule states ({@code countIn}): HOURS exactly, CALENDAR_DAYS as
 * calendar time in China time, WORKING_DAYS by the holiday calendar (end of the n-th working day).
 */
@Component
public class TaskDeadlines {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final PolicyDecisions decisions;
    private final WorkingCalendar calendar;
    private final Clock clock;

    TaskDeadlines(PolicyDecisions decisions, WorkingCalendar calendar, Clock clock) {
        this.decisions = decisions;
        this.calendar = calendar;
        this.clock = clock;
    }

    public record Deadline(OffsetDateTime due, String basis) {
    }

    public Deadline forStep(String step, String grade) {
        return forStep(step, grade, OffsetDateTime.now(clock));
    }

    /** The due date of a step that started at {@code from}, e.g. 研判分流 counted from acceptance. */
    public Deadline forStep(String step, String grade, OffsetDateTime from) {
        DmnDecisionResultEntries result = decisions.first("timeLimits",
                        Map.of("step", step, "grade", grade == null ? "GENERAL" : grade))
                .orElseThrow(() -> new IllegalStateException(
                        "Decision table timeLimits has no rule for step " + step + ", grade " + grade));
        String dueIn = result.getEntry("dueIn");
        String countIn = result.getEntry("countIn");
        ZonedDateTime start = from.atZoneSameInstant(CHINA);
        OffsetDateTime due = "WORKING_DAYS".equals(countIn)
                ? calendar.dueAfterWorkingDays(start.toOffsetDateTime(), Period.parse(dueIn).getDays())
                : add(start, dueIn).toOffsetDateTime();
        return new Deadline(due, result.getEntry("basis"));
    }

    /** Adds an ISO-8601 duration such as P7D, PT1H or P1DT12H. */
    static ZonedDateTime add(ZonedDateTime from, String iso) {
        int t = iso.indexOf('T');
        if (t < 0) {
            return from.plus(Period.parse(iso));
        }
        ZonedDateTime dated = t > 1 ? from.plus(Period.parse(iso.substring(0, t))) : from;
        return dated.plus(Duration.parse("P" + iso.substring(t)));
    }
}
