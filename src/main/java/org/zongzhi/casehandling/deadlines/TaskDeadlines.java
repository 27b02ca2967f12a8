package org.zongzhi.casehandling.deadlines;

import static org.zongzhi.casehandling.process.ProcessVariables.GRADE;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.SortedSet;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * Due dates from the decision table {@code timeLimits} (by grade and step), which administrators
 * edit in Modeler, in the unit the rule states ({@code countIn}): HOURS exactly, CALENDAR_DAYS as
 * calendar time in China time, WORKING_DAYS by the holiday calendar (end of the n-th working day).
 */
@Component
public class TaskDeadlines {

    private final PolicyDecisions decisions;
    private final WorkingCalendar calendar;
    private final Clock clock;

    TaskDeadlines(PolicyDecisions decisions, WorkingCalendar calendar, Clock clock) {
        this.decisions = decisions;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * A due date and its basis (依据) as shown on the task. A count in working days keeps where it
     * started and how many days it counted, so it can be counted again; {@code provisional} when it
     * crossed a year whose holiday notice is not entered yet (the basis then says so).
     */
    public record Deadline(OffsetDateTime due, String basis, OffsetDateTime countedFrom, Integer workingDays,
                           boolean provisional) {

        public Deadline(OffsetDateTime due, String basis) {
            this(due, basis, null, null, false);
        }
    }

    public Deadline forStep(String step, String grade) {
        return forStep(step, grade, OffsetDateTime.now(clock));
    }

    /** The due date of a step that started at {@code from}, e.g. 研判分流 counted from acceptance. */
    public Deadline forStep(String step, String grade, OffsetDateTime from) {
        DmnDecisionResultEntries result = decisions.first("timeLimits",
                        Map.of("step", step, GRADE, grade == null ? "GENERAL" : grade))
                .orElseThrow(() -> new IllegalStateException(
                        "Decision table timeLimits has no rule for step " + step + ", grade " + grade));
        String dueIn = result.getEntry("dueIn");
        String countIn = result.getEntry("countIn");
        String basis = result.getEntry("basis");
        if ("WORKING_DAYS".equals(countIn)) {
            return countWorkingDays(from, Period.parse(dueIn).getDays(), basis);
        }
        return new Deadline(add(from.atZoneSameInstant(ChinaTime.ZONE), dueIn).toOffsetDateTime(), basis);
    }

    /**
     * {@code n} working days from {@code from} on the calendar as it stands now, with the rule's
     * {@code basis} (a note on provisional years it may carry from an earlier count is replaced).
     */
    public Deadline countWorkingDays(OffsetDateTime from, int n, String basis) {
        OffsetDateTime start = from.atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime due = calendar.dueAfterWorkingDays(start, n);
        SortedSet<Integer> provisional = calendar.provisionalYears(start.toLocalDate(), due.toLocalDate());
        String shown = WorkingCalendar.withoutProvisionalNote(basis) + WorkingCalendar.provisionalNote(provisional);
        return new Deadline(due, shown, start, n, !provisional.isEmpty());
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
