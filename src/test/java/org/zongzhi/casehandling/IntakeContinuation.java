package org.zongzhi.casehandling;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.process.ProcessKeys;

/**
 * What the job executor does right after an intake answer, for tests, which run without it: the
 * answer commits the case with 登记立案's asynchronous continuation, and running that job carries
 * the case on to 研判定级 (risk rules, decision tables, related matters). A failure of the job fails
 * the test with the engine's exception.
 */
@Component
public class IntakeContinuation {

    /** The asynchronous 登记立案 in case-handling.bpmn. */
    public static final String ACTIVITY = "Task_RegisterCase";

    private final RuntimeService runtime;
    private final ManagementService management;

    IntakeContinuation(RuntimeService runtime, ManagementService management) {
        this.runtime = runtime;
        this.management = management;
    }

    /** Runs the case's pending continuation; returns its caseHandling process instance id. */
    public String runFor(String caseNo) {
        ProcessInstance process = runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(ProcessKeys.CASE_HANDLING).singleResult();
        if (process == null) {
            throw new IllegalStateException("Case " + caseNo + " has no running caseHandling process");
        }
        return runIn(process.getId());
    }

    /** The same by process instance, e.g. the one the window's start form answered with. */
    public String runIn(String processInstanceId) {
        Job job = pending(processInstanceId);
        if (job == null) {
            throw new IllegalStateException("Process instance " + processInstanceId
                    + " has no pending 登记立案 continuation (" + ACTIVITY + "): it already ran or never was");
        }
        management.executeJob(job.getId());
        return processInstanceId;
    }

    /** The continuation still waiting for the job executor, or null. */
    public Job pending(String processInstanceId) {
        return management.createJobQuery().processInstanceId(processInstanceId).activityId(ACTIVITY).singleResult();
    }
}
