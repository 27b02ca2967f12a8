package org.zongzhi.casehandling.workflow;

import static org.zongzhi.casehandling.process.ProcessVariables.CASE_CARD;
import static org.zongzhi.casehandling.process.ProcessVariables.CASE_NO;
import static org.zongzhi.casehandling.process.ProcessVariables.DUE_BASIS;
import static org.zongzhi.casehandling.process.ProcessVariables.GRADE;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE_BASIS;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_OUTCOME;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_WAY;
import static org.zongzhi.casehandling.process.ProcessVariables.LEAD_UNIT;
import static org.zongzhi.casehandling.process.ProcessVariables.ON_SPOT_RESOLVED;
import static org.zongzhi.casehandling.process.ProcessVariables.REACHED;
import static org.zongzhi.casehandling.process.ProcessVariables.SATISFACTION;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.cases.CaseTerms;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.cases.StepValue;
import org.zongzhi.casehandling.cases.TrailEvent;
import org.zongzhi.casehandling.deadlines.ProvisionalDeadlines;
import org.zongzhi.casehandling.deadlines.TaskDeadlines;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.process.TaskKeys;
import org.zongzhi.casehandling.process.UnitGroups;

/**
 * Keeps the ledger in step with every user task of the case processes. Each task names, as
 * extension properties in the BPMN, the case status it stands for ({@code caseStatus}) and the
 * time-limit step ({@code timeLimitStep}) of the {@code timeLimits} decision table.
 * <ul>
 *   <li>create: due date and its basis (依据), ledger status, trail line;</li>
 *   <li>complete: the form's required fields and the step's own rules (a clear 400 otherwise,
 *       nothing saved), then a trail line and a {@link StepCompleted} event.</li>
 * </ul>
 */
@Component("caseTaskListener")
public class CaseTaskListener implements TaskListener {

    /** The handling way of a 当场调解 at the centre, as {@code handling_outcomes} keeps it. */
    static final String ON_SPOT_MEDIATION = "ON_SPOT_MEDIATION";

    private final CaseLedger ledger;
    private final TaskDeadlines deadlines;
    private final StepRules rules;
    private final Directory places;
    private final FormOptions options;
    private final ApplicationEventPublisher events;

    CaseTaskListener(CaseLedger ledger, TaskDeadlines deadlines, StepRules rules, Directory places,
                     FormOptions options, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.events = events;
        this.options = options;
        this.deadlines = deadlines;
        this.rules = rules;
        this.places = places;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseNo = CaseKey.of(task);
        if (caseNo == null) {
            throw new IllegalStateException("Task " + task.getTaskDefinitionKey() + " of process instance "
                    + task.getProcessInstanceId() + " has no caseNo variable");
        }
        switch (task.getEventName()) {
            case EVENTNAME_CREATE -> created(task, caseNo);
            case EVENTNAME_COMPLETE -> completed(task, caseNo);
            default -> { }
        }
    }

    private void created(DelegateTask task, String caseNo) {
        String step = property(task, "timeLimitStep");
        if (step != null) {
            TaskDeadlines.Deadline deadline = dueFor(task, step);
            task.setDueDate(Date.from(deadline.due().toInstant()));
            task.setVariableLocal(DUE_BASIS, deadline.basis());
            task.setVariablesLocal(ProvisionalDeadlines.taskVariables(deadline));
            if ("SIGN".equals(step) || "HANDLE".equals(step)) {
                ledger.recordDue(caseNo, deadline.due());
            }
        }
        task.setVariableLocal(CASE_NO, caseNo);
        task.setVariableLocal(CASE_CARD, card(caseNo));
        options.offer(task);
        task.getCandidates().forEach(link -> {
            if (UnitGroups.isUnit(link.getGroupId())) {
                ledger.recordOrder(caseNo, link.getGroupId(), task.getTaskDefinitionKey());
            }
        });
        String status = property(task, "caseStatus");
        ledger.recordStep(caseNo, status == null ? null : CaseStatus.valueOf(status), ProcessActor.SYSTEM,
                TrailEvent.TASK_CREATED, "待办：" + task.getName() + candidates(task));
    }

