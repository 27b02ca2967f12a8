package org.zongzhi.casehandling.supervision.cockpit;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.zongzhi.casehandling.WindowClerk;

/**
 * A 物业纠纷 transferred to 县住房和城乡建设局 (unit ZJJ), signed for there and waiting at 办理交办事项
 * (Task_Handle) until its handling deadline, as in EscalationLadderProcessTest. For the overdue
 * list's tests, which let it run late by moving the engine clock.
 */
public record HousingCase(String caseNo, String unitInstanceId, Instant handlingDue) {

    public static HousingCase start(WindowClerk window, RuntimeService runtime, TaskService tasks,
                                    ManagementService management) {
        ProcessInstance pi = window.register(Map.of(
                "reporterName", "吴德明", "reporterPhone", "13512345678", "matterType", "物业纠纷",
                "townshipCode", "SFX-XS", "summary", "小区外墙脱落，物业拒不维修", "peopleInvolved", 4L,
                "amountAtStake", 20000.0, "registeredBy", "liqiang"));
        String caseNo = (String) runtime.getVariable(pi.getId(), "caseNo");
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
                Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        runDueJobs(management, unit.getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("signDecision", "SIGN"));
        Date due = (Date) runtime.getVariable(unit.getId(), "handlingDue");
        return new HousingCase(caseNo, unit.getId(), due.toInstant());
    }

    /** Moves the engine clock to this long after the handling deadline. */
    public void lateBy(Duration late) {
        ClockUtil.setCurrentTime(Date.from(handlingDue.plus(late)));
    }

    /** What the job executor (off in tests) would do now for this case's unit: send the letters that are due. */
    public void runDueJobs(ManagementService management) {
        runDueJobs(management, unitInstanceId);
    }

    private static void runDueJobs(ManagementService management, String processInstanceId) {
        for (int round = 0; round < 10; round++) {
            List<Job> due = management.createJobQuery().processInstanceId(processInstanceId).executable().list();
            if (due.isEmpty()) {
                return;
            }
            due.forEach(job -> management.executeJob(job.getId()));
        }
    }
}
