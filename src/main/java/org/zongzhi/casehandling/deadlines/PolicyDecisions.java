package org.zongzhi.casehandling.deadlines;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.springframework.stereotype.Component;

/**
 * Evaluates the centre's policy tables (time limits, the escalation ladder, a matter's competent
 * unit for a warning) on behalf of the engine. Inside a command they run without the current
 * user's authorization: the liaison whose completion created a task may not evaluate decision
 * tables, but the centre's rules still apply.
 *
 * <p>A policy table answers the same inputs the same way until an administrator deploys a new
 * version, and every case asks it the same few questions (研判定级 with grade GENERAL, rung 1 of
 * step ASSESS …): the answer is kept per deployed version and inputs. The latest version is looked
 * up on every call (one indexed query), so a table deployed on any node applies at once. Each
 * evaluation cost a FEEL run and five to ten history rows per task (issue 17, bench/run intake).
 */
@Component
public class PolicyDecisions {

    /** More distinct questions than the tables have rows means inputs that vary freely: start over. */
    private static final int MAX_ANSWERS = 10_000;

    private record Question(String definitionId, Map<String, Object> inputs) {
    }

    private final DecisionService decisions;
    private final RepositoryService repository;
    private final Map<Question, Optional<DmnDecisionResultEntries>> answers = new ConcurrentHashMap<>();

    PolicyDecisions(DecisionService decisions, RepositoryService repository) {
        this.decisions = decisions;
        this.repository = repository;
    }

    public Optional<DmnDecisionResultEntries> first(String decisionKey, Map<String, Object> inputs) {
        Callable<Optional<DmnDecisionResultEntries>> evaluate = () -> {
            DecisionDefinition latest = repository.createDecisionDefinitionQuery().decisionDefinitionKey(decisionKey)
                    .withoutTenantId().latestVersion().singleResult();
            if (latest == null) {
                throw new IllegalStateException("Decision table " + decisionKey + " is not deployed");
            }
            Question question = new Question(latest.getId(), Map.copyOf(inputs));
            Optional<DmnDecisionResultEntries> known = answers.get(question);
            if (known != null) {
                return known;
            }
            Optional<DmnDecisionResultEntries> answer = Optional.ofNullable(decisions.evaluateDecisionById(latest.getId())
                    .variables(inputs).evaluate().getFirstResult());
            if (answers.size() >= MAX_ANSWERS) {
                answers.clear();
            }
            answers.put(question, answer);
            return answer;
        };
        CommandContext context = Context.getCommandContext();
        try {
            return context == null ? evaluate.call() : context.runWithoutAuthorization(evaluate);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Evaluating decision " + decisionKey + " with " + inputs + " failed", e);
        }
    }
}
