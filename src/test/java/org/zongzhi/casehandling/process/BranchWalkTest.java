package org.zongzhi.casehandling.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.TasklistUser;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.cases.CaseEvent;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.cases.ClosedAs;
import org.zongzhi.casehandling.letters.Letter;
import org.zongzhi.casehandling.letters.LetterIssuer;

/**
 * Every branch of caseHandling and unitHandling walked to its end as the demo users walk it: the
 * window clerk registers through the start form, everyone else submits their task's form on the
 * engine's API with their own login (only the form's fields, the engine's authorization and the
 * step's checks apply), and due jobs run as the job executor would. At the end: where the process
 * ended, the ledger (status, responsible unit, closed_as), the trail's steps in order, the letters.
 *
 * <p>The trail is compared as it reads: "待办：<task>" and "完成：<task>" for the task lines, the
 * event kind for every other line (ASSESSED, DISPATCHED, UNIT_CHANGED, REOPENED, CLOSED …).
 */
@CaseHandlingTest
class BranchWalkTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    WindowClerk window;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    CaseLedger ledger;
    @Autowired
    LetterIssuer letters;
    @Autowired
    ObjectMapper json;

    @AfterEach
    void engineClockBack() {
        ClockUtil.reset();
    }

    /** One branch: what the users do, and how the case must end. */
    record Branch(String name, Map<String, Object> matter, Consumer<Walk> steps, String endEvent, CaseStatus status,
                  String unit, ClosedAs closedAs, List<String> trail, List<String> letters) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final String ASSESS = "研判定级";
    static final String ON_SPOT = "当场调解";
    static final String SIGN = "签收交办单";
    static final String HANDLE = "办理交办事项";
    static final String NOTIFY = "反馈办理结果";
    static final String VISIT = "回访评价";

    static List<String> registered() {
        return List.of("REGISTERED", "待办：" + ASSESS);
    }

    /** 研判定级 done, the assessment recorded. */
    static List<String> assessed() {
        return List.of("完成：" + ASSESS, "ASSESSED");
    }

    /** The order sent, signed for, handled with an outcome that concludes the unit's part. */
    static List<String> unitHandles() {
        return List.of("DISPATCHED", "待办：" + SIGN, "完成：" + SIGN, "待办：" + HANDLE, "完成：" + HANDLE);
    }

    static List<String> toldVisitedClosed() {
        return List.of("待办：" + NOTIFY, "完成：" + NOTIFY, "待办：" + VISIT, "完成：" + VISIT, "CLOSED");
    }

    @SafeVarargs
    static List<String> trail(List<String>... parts) {
        List<String> all = new ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
    }

    static List<String> lines(String... lines) {
        return List.of(lines);
    }

    static Stream<Arguments> branches() {
        return Stream.of(
                new Branch("当场调解成功", neighbours(), w -> {
                    w.assess("grade", "GENERAL", "mode", "ON_SPOT");
                    w.submit("Task_MediateOnSpot", "zhenghua", "onSpotResolved", "YES", "agreementSummary", "双方同意共同修缮围墙");
                    w.toldAndVisited("SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, null, ClosedAs.VISITED,
                        trail(registered(), assessed(), lines("待办：" + ON_SPOT, "完成：" + ON_SPOT), toldVisitedClosed()),
                        List.of()),

                new Branch("当场调解未化解，转办住建局", property(), w -> {
                    w.assess("grade", "GENERAL", "mode", "ON_SPOT");
                    w.submit("Task_MediateOnSpot", "fengxia", "onSpotResolved", "NO",
                            "onSpotNotResolvedReason", "物业公司拒不到场，需住建局介入");
                    w.assess("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
                    w.housingHandles("handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "AGREEMENT",
                            "agreementSummary", "物业限期整改");
                    w.toldAndVisited("SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, "ZJJ", ClosedAs.VISITED,
                        trail(registered(), assessed(), lines("待办：" + ON_SPOT, "完成：" + ON_SPOT, "待办：" + ASSESS),
                                assessed(), unitHandles(), toldVisitedClosed()),
                        List.of()),

                new Branch("转办，调解成功", property(), w -> {
                    w.assess("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
                    w.housingHandles("handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", "AGREEMENT",
                            "agreementSummary", "物业公司承诺十日内修复电梯");
                    w.toldAndVisited("BASICALLY_SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, "ZJJ", ClosedAs.VISITED,
                        trail(registered(), assessed(), unitHandles(), toldVisitedClosed()), List.of()),

                // 住建局 has no system of its own to push the letter to: it reads it in Tasklist (no LETTER_DELIVERED).
                new Branch("转办，逾期办理收到工作提示函后办结", property(), w -> {
                    w.assess("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
                    w.submit("Task_SignFor", "dongliang", "signDecision", "SIGN");
                    w.late("Task_Handle");
                    w.submit("Task_Handle", "dongliang", "handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "AGREEMENT",
                            "agreementSummary", "收到提示函后督促物业修复");
                    w.toldAndVisited("SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, "ZJJ", ClosedAs.VISITED,
                        trail(registered(), assessed(), lines("DISPATCHED", "待办：" + SIGN, "完成：" + SIGN,
                                "待办：" + HANDLE, "LETTER_ISSUED", "完成：" + HANDLE),
                                toldVisitedClosed()),
                        List.of("REMINDER→ZJJ")),

                new Branch("联办：自然资源局牵头，公安局、司法局协办", landDispute(), w -> {
                    w.assess("grade", "MAJOR", "mode", "JOINT", "leadUnit", "ZRZYJ", "coUnits", List.of("GAJ", "SFJ"));
                    w.submit("Task_CoHandle", "gaofeng", "contribution", "已参与现场核查，维持秩序");
                    w.submit("Task_CoHandle", "songtao", "contribution", "已提供法律咨询");
                    w.submit("Task_SignFor", "panjun", "signDecision", "SIGN");
                    w.submit("Task_Handle", "panjun", "handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "AGREEMENT",
                            "agreementSummary", "按征收补偿标准补足差额");
                    w.toldAndVisited("SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, "ZRZYJ", ClosedAs.VISITED,
                        trail(registered(), assessed(), lines("待办：协办单位办理", "待办：协办单位办理",
                                "完成：协办单位办理", "完成：协办单位办理"), unitHandles(), toldVisitedClosed()),
                        List.of()),

                new Branch("领导包案：会商后一事一策改由司法局牵头", wageArrears(), w -> {
                    w.assess("grade", "SIGNIFICANT", "mode", "LEADER", "leadUnit", "RSJ", "leader", "xugang");
                    w.submit("Task_ConsultationMeeting", "yangguang", "participants", "杨光、徐刚、赵敏、县人社局",
                            "minutes", "研究欠薪处置方案", "meetingDecision", "由徐刚包案", "mode", "LEADER",
                            "leadUnit", "RSJ", "leader", "xugang");
                    w.submit("Task_LeaderPlan", "xugang", "plan", "一事一策：先行垫付部分工资，同步立案查处", "leadUnit", "SFJ");
                    w.submit("Task_SignFor", "songtao", "signDecision", "SIGN");
                    w.submit("Task_Handle", "songtao", "handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", "AGREEMENT",
                            "agreementSummary", "企业分三期支付欠薪");
                    w.toldAndVisited("SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, "SFJ", ClosedAs.VISITED,
                        trail(registered(), lines("完成：" + ASSESS, "待办：召开会商研判会", "完成：召开会商研判会",
                                "ASSESSED", "待办：制定一事一策", "完成：制定一事一策", "UNIT_CHANGED"),
                                unitHandles(), toldVisitedClosed()),
                        List.of()),

                new Branch("退回：住建局退回，改交城关镇", property(), w -> {
                    w.assess("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
                    w.submit("Task_SignFor", "dongliang", "signDecision", "RETURN",
                            "returnReason", "该小区物业属城关镇属地管理");
                    w.assess("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "SFX-CG");
                    w.submit("Task_SignFor", "renjie", "signDecision", "SIGN");
                    w.submit("Task_Handle", "renjie", "handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", "AGREEMENT",
                            "agreementSummary", "镇综治中心组织业主与物业达成协议");
                    w.toldAndVisited("SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, "SFX-CG", ClosedAs.VISITED,
                        trail(registered(), assessed(), lines("DISPATCHED", "待办：" + SIGN, "完成：" + SIGN,
                                "待办：" + ASSESS), assessed(), unitHandles(), toldVisitedClosed()),
                        List.of()),

                new Branch("延期：一次同意，一次不同意", property(), w -> {
                    w.assess("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
                    w.submit("Task_SignFor", "dongliang", "signDecision", "SIGN");
                    w.submit("Task_Handle", "dongliang", "handlingWay", "SELF", "handlingOutcome", "EXTENSION",
                            "extensionDays", 5L, "extensionReason", "需等待房屋安全鉴定结果");
                    w.submit("Task_ReviewExtension", "zhoujie", "extensionApproved", "YES");
                    w.submit("Task_Handle", "dongliang", "handlingWay", "SELF", "handlingOutcome", "EXTENSION",
                            "extensionDays", 10L, "extensionReason", "再次申请");
                    w.submit("Task_ReviewExtension", "wuhong", "extensionApproved", "NO",
                            "extensionReviewNote", "不予延期，请按期办结");
                    w.submit("Task_Handle", "dongliang", "handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "AGREEMENT",
                            "agreementSummary", "鉴定后物业承担维修费用");
                    w.toldAndVisited("SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, "ZJJ", ClosedAs.VISITED,
                        trail(registered(), assessed(), lines("DISPATCHED", "待办：" + SIGN, "完成：" + SIGN,
                                "待办：" + HANDLE, "完成：" + HANDLE, "待办：审批延期申请", "完成：审批延期申请",
                                "EXTENDED", "待办：" + HANDLE, "完成：" + HANDLE, "待办：审批延期申请",
                                "完成：审批延期申请", "待办：" + HANDLE, "完成：" + HANDLE), toldVisitedClosed()),
                        List.of()),

                new Branch("司法确认有效", property(), w -> {
                    w.assess("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
                    w.housingHandles("handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", "JUDICIAL_CONFIRMATION",
                            "agreementSummary", "分期赔偿，申请司法确认");
                    w.submit("Task_RecordJudicialConfirmation", "liuyang", "confirmationResult", "CONFIRMED",
                            "rulingNo", "（2026）示民特12号");
                    w.toldAndVisited("SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, "ZJJ", ClosedAs.VISITED,
                        trail(registered(), assessed(), unitHandles(),
                                lines("待办：登记司法确认结果", "完成：登记司法确认结果"), toldVisitedClosed()),
                        List.of()),

                new Branch("司法确认被驳回，引导仲裁", property(), w -> {
                    w.assess("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
                    w.housingHandles("handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", "JUDICIAL_CONFIRMATION",
                            "agreementSummary", "分期赔偿，申请司法确认");
                    w.submit("Task_RecordJudicialConfirmation", "huangli", "confirmationResult", "REJECTED",
                            "confirmationNote", "协议内容违反法律强制性规定");
                    w.submit("Task_DecideNextRoute", "sunli", "nextRoute", "LEGAL_ROUTE", "legalRoute", "ARBITRATION",
                            "guidedOn", "2026-03-05", "guidedTo", "县劳动人事争议仲裁委员会");
                    w.toldAndVisited("SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, "ZJJ", ClosedAs.VISITED,
                        trail(registered(), assessed(), unitHandles(),
                                lines("待办：登记司法确认结果", "完成：登记司法确认结果", "待办：确定后续途径",
                                        "完成：确定后续途径"), toldVisitedClosed()),
                        List.of()),

                new Branch("未化解，重新研判改交城关镇", property(), w -> {
                    w.assess("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
                    w.housingHandles("handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "NOT_RESOLVED",
                            "notResolvedReason", "业主与物业分歧较大，本局无法化解");
                    w.submit("Task_DecideNextRoute", "zhaomin", "nextRoute", "REASSESS", "nextRouteNote", "改由城关镇属地调处");
                    w.assess("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "SFX-CG");
                    w.submit("Task_SignFor", "qinfang", "signDecision", "SIGN");
                    w.submit("Task_Handle", "qinfang", "handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", "AGREEMENT",
                            "agreementSummary", "物业减免半年物业费");
                    w.toldAndVisited("SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, "SFX-CG", ClosedAs.VISITED,
                        trail(registered(), assessed(), unitHandles(),
                                lines("待办：确定后续途径", "完成：确定后续途径", "待办：" + ASSESS), assessed(),
                                unitHandles(), toldVisitedClosed()),
                        List.of()),

                new Branch("未化解，引导诉讼", property(), w -> {
                    w.assess("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
                    w.housingHandles("handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "NOT_RESOLVED",
                            "notResolvedReason", "物业公司坚持按合同收费");
                    w.submit("Task_DecideNextRoute", "zhaomin", "nextRoute", "LEGAL_ROUTE", "legalRoute", "LITIGATION",
                            "guidedOn", "2026-03-02", "guidedTo", "县人民法院立案庭");
                    w.toldAndVisited("SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, "ZJJ", ClosedAs.VISITED,
                        trail(registered(), assessed(), unitHandles(),
                                lines("待办：确定后续途径", "完成：确定后续途径"), toldVisitedClosed()),
                        List.of()),

                new Branch("单位办结时已引导行政复议", property(), w -> {
                    w.assess("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
                    w.housingHandles("handlingWay", "SELF", "handlingOutcome", "ADMIN_REVIEW",
                            "handlingNote", "已告知向县人民政府申请行政复议");
                    w.toldAndVisited("BASICALLY_SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, "ZJJ", ClosedAs.VISITED,
                        trail(registered(), assessed(), unitHandles(), toldVisitedClosed()), List.of()),

                new Branch("不满意，重新研判后办结", neighbours(), w -> {
                    w.assess("grade", "GENERAL", "mode", "ON_SPOT");
                    w.submit("Task_MediateOnSpot", "zhenghua", "onSpotResolved", "YES", "agreementSummary", "口头和解");
                    w.toldAndVisited("DISSATISFIED");
                    w.assess("grade", "GENERAL", "mode", "ON_SPOT");
                    w.submit("Task_MediateOnSpot", "zhenghua", "onSpotResolved", "YES", "agreementSummary", "书面协议，当场履行");
                    w.toldAndVisited("SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, null, ClosedAs.VISITED,
                        trail(registered(), assessed(), lines("待办：" + ON_SPOT, "完成：" + ON_SPOT,
                                "待办：" + NOTIFY, "完成：" + NOTIFY, "待办：" + VISIT, "完成：" + VISIT, "REOPENED",
                                "待办：" + ASSESS), assessed(), lines("待办：" + ON_SPOT, "完成：" + ON_SPOT),
                                toldVisitedClosed()),
                        List.of()),

                new Branch("两次未联系上，第三次回访办结", neighbours(), w -> {
                    w.assess("grade", "GENERAL", "mode", "ON_SPOT");
                    w.submit("Task_MediateOnSpot", "zhenghua", "onSpotResolved", "YES", "agreementSummary", "双方同意修缮围墙");
                    w.submit("Task_NotifyCitizen", "wangfang", "notifyMethod", "PHONE", "notifyContent", "已告知");
                    w.notReached("电话无人接听");
                    w.notReached("电话关机");
                    w.submit("Task_ReturnVisit", "hanmei", "reached", "YES", "satisfaction", "SATISFIED");
                }, "Event_CaseClosed", CaseStatus.CLOSED, null, ClosedAs.VISITED,
                        trail(registered(), assessed(), lines("待办：" + ON_SPOT, "完成：" + ON_SPOT,
                                "待办：" + NOTIFY, "完成：" + NOTIFY, "待办：" + VISIT, "完成：" + VISIT,
                                "待办：" + VISIT, "完成：" + VISIT, "待办：" + VISIT, "完成：" + VISIT, "CLOSED")),
                        List.of()),

                new Branch("三次未联系上，以无法联系办结", neighbours(), w -> {
                    w.assess("grade", "GENERAL", "mode", "ON_SPOT");
                    w.submit("Task_MediateOnSpot", "zhenghua", "onSpotResolved", "YES", "agreementSummary", "双方同意修缮围墙");
                    w.submit("Task_NotifyCitizen", "liqiang", "notifyMethod", "PHONE", "notifyContent", "已告知");
                    w.notReached("电话无人接听");
                    w.notReached("电话关机");
                    w.submit("Task_ReturnVisit", "chenjing", "reached", "NO", "visitComment", "号码已停机");
                }, "Event_CaseClosedUnreachable", CaseStatus.CLOSED, null, ClosedAs.UNREACHABLE,
                        trail(registered(), assessed(), lines("待办：" + ON_SPOT, "完成：" + ON_SPOT,
                                "待办：" + NOTIFY, "完成：" + NOTIFY, "待办：" + VISIT, "完成：" + VISIT,
                                "待办：" + VISIT, "完成：" + VISIT, "待办：" + VISIT, "完成：" + VISIT, "CLOSED")),
                        List.of())
        ).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("branches")
    void eachBranchEndsAsExpected(Branch branch) throws Exception {
        ProcessInstance pi = window.register(branch.matter());
        String caseNo = (String) runtime.getVariable(pi.getId(), "caseNo");
        Walk walk = new Walk(caseNo);
        walk.runDueJobs();

        branch.steps().accept(walk);

        // A risk warning the matter may raise (e.g. its type rising week on week) is work around the loop, not the loop.
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list())
                .filteredOn(p -> !p.getProcessDefinitionId().startsWith("riskWarning:"))
                .as("every process of the case has ended").isEmpty();
        assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId())
                .activityType("noneEndEvent").list()).extracting(a -> a.getActivityId())
                .as("the case ended at").containsExactly(branch.endEvent());
        CaseRecord record = ledger.find(caseNo).orElseThrow();
        assertThat(record.status()).isEqualTo(branch.status());
        assertThat(record.responsibleUnitCode()).as("responsible unit").isEqualTo(branch.unit());
        assertThat(record.closedAs()).isEqualTo(branch.closedAs());
        assertThat(record.closedAt()).isNotNull();
        assertThat(readTrail(caseNo)).as("trail of %s", caseNo).containsExactlyElementsOf(branch.trail());
        assertThat(letters.forCase(caseNo)).extracting(l -> l.kind() + "→"
                        + (l.recipientUnitCode() != null ? l.recipientUnitCode()
                        : l.recipientPost() != null ? l.recipientPost() : l.recipientUserId()))
                .containsExactlyElementsOf(branch.letters());

        String expected = branch.closedAs() == ClosedAs.UNREACHABLE ? "已办结（无法联系当事人）" : "已办结";
        JsonNode staff = json.readTree(rest.withBasicAuth("zhoujie", "zhoujie")
                .getForEntity("/api/cases/" + caseNo, String.class).getBody());
        assertThat(staff.get("statusLabel").asText()).as("the staff's case view").isEqualTo(expected);
        JsonNode citizen = json.readTree(rest.getForEntity("/api/public/cases/" + caseNo + "?phone={phone}",
                String.class, branch.matter().get("reporterPhone")).getBody());
        assertThat(citizen.get("step").asText()).as("the citizen's status page").isEqualTo(expected);
    }

    /** The trail as the case view lists it, task lines by their task's name. */
    List<String> readTrail(String caseNo) {
        // Documents (the 调解协议书 written in the background after 调解成功) are material on the case, not steps
        // of the loop; documents.MediationPapersTest holds them.
        return ledger.trail(caseNo).stream().filter(e -> !"RISK_WARNING".equals(e.kind()))
                .filter(e -> !"DOCUMENT_ADDED".equals(e.kind())).map(BranchWalkTest::line)
                .toList();
    }

    static String line(CaseEvent event) {
        String detail = event.detail() == null ? "" : event.detail();
        return switch (event.kind()) {
            case "TASK_CREATED" -> "待办：" + detail.replaceFirst("^待办：", "").replaceFirst("（.*$", "");
            case "TASK_COMPLETED" -> "完成：" + detail.replaceFirst("^完成：", "").replaceFirst("：.*$", "");
            default -> event.kind();
        };
    }

    /** The case as its users move it; every action is followed by the jobs the job executor would run now. */
    final class Walk {

        final String caseNo;

        Walk(String caseNo) {
            this.caseNo = caseNo;
        }

        void assess(Object... fields) {
            submit("Task_AssessCase", "zhaomin", fields);
        }

        /** 住建局's liaison signs for the order and concludes the handling with these fields. */
        void housingHandles(Object... fields) {
            submit("Task_SignFor", "dongliang", "signDecision", "SIGN");
            submit("Task_Handle", "dongliang", fields);
        }

        void toldAndVisited(String satisfaction) {
            submit("Task_NotifyCitizen", "wangfang", "notifyMethod", "PHONE", "notifyContent", "已电话告知群众办理结果。");
            submit("Task_ReturnVisit", "chenjing", "reached", "YES", "satisfaction", satisfaction,
                    "visitComment", "群众意见已记录");
        }

        /** Nobody answers; the next working day at 9:00 the visit comes back to the 回访员. */
        void notReached(String comment) {
            submit("Task_ReturnVisit", "chenjing", "reached", "NO", "visitComment", comment);
            List<Job> timers = jobs().stream().filter(j -> j.getDuedate() != null && j.getDuedate()
                    .after(ClockUtil.getCurrentTime())).toList();
            assertThat(timers).as("the next attempt is scheduled").hasSize(1);
            Job retry = timers.get(0);
            ClockUtil.setCurrentTime(retry.getDuedate());
            runDueJobs();
            open("Task_ReturnVisit");
        }

        /** The open task of this key is left until a minute after its due date; the ladder acts. */
        void late(String taskKey) {
            Task task = open(taskKey);
            ClockUtil.setCurrentTime(Date.from(task.getDueDate().toInstant().plusSeconds(60)));
            runDueJobs();
        }

        /** The first open task of this key (in creation order) submitted by the user with these form fields. */
        void submit(String taskKey, String user, Object... fields) {
            Map<String, Object> values = new HashMap<>();
            for (int i = 0; i < fields.length; i += 2) {
                values.put((String) fields[i], fields[i + 1]);
            }
            TasklistUser.as(rest, user).submit(open(taskKey).getId(), values);
            runDueJobs();
        }

        Task open(String taskKey) {
            List<Task> found = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey)
                    .orderByTaskCreateTime().asc().list();
            assertThat(found).as("open %s of %s", taskKey, caseNo).isNotEmpty();
            return found.get(0);
        }

        /** The jobs of every process of the case (the main one, the unit's, the ladders): they share its key. */
        List<Job> jobs() {
            return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo).list().stream()
                    .flatMap(pi -> management.createJobQuery().processInstanceId(pi.getId()).list().stream())
                    .toList();
        }

        /** What the job executor would do now for this case: dispatches, deliveries, due timers. */
        void runDueJobs() {
            for (int round = 0; round < 20; round++) {
                List<Job> due = jobs().stream().filter(j -> j.getDuedate() == null
                        || !j.getDuedate().after(ClockUtil.getCurrentTime())).toList();
                if (due.isEmpty()) {
                    return;
                }
                due.forEach(job -> management.executeJob(job.getId()));
            }
        }
    }

    /** Each walk's citizen has their own phone: one person's repeated matters would raise a risk warning. */
    static final java.util.concurrent.atomic.AtomicInteger PHONES = new java.util.concurrent.atomic.AtomicInteger(7100);

    static Map<String, Object> matter(String type, long people, double amount, String township) {
        Map<String, Object> v = new HashMap<>();
        v.put("reporterName", "何秀兰");
        v.put("reporterPhone", "1380013" + PHONES.incrementAndGet());
        v.put("channel", "WALK_IN");
        v.put("matterType", type);
        v.put("townshipCode", township);
        v.put("summary", "群众来访反映" + type + "，请求协调处理。");
        v.put("peopleInvolved", people);
        v.put("amountAtStake", amount);
        v.put("registeredBy", "wangfang");
        return v;
    }

    static Map<String, Object> neighbours() {
        return matter("邻里纠纷", 2, 800, "SFX-DH");
    }

    static Map<String, Object> property() {
        return matter("物业纠纷", 3, 3000, "SFX-CG");
    }

    static Map<String, Object> landDispute() {
        return matter("征地拆迁纠纷", 12, 250000, "SFX-XS");
    }

    static Map<String, Object> wageArrears() {
        Map<String, Object> v = matter("劳动争议", 60, 800000, "SFX-CG");
        v.put("groupIncident", true);
        return v;
    }
}
