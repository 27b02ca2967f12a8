package org.zongzhi.casehandling.letters;

import static org.zongzhi.casehandling.process.ProcessVariables.LEADER;
import static org.zongzhi.casehandling.process.ProcessVariables.MATTER_TYPE;
import static org.zongzhi.casehandling.process.ProcessVariables.RESPONSIBLE;
import static org.zongzhi.casehandling.process.ProcessVariables.STEP_DUE;
import static org.zongzhi.casehandling.process.ProcessVariables.SUPERVISED_STEP;
import static org.zongzhi.casehandling.process.ProcessVariables.SUPERVISED_STEP_NAME;
import static org.zongzhi.casehandling.process.ProcessVariables.SUPERVISED_TASK_ID;
import static org.zongzhi.casehandling.process.ProcessVariables.SUPERVISION_LADDER_ID;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.engineguard.SanctionedStarts;
import org.zongzhi.casehandling.process.ProcessKeys;
import org.zongzhi.casehandling.process.UnitGroups;

/**
 * Supervises every step that has a time limit (a user task naming its {@code timeLimitStep}),
 * attached to each such task once by {@link StepSupervisionPlugin}:
 * <ul>
 *   <li>create: the step is open (for the daily list), and unless the unit's handling is late
 *       (限时办理 has its own escalation sub-process) a {@code supervisionLadder} instance waits for
 *       the task's due date, then climbs the step's rungs of the escalationLadder table;</li>
 *   <li>complete or delete: the step is closed and its ladder ends, timer and all, so a step done in
 *       time never gets a letter and a late one gets no more.</li>
 * </ul>
 * A step with no rung 1 in the table is only listed, not chased.
 */
@Component
class StepSupervision {

    private static final Logger log = LoggerFactory.getLogger(StepSupervision.class);

    private final OpenStepMapper openSteps;
    private final EscalationLadder ladder;
    private final Clock clock;

    StepSupervision(OpenStepMapper openSteps, EscalationLadder ladder, Clock clock) {
        this.openSteps = openSteps;
        this.ladder = ladder;
        this.clock = clock;
    }

    void created(DelegateTask task, String step) {
        if (task.getDueDate() == null) {
            return;
        }
        String caseNo = CaseKey.of(task);
        String responsible = responsible(task);
        OffsetDateTime due = task.getDueDate().toInstant().atOffset(ZoneOffset.UTC);
        openSteps.open(task.getId(), caseNo, step, task.getName(), responsible, due, OffsetDateTime.now(clock));
        if (EscalationLadder.HANDLE.equals(step) || ladder.rung(step, 1).isEmpty()) {
            return;
        }
        Map<String, Object> variables = new HashMap<>();
        variables.put(SUPERVISED_TASK_ID, task.getId());
        variables.put(SUPERVISED_STEP, step);
        variables.put(SUPERVISED_STEP_NAME, task.getName());
        variables.put(STEP_DUE, task.getDueDate());
        variables.put(RESPONSIBLE, responsible);
        variables.put(MATTER_TYPE, task.getVariable(MATTER_TYPE));
        Object leader = task.getVariable(LEADER);
        if (leader != null) {
            variables.put(LEADER, leader);
        }
        RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
        // The user whose completion created this task may not start processes: the centre's rule applies.
        String ladderId = withoutAuthorization(() -> SanctionedStarts.run(caseNo, () -> runtime
                .createProcessInstanceByKey(ProcessKeys.SUPERVISION_LADDER).businessKey(caseNo).setVariables(variables).execute()
                .getId()));
        task.setVariableLocal(SUPERVISION_LADDER_ID, ladderId);
        log.debug("Case {}: step {} owed by {} is supervised from {}", caseNo, step, responsible, due);
    }

    void ended(DelegateTask task) {
        openSteps.close(task.getId());
        if (!(task.getVariableLocal(SUPERVISION_LADDER_ID) instanceof String ladderId)) {
            return; // no ladder: the step has no rung 1, or it is the unit's handling
        }
        RuntimeService runtime = task.getProcessEngineServices().getRuntimeService();
        withoutAuthorization(() -> runtime.createMessageCorrelation(ProcessKeys.STEP_DONE_MESSAGE)
                .processInstanceId(ladderId)
                .correlateAllWithResult());
    }

    /** Whether the step's task is still open: a ladder whose task vanished unnoticed sends nothing more. */
    static boolean stillOpen(org.camunda.bpm.engine.delegate.DelegateExecution ladder) {
        Object taskId = ladder.getVariable(SUPERVISED_TASK_ID);
        return taskId instanceof String id && withoutAuthorization(() -> ladder.getProcessEngineServices()
                .getTaskService().createTaskQuery().taskId(id).count() > 0);
    }

    /**
     * Who owes the step: the unit among the candidate groups, else the centre's post listed first in
     * the task's candidateGroups (会商研判会 is "leader,assessor": the leader convenes it), else the
     * assignee.
     */
    static String responsible(DelegateTask task) {
        List<String> groups = new ArrayList<>();
        for (var link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        Optional<String> unit = groups.stream().filter(UnitGroups::isUnit).sorted().findFirst();
        if (unit.isPresent()) {
            return unit.get();
        }
        UserTask element = task.getBpmnModelElementInstance();
        String declared = element == null || element.getCamundaCandidateGroups() == null ? ""
                : element.getCamundaCandidateGroups();
        Optional<String> post = groups.stream().min(Comparator
                .comparingInt((String g) -> declared.indexOf(g) < 0 ? Integer.MAX_VALUE : declared.indexOf(g))
                .thenComparing(Comparator.naturalOrder()));
        if (post.isPresent()) {
            return post.get();
        }
        if (task.getAssignee() != null) {
            return task.getAssignee();
        }
        throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " of case " + CaseKey.of(task)
                + " has no candidate group and no assignee: nobody owes the step");
    }

    private static <T> T withoutAuthorization(Supplier<T> work) {
        CommandContext context = Context.getCommandContext();
        return context == null ? work.get() : context.runWithoutAuthorization(work::get);
    }
}