    /** The handling deadline is fixed before 限时办理 starts (and moved by extensions): use it. */
    private TaskDeadlines.Deadline dueFor(DelegateTask task, String step) {
        if ("HANDLE".equals(step) && task.getVariable(HANDLING_DUE) instanceof Date due) {
            return new TaskDeadlines.Deadline(due.toInstant().atOffset(ZoneOffset.UTC),
                    (String) task.getVariable(HANDLING_DUE_BASIS));
        }
        return deadlines.forStep(step, (String) task.getVariable(GRADE));
    }

    private void completed(DelegateTask task, String caseNo) {
        JsonNode form = RequiredFields.read(task.getProcessEngineServices().getFormService()
                .getDeployedTaskForm(task.getId()));
        List<String> problems = new ArrayList<>(RequiredFields.missing(form, task::getVariable));
        problems.addAll(rules.check(task.getTaskDefinitionKey(), task::getVariable));
        if (!problems.isEmpty()) {
            // The form and the step's rules may both name a missing field: once is enough.
            throw RequiredFields.rejection(task.getName(), List.copyOf(new java.util.LinkedHashSet<>(problems)));
        }
        List<StepValue> entered = RequiredFields.entered(form, task::getVariable);
        ledger.recordStep(caseNo, null, ProcessActor.of(task), TrailEvent.TASK_COMPLETED,
                "完成：" + task.getName() + rules.summary(task.getTaskDefinitionKey(), task::getVariable), entered);
        recordFacts(task, caseNo);
        Map<String, Object> values = new HashMap<>();
        for (StepValue value : entered) {
            Object raw = task.getVariable(value.key());
            if (raw != null) {
                values.put(value.key(), raw);
            }
        }
        events.publishEvent(new StepCompleted(caseNo, task.getTaskDefinitionKey(), ProcessActor.of(task), values));
        rules.afterCompletion(task);
        if (TaskKeys.LEADER_PLAN.equals(task.getTaskDefinitionKey())) {
            String unit = StepRules.text(task::getVariable, LEAD_UNIT);
            ledger.recordResponsibleUnit(caseNo, unit, ProcessActor.of(task), "一事一策：牵头单位 " + rules.unitName(unit));
        }
    }

    /** The checked codes the figures count (docs/figures.md): 办理结果 and 回访, beside the trail's labels. */
    private void recordFacts(DelegateTask task, String caseNo) {
        switch (task.getTaskDefinitionKey()) {
            case TaskKeys.HANDLE -> {
                String outcome = StepRules.text(task::getVariable, HANDLING_OUTCOME);
                if (outcome != null && !"EXTENSION".equals(outcome)) {
                    ledger.recordOutcome(caseNo, TaskKeys.HANDLE, StepRules.text(task::getVariable, HANDLING_WAY),
                            outcome);
                }
            }
            case TaskKeys.MEDIATE_ON_SPOT -> ledger.recordOutcome(caseNo, TaskKeys.MEDIATE_ON_SPOT, ON_SPOT_MEDIATION,
                    "YES".equals(StepRules.text(task::getVariable, ON_SPOT_RESOLVED)) ? "AGREEMENT" : "NOT_RESOLVED");
            case TaskKeys.RETURN_VISIT -> ledger.recordVisit(caseNo,
                    "YES".equals(StepRules.text(task::getVariable, REACHED)),
                    StepRules.text(task::getVariable, SATISFACTION));
            default -> { }
        }
    }

    /** What a Tasklist card shows under the case number, so that twenty 研判定级 can be told apart. */
    private String card(String caseNo) {
        return ledger.find(caseNo).map(c -> String.join("·", c.matterType(),
                places.townshipName(c.townshipCode()).replace("综治中心", ""),
                c.grade() == null ? "待定级" : CaseTerms.GRADES.getOrDefault(c.grade(), c.grade()))).orElse("");
    }

    private static String candidates(DelegateTask task) {
        List<String> groups = new ArrayList<>();
        task.getCandidates().forEach(link -> {
            if (link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        });
        return groups.isEmpty() ? "" : "（" + String.join("、", groups) + "）";
    }

    private static String property(DelegateTask task, String name) {
        UserTask element = (UserTask) task.getBpmnModelElementInstance();
        if (element == null || element.getExtensionElements() == null) {
            return null;
        }
        for (CamundaProperties properties : element.getExtensionElements().getElementsQuery()
                .filterByType(CamundaProperties.class).list()) {
            for (CamundaProperty property : properties.getCamundaProperties()) {
                if (name.equals(property.getCamundaName())) {
                    return property.getCamundaValue();
                }
            }
        }
        return null;
    }
}
