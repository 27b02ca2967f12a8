package org.zongzhi.casehandling.process;

/** The user tasks of the case processes, by their BPMN ids (the task definition keys). */
public final class TaskKeys {

    // caseHandling
    /** 研判定级 */
    public static final String ASSESS_CASE = "Task_AssessCase";
    /** 召开会商研判会 */
    public static final String CONSULTATION_MEETING = "Task_ConsultationMeeting";
    /** 当场调解 */
    public static final String MEDIATE_ON_SPOT = "Task_MediateOnSpot";
    /** 制定一事一策 (领导包案) */
    public static final String LEADER_PLAN = "Task_LeaderPlan";
    /** 协办单位办理 (联办) */
    public static final String CO_HANDLE = "Task_CoHandle";
    /** 登记司法确认结果 */
    public static final String RECORD_JUDICIAL_CONFIRMATION = "Task_RecordJudicialConfirmation";
    /** 确定后续途径 */
    public static final String DECIDE_NEXT_ROUTE = "Task_DecideNextRoute";
    /** 反馈办理结果 */
    public static final String NOTIFY_CITIZEN = "Task_NotifyCitizen";
    /** 回访评价 */
    public static final String RETURN_VISIT = "Task_ReturnVisit";

    // unitHandling
    /** 签收交办单 */
    public static final String SIGN_FOR = "Task_SignFor";
    /** 办理交办事项 */
    public static final String HANDLE = "Task_Handle";
    /** 审批延期申请 */
    public static final String REVIEW_EXTENSION = "Task_ReviewExtension";

    // supervisionLadder and riskWarning
    /** 提请党委政府研究 */
    public static final String ESCALATE_TO_PARTY_COMMITTEE = "Task_EscalateToPartyCommittee";
    /** 处置风险预警 */
    public static final String HANDLE_RISK_WARNING = "Task_HandleRiskWarning";

    private TaskKeys() {
    }
}
