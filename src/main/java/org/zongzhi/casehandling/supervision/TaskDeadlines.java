package org.zongzhi.casehandling.supervision;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.concurrent.Callable;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Due dates from the decision table {@code timeLimits} (by grade and step), which administrators
 * edit in Modeler. Durations are calendar time counted in China time; working-day limits come
 * with the supervision calendar.
 */
@Component
public class TaskDeadlines {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DecisionService decisions;
    private final Clock clock;

    TaskDeadlines(DecisionService decisions, Clock clock) {
        this.decisions = decisions;
        this.clock = clock;
    }

    public record Deadline(OffsetDateTime due, String basis) {
    }

    public Deadline forStep(String step, String grade) {
        // Time limits are the centre's policy, evaluated for the engine, not for the user whose
        // completion created the task (a liaison may not evaluate decision tables).
        CommandContext context = Context.getCommandContext();
        Callable<DmnDecisionResultEntries> evaluate = () -> decisions.evaluateDecisionByKey("timeLimits")
                .variables(Map.of("step", step, "grade", grade == null ? "GENERAL" : grade))
                .evaluate()
                .getSingleResult();
        DmnDecisionResultEntries result = call(context == null ? evaluate : () -> context.runWithoutAuthorization(evaluate));
        if (result == null) {
            throw new IllegalStateException("Decision table timeLimits has no rule for step " + step + ", grade " + grade);
        }
        String dueIn = result.getEntry("dueIn");
        return new Deadline(add(ZonedDateTime.now(clock.withZone(CHINA)), dueIn).toOffsetDateTime(),
                result.getEntry("basis"));
    }

    private static DmnDecisionResultEntries call(Callable<DmnDecisionResultEntries> evaluation) {
        try {
            return evaluation.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Evaluating timeLimits failed", e);
        }
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
