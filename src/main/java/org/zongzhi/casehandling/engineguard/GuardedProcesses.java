package org.zongzhi.casehandling.engineguard;

import java.util.Set;

/** The processes of a case, which only our own code may start. */
public final class GuardedProcesses {

    public static final String CASE_HANDLING = "caseHandling";
    public static final String UNIT_HANDLING = "unitHandling";
    public static final String RISK_WARNING = "riskWarning";
    /** The letters of a late step (supervision.StepSupervision). */
    public static final String SUPERVISION_LADDER = "supervisionLadder";

    static final Set<String> KEYS = Set.of(CASE_HANDLING, UNIT_HANDLING, RISK_WARNING, SUPERVISION_LADDER);

    private GuardedProcesses() {
    }
}
