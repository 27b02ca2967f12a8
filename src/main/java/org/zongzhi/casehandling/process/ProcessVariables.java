package org.zongzhi.casehandling.process;

/**
 * Every process variable of the case processes, declared once. Java reads and writes them through
 * these names; the BPMN expressions and the forms' field keys use the same strings, and
 * {@code ProcessVocabularyTest} holds forms, BPMN and Java to this list. Grouped by the form
 * that first asks for the value; the last group is set by our code only (never by a form).
 */
public final class ProcessVariables {

    // 信息汇集 — registered at intake (the window form, the intake API)
    public static final String ADDRESS = "address";
    public static final String AMOUNT_AT_STAKE = "amountAtStake";
    public static final String CHANNEL = "channel";
    public static final String CROSS_AREA = "crossArea";
    public static final String EXTERNAL_REF = "externalRef";
    public static final String GROUP_INCIDENT = "groupIncident";
    public static final String MATTER_TYPE = "matterType";
    public static final String PEOPLE_INVOLVED = "peopleInvolved";
    public static final String REPORTER_ID_NUMBER = "reporterIdNumber";
    public static final String REPORTER_NAME = "reporterName";
    public static final String REPORTER_PHONE = "reporterPhone";
    public static final String SUMMARY = "summary";
    public static final String TOWNSHIP_CODE = "townshipCode";
    public static final String VILLAGE_CODE = "villageCode";

    // 会商研判 — 研判定级 (assess-case.form)
    public static final String ASSESSMENT_NOTE = "assessmentNote";
    public static final String CASE_NO = "caseNo";
    public static final String CO_UNITS = "coUnits";
    public static final String DUE_BASIS = "dueBasis";
    public static final String GRADE = "grade";
    public static final String LEAD_UNIT = "leadUnit";
    public static final String LEADER = "leader";
    public static final String MEDIATION_NOTE = "mediationNote";
    public static final String MODE = "mode";
    public static final String NEXT_ROUTE_NOTE = "nextRouteNote";
    public static final String NOT_RESOLVED_REASON = "notResolvedReason";
    public static final String ON_SPOT_NOT_RESOLVED_REASON = "onSpotNotResolvedReason";
    public static final String REOPEN_COUNT = "reopenCount";
    public static final String RETURN_REASON = "returnReason";
    public static final String ROUTE_BASIS = "routeBasis";

    // 会商研判 — 会商研判 meeting (consultation-meeting.form)
    public static final String MEETING_DECISION = "meetingDecision";
    public static final String MINUTES = "minutes";
    public static final String PARTICIPANTS = "participants";

    // 领导包案 — the leader's plan (leader-plan.form)
    public static final String PLAN = "plan";

    // 当场调解 (mediate-on-spot.form)
    public static final String AGREEMENT_SUMMARY = "agreementSummary";
    public static final String ON_SPOT_RESOLVED = "onSpotResolved";

    // 分流交办 — 签收交办单 (sign-for-order.form)
    public static final String SIGN_DECISION = "signDecision";

    // 分流交办 — a unit without an endpoint whose system pulls the order (external task order-<unit>)
    /** How the order reaches the unit: PULL (its system fetches it), PUSH (sent to its endpoint) or TASKLIST. */
    public static final String ORDER_DELIVERY = "orderDelivery";
    /** The unit system's own number for the order, the one variable its completion may carry. */
    public static final String UNIT_ORDER_REF = "unitOrderRef";

    // 事事有回音 — the input parameter of a channelStatusNotice service task (element template)
    /** What the channel's system is told at this point of the process (进展通知). */
    public static final String NOTICE_TEXT = "noticeText";
    public static final String UNIT = "unit";

    // 限时办理 — 办理交办事项 (handle-case.form)
    public static final String CO_CONTRIBUTIONS = "coContributions";
    public static final String EXTENSION_DAYS = "extensionDays";
    public static final String EXTENSION_REASON = "extensionReason";
    public static final String EXTENSION_REVIEW_NOTE = "extensionReviewNote";
    public static final String HANDLING_NOTE = "handlingNote";
    public static final String HANDLING_OUTCOME = "handlingOutcome";
    public static final String HANDLING_WAY = "handlingWay";

