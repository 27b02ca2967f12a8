package org.zongzhi.casehandling.deadlines;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.stereotype.Component;

/**
 * Evaluates the centre's policy tables (time limits, the escalation ladder) on behalf of the
 * engine. Inside a command they run without the current user's authorization: the liaison whose
 * completion created a task may not evaluate decision tables, but the centre's rules still apply.
 */
@Component
public class PolicyDecisions {

    private final DecisionService decisions;

    PolicyDecisions(DecisionService decisions) {
        this.decisions = decisions;
    }

    public Optional<DmnDecisionResultEntries> first(String decisionKey, Map<String, Object> inputs) {
        Callable<DmnDecisionResultEntries> evaluate = () -> decisions.evaluateDecisionByKey(decisionKey)
                .variables(inputs)
                .evaluate()
                .getFirstResult();
        CommandContext context = Context.getCommandContext();
        try {
            return Optional.ofNullable(context == null ? evaluate.call() : context.runWithoutAuthorization(evaluate));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Evaluating decision " + decisionKey + " with " + inputs + " failed", e);
        }
    }
}
