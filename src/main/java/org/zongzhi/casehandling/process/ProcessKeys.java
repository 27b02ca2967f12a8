package org.zongzhi.casehandling.process;

import java.util.Set;

/** The processes of a case, by their BPMN ids; only our own code may start them. */
public final class ProcessKeys {

    /** 矛盾纠纷案件办理: the seven steps (bpmn/case-handling.bpmn). */
    public static final String CASE_HANDLING = "caseHandling";
    /** 交办单位办理: one unit's handling, called from caseHandling (bpmn/unit-handling.bpmn). */
    public static final String UNIT_HANDLING = "unitHandling";
    /** 风险预警 (bpmn/risk-warning.bpmn). */
    public static final String RISK_WARNING = "riskWarning";
    /** The letters of one late step (bpmn/supervision-ladder.bpmn). */
    public static final String SUPERVISION_LADDER = "supervisionLadder";

    /** Message that ends a step's ladder when the step is done. */
    public static final String STEP_DONE_MESSAGE = "supervisedStepDone";

    public static final Set<String> CASE_PROCESSES = Set.of(CASE_HANDLING, UNIT_HANDLING, RISK_WARNING,
            SUPERVISION_LADDER);

    private ProcessKeys() {
    }
}
