package org.zongzhi.casehandling.deadlines;

import static org.zongzhi.casehandling.process.ProcessVariables.DUE_BASIS;
import static org.zongzhi.casehandling.process.ProcessVariables.DUE_COUNTED_FROM;
import static org.zongzhi.casehandling.process.ProcessVariables.DUE_PROVISIONAL;
import static org.zongzhi.casehandling.process.ProcessVariables.DUE_WORKING_DAYS;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE_BASIS;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE_COUNTED;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE_COUNTED_FROM;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE_PROVISIONAL;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE_WORKING_DAYS;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.cases.TrailEvent;
import org.zongzhi.casehandling.process.ProcessKeys;
import org.zongzhi.casehandling.process.TaskKeys;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * Deadlines counted over a year whose holiday notice was not entered yet ({@link WorkingCalendar}:
 * provisional) are counted again whenever the calendar changes: through the API or the holiday file.
 * What moved gets its new due date everywhere it is held (the task, the ledger's due_at, the
 * handling deadline and the ladder's timers) and a trail line; a deadline whose years are all
 * entered now is no longer provisional and its basis no longer says so.
 *
 * <p>What it needs to count again it keeps beside the deadline: task-local variables for a task's
 * own deadline, process variables for the handling deadline (which an extension may have moved on).
 */
@Service
public class ProvisionalDeadlines {

    private static final Logger log = LoggerFactory.getLogger(ProvisionalDeadlines.class);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final ManagementService management;
    private final TaskDeadlines deadlines;
    private final WorkingCalendar calendar;
    private final CaseLedger ledger;
    private final HandlingDeadlineMover mover;
    private final TransactionTemplate newTransaction;

    ProvisionalDeadlines(TaskService tasks, RuntimeService runtime, ManagementService management,
                         TaskDeadlines deadlines, WorkingCalendar calendar, CaseLedger ledger,
                         HandlingDeadlineMover mover, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.management = management;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.ledger = ledger;
        this.mover = mover;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** What a task keeps of a deadline to count it again; nothing for a deadline that is settled. */
    public static Map<String, Object> taskVariables(TaskDeadlines.Deadline deadline) {
        if (!deadline.provisional()) {
            return Map.of();
        }
        return Map.of(DUE_PROVISIONAL, true, DUE_COUNTED_FROM, Date.from(deadline.countedFrom().toInstant()),
                DUE_WORKING_DAYS, deadline.workingDays());
    }

    static Map<String, Object> handlingVariables(TaskDeadlines.Deadline deadline) {
        return Map.of(HANDLING_DUE_PROVISIONAL, true,
                HANDLING_DUE_COUNTED_FROM, Date.from(deadline.countedFrom().toInstant()),
                HANDLING_DUE_WORKING_DAYS, deadline.workingDays(),
                HANDLING_DUE_COUNTED, Date.from(deadline.due().toInstant()));
    }

    /**
     * Counts again once the calendar change of the current transaction is committed (at once
     * without one), in a transaction of its own, on the calendar as committed.
     */
    void recountAfterCommit(String why) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    calendar.reload();
                    recount(why);
                }
            });
        } else {
            calendar.reload();
            recount(why);
        }
    }

    /**
     * Counts every open provisional deadline again, and the ladder's timers after them; {@code why}
     * ends each trail line. Each deadline in a transaction of its own: one that fails (logged with
     * its case) leaves the others counted.
     */
    void recount(String why) {
        int moved = 0;
        for (Task task : tasks.createTaskQuery().taskVariableValueEquals(DUE_PROVISIONAL, true).list()) {
            moved += inOwnTransaction("task " + task.getId(), task.getProcessInstanceId(), () -> recountTask(task, why));
        }
        for (ProcessInstance unit : runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.UNIT_HANDLING)
                .variableValueEquals(HANDLING_DUE_PROVISIONAL, true).list()) {
            moved += inOwnTransaction("handling deadline", unit.getId(), () -> recountHandling(unit, why));
        }
        for (Job timer : management.createJobQuery().processDefinitionKey(ProcessKeys.UNIT_HANDLING).timers().list()) {
            moved += inOwnTransaction("ladder timer " + timer.getId(), timer.getProcessInstanceId(),
                    () -> recountTimer(timer, why));
        }
        log.info("Deadlines counted again after a calendar change ({}): {} changed", why, moved);
    }

    private int inOwnTransaction(String what, String processInstanceId, BooleanSupplier recount) {
        try {
            return Boolean.TRUE.equals(newTransaction.execute(status -> recount.getAsBoolean())) ? 1 : 0;
        } catch (RuntimeException e) {
            log.error("Could not count the {} of process instance {} again after a calendar change; it keeps its"
                    + " deadline", what, processInstanceId, e);
            return 0;
        }
    }

    private boolean recountTask(Task task, String why) {
        Map<String, Object> kept = tasks.getVariablesLocal(task.getId(),
                List.of(DUE_COUNTED_FROM, DUE_WORKING_DAYS, DUE_BASIS));
        TaskDeadlines.Deadline now = deadlines.countWorkingDays(
                ((Date) kept.get(DUE_COUNTED_FROM)).toInstant().atOffset(ZoneOffset.UTC),
                ((Number) kept.get(DUE_WORKING_DAYS)).intValue(), (String) kept.get(DUE_BASIS));
        OffsetDateTime before = task.getDueDate() == null ? null : china(task.getDueDate());
        boolean moved = before == null || !before.toInstant().equals(now.due().toInstant());
        if (!moved && now.provisional()) {
            return false;
        }
        String caseNo = caseOf(task.getProcessInstanceId());
        if (moved) {
            task.setDueDate(Date.from(now.due().toInstant()));
            tasks.saveTask(task);
            // The ledger's due date is the one of the unit's current task; follow it only if it was this one.
            if (before != null && ledger.find(caseNo).map(CaseRecord::dueAt)
                    .filter(d -> d.toInstant().equals(before.toInstant())).isPresent()) {
                ledger.recordDue(caseNo, now.due());
            }
        }
        tasks.setVariableLocal(task.getId(), DUE_BASIS, now.basis());
        if (!now.provisional()) {
            tasks.removeVariablesLocal(task.getId(), List.of(DUE_PROVISIONAL, DUE_COUNTED_FROM, DUE_WORKING_DAYS));
        }
        ledger.recordStep(caseNo, null, ProcessActor.SYSTEM, TrailEvent.DEADLINE_RECOUNTED,
                "“" + task.getName() + "”" + change(before, now.due(), now.provisional()) + "：" + why);
        return true;
    }

    private boolean recountHandling(ProcessInstance unit, String why) {
        String id = unit.getId();
        Map<String, Object> kept = runtime.getVariables(id, List.of(HANDLING_DUE_COUNTED_FROM, HANDLING_DUE_WORKING_DAYS,
                HANDLING_DUE_COUNTED, HANDLING_DUE, HANDLING_DUE_BASIS));
        TaskDeadlines.Deadline counted = deadlines.countWorkingDays(
                ((Date) kept.get(HANDLING_DUE_COUNTED_FROM)).toInstant().atOffset(ZoneOffset.UTC),
                ((Number) kept.get(HANDLING_DUE_WORKING_DAYS)).intValue(), (String) kept.get(HANDLING_DUE_BASIS));
        Date due = (Date) kept.get(HANDLING_DUE);
        // An approved extension moved the counted deadline on by whole days: keep it moved.
        Duration extended = Duration.between(((Date) kept.get(HANDLING_DUE_COUNTED)).toInstant(), due.toInstant());
        OffsetDateTime before = china(due);
        OffsetDateTime after = counted.due().plus(extended);
        boolean moved = !before.toInstant().equals(after.toInstant());
        if (!moved && counted.provisional()) {
            return false;
        }
        String caseNo = unit.getBusinessKey();
        mover.move(caseNo, after, counted.basis(), (name, value) -> runtime.setVariable(id, name, value),
                ProcessActor.SYSTEM, TrailEvent.DEADLINE_RECOUNTED, "办理" + change(before, after, counted.provisional())
                        + "：" + why);
        if (counted.provisional()) {
            runtime.setVariable(id, HANDLING_DUE_COUNTED, Date.from(counted.due().toInstant()));
        } else {
            runtime.removeVariables(id, List.of(HANDLING_DUE_PROVISIONAL, HANDLING_DUE_COUNTED_FROM, HANDLING_DUE_WORKING_DAYS,
                    HANDLING_DUE_COUNTED));
        }
        // The unit's open handling task shows the handling deadline.
        for (Task handle : tasks.createTaskQuery().processInstanceId(id).taskDefinitionKey(TaskKeys.HANDLE).list()) {
            handle.setDueDate(Date.from(after.toInstant()));
            tasks.saveTask(handle);
            tasks.setVariableLocal(handle.getId(), DUE_BASIS, counted.basis());
        }
        return true;
    }

    /** The ladder's timers are set from the handling deadline and the calendar: evaluate them again. */
    private boolean recountTimer(Job timer, String why) {
        Date before = timer.getDuedate();
        management.recalculateJobDuedate(timer.getId(), false);
        Date after = management.createJobQuery().jobId(timer.getId()).singleResult().getDuedate();
        if (Objects.equals(before, after)) {
            return false;
        }
        ledger.recordStep(caseOf(timer.getProcessInstanceId()), null, ProcessActor.SYSTEM, TrailEvent.DEADLINE_RECOUNTED,
                "逾期督办时间由" + shown(china(before)) + "调整为" + shown(china(after)) + "：" + why);
        return true;
    }

    private String caseOf(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult()
                .getBusinessKey();
    }

    /** E.g. 期限由2027年1月4日23:59调整为2027年1月5日23:59, or 期限2027年1月4日23:59不变，不再为暂定. */
    private static String change(OffsetDateTime before, OffsetDateTime after, boolean stillProvisional) {
        if (before != null && before.toInstant().equals(after.toInstant())) {
            return "期限" + shown(after) + "不变，不再为暂定";
        }
        return "期限由" + (before == null ? "未定" : shown(before)) + "调整为" + shown(after)
                + (stillProvisional ? "（仍为暂定）" : "");
    }

    private static String shown(OffsetDateTime due) {
        return due.getYear() + "年" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日"
                + String.format("%02d:%02d", due.getHour(), due.getMinute());
    }

    private static OffsetDateTime china(Date date) {
        return date.toInstant().atZone(ChinaTime.ZONE).toOffsetDateTime();
    }
}