    // 联办 — a co-unit's contribution (co-handle.form)
    public static final String CO_UNIT = "coUnit";
    public static final String CONTRIBUTION = "contribution";

    // 延期 — reviewing an extension (review-extension.form)
    public static final String EXTENSION_APPROVED = "extensionApproved";

    // 司法确认 (judicial-confirmation.form)
    public static final String CONFIRMATION_NOTE = "confirmationNote";
    public static final String CONFIRMATION_RESULT = "confirmationResult";
    public static final String RULING_NO = "rulingNo";

    // 确定后续途径 after 未化解 (decide-next-route.form)
    public static final String GUIDED_ON = "guidedOn";
    public static final String GUIDED_TO = "guidedTo";
    public static final String LEGAL_ROUTE = "legalRoute";
    public static final String NEXT_ROUTE = "nextRoute";

    // 反馈结果 (notify-citizen.form)
    public static final String NOTIFY_CONTENT = "notifyContent";
    public static final String NOTIFY_METHOD = "notifyMethod";

    // 回访评价 (return-visit.form)
    public static final String REACHED = "reached";
    public static final String SATISFACTION = "satisfaction";
    public static final String VISIT_COMMENT = "visitComment";

    // 定期督办 — 党委政法委 escalation (party-committee.form)
    public static final String ESCALATION_REPORT = "escalationReport";
    public static final String HANDLING_DUE_BASIS = "handlingDueBasis";
    public static final String PROPOSED_MEASURES = "proposedMeasures";

    // 风险预警 (risk-warning.form)
    public static final String RISK_MEASURES = "riskMeasures";
    public static final String RULE_NAME = "ruleName";
    public static final String SUBJECT = "subject";
    public static final String TERRITORY_CODE = "territoryCode";
    public static final String TERRITORY_NOTIFIED = "territoryNotified";
    public static final String WARNED_CASES = "warnedCases";
    public static final String WARNING_DETAIL = "warningDetail";

    // Set by our code only: decision results, deadlines, letters, supervision, task cards
    /** Task-local: the directory's units, townships and leaders a form's selects offer (workflow.FormOptions). */
    public static final String UNIT_OPTIONS = "unitOptions";
    public static final String TOWNSHIP_OPTIONS = "townshipOptions";
    public static final String LEADER_OPTIONS = "leaderOptions";
    public static final String CASE_CARD = "caseCard";
    public static final String CO_UNIT_CODES = "coUnitCodes";
    public static final String CONTACT_LINK = "contactLink";
    public static final String DUE_COUNTED_FROM = "dueCountedFrom";
    public static final String DUE_PROVISIONAL = "dueProvisional";
    public static final String DUE_WORKING_DAYS = "dueWorkingDays";
    public static final String FIRST_CONTACT_OWNER = "firstContactOwner";
    public static final String GRADE_CASE_RESULT = "gradeCaseResult";
    public static final String HANDLING_DUE = "handlingDue";
    public static final String HANDLING_DUE_COUNTED = "handlingDueCounted";
    public static final String HANDLING_DUE_COUNTED_FROM = "handlingDueCountedFrom";
    public static final String HANDLING_DUE_PROVISIONAL = "handlingDueProvisional";
    public static final String HANDLING_DUE_WORKING_DAYS = "handlingDueWorkingDays";
    public static final String LADDER_ACTION = "ladderAction";
    public static final String LADDER_RUNG = "ladderRung";
    public static final String LAST_LETTER_ID = "lastLetterId";
    public static final String LEADER_IN_CHARGE = "leaderInCharge";
    public static final String LETTER_LINKS = "letterLinks";
    public static final String LETTERS_SENT = "lettersSent";
    public static final String RELATED_CASES = "relatedCases";
    public static final String RESPONSIBLE = "responsible";
    public static final String ROUTE_CASE_RESULT = "routeCaseResult";
    public static final String STEP_DUE = "stepDue";
    public static final String SUPERVISED_STEP = "supervisedStep";
    public static final String SUPERVISED_STEP_NAME = "supervisedStepName";
    public static final String SUPERVISED_TASK_ID = "supervisedTaskId";
    public static final String SUPERVISION_LADDER_ID = "supervisionLadderId";
    public static final String UNREACHED_VISITS = "unreachedVisits";
    public static final String WARNING_ID = "warningId";

    private ProcessVariables() {
    }
}
