package org.zongzhi.casehandling.demo;

import static org.zongzhi.casehandling.process.ProcessVariables.AGREEMENT_SUMMARY;
import static org.zongzhi.casehandling.process.ProcessVariables.AMOUNT_AT_STAKE;
import static org.zongzhi.casehandling.process.ProcessVariables.ASSESSMENT_NOTE;
import static org.zongzhi.casehandling.process.ProcessVariables.CHANNEL;
import static org.zongzhi.casehandling.process.ProcessVariables.EXTENSION_DAYS;
import static org.zongzhi.casehandling.process.ProcessVariables.EXTENSION_REASON;
import static org.zongzhi.casehandling.process.ProcessVariables.GRADE;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_NOTE;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_OUTCOME;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_WAY;
import static org.zongzhi.casehandling.process.ProcessVariables.LEAD_UNIT;
import static org.zongzhi.casehandling.process.ProcessVariables.MATTER_TYPE;
import static org.zongzhi.casehandling.process.ProcessVariables.MEDIATION_NOTE;
import static org.zongzhi.casehandling.process.ProcessVariables.MODE;
import static org.zongzhi.casehandling.process.ProcessVariables.NOTIFY_CONTENT;
import static org.zongzhi.casehandling.process.ProcessVariables.NOTIFY_METHOD;
import static org.zongzhi.casehandling.process.ProcessVariables.ON_SPOT_RESOLVED;
import static org.zongzhi.casehandling.process.ProcessVariables.PEOPLE_INVOLVED;
import static org.zongzhi.casehandling.process.ProcessVariables.REACHED;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_NAME;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_PHONE;
import static org.zongzhi.casehandling.process.ProcessVariables.SATISFACTION;
import static org.zongzhi.casehandling.process.ProcessVariables.SIGN_DECISION;
import static org.zongzhi.casehandling.process.ProcessVariables.SUMMARY;
import static org.zongzhi.casehandling.process.ProcessVariables.TOWNSHIP_CODE;
import static org.zongzhi.casehandling.process.ProcessVariables.VILLAGE_CODE;
import static org.zongzhi.casehandling.process.ProcessVariables.VISIT_COMMENT;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.engineguard.WindowRegistration;
import org.zongzhi.casehandling.process.ProcessVariables;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.process.TaskKeys;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * 示范县's work in progress, so that a new user of the demo finds work in every role's Tasklist
 * and Cockpit at once: matters registered over the past weeks at the window and carried to every
 * step of the seven, some of them late, whose letters the job executor issues right after start.
 * Each case is played as it would have happened, on the engine clock set back to its day; once,
 * into an empty ledger.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "zongzhi.demo.cases", havingValue = "true")
class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);

    /** How far a demo case has come. */
    enum Stage { ASSESS, MEETING, ON_SPOT, SIGN, HANDLE, EXTENSION, NOTIFY, VISIT, CLOSED }

    /** One matter as a citizen brought it, how many days ago, and how far it has come since. */
    record Matter(String name, String phone, String matterType, String township, String village, String summary,
                  int people, double amount, int daysAgo, Stage stage, String unit) {
    }

    static final List<Matter> MATTERS = List.of(
            new Matter("王桂芝", "13900010001", "邻里纠纷", "SFX-CG", "SFX-CG-NJ", "楼上住户空调外机滴水，多次协商未果", 2, 0, 0,
                    Stage.ASSESS, null),
            new Matter("李建国", "13900010002", "物业纠纷", "SFX-CG", "SFX-CG-NJ", "小区电梯停运两周，物业称无维修资金", 40, 0, 0,
                    Stage.ASSESS, null),
            new Matter("张秀兰", "13900010003", "婚姻家庭纠纷", "SFX-DH", "SFX-DH-LJZ", "离婚后子女探视安排发生争执", 3, 0, 1,
                    Stage.ASSESS, null),
            new Matter("刘德胜", "13900010004", "劳动争议", "SFX-XS", "SFX-XS-SM", "石料厂拖欠三名工人两个月工资", 3, 27000, 1,
                    Stage.ASSESS, null),
            new Matter("陈玉梅", "13900010005", "消费纠纷", "SFX-CG", null, "健身会所闭店，预付卡余额无法退还", 12, 36000, 0,
                    Stage.ASSESS, null),
            new Matter("赵永福", "13900010006", "土地纠纷", "SFX-DH", "SFX-DH-HW", "两户宅基地界址争议，已多次发生口角", 6, 0, 2,
                    Stage.ASSESS, null),
            new Matter("孙大海", "13900010007", "征地拆迁纠纷", "SFX-XS", "SFX-XS-QS", "青苗补偿款未兑付，三十余户联名反映", 35,
                    420000, 2, Stage.MEETING, null),
            new Matter("周红霞", "13900010008", "医疗纠纷", "SFX-CG", null, "手术后出现并发症，家属要求赔偿", 4, 150000, 3,
                    Stage.MEETING, null),
            new Matter("吴春生", "13900010009", "邻里纠纷", "SFX-DH", "SFX-DH-LJZ", "邻居堆放柴草占用公共通道", 2, 0, 0,
                    Stage.ON_SPOT, null),
            new Matter("郑小燕", "13900010010", "婚姻家庭纠纷", "SFX-CG", "SFX-CG-BG", "老人赡养费分担兄弟之间有争议", 4, 0, 1,
                    Stage.ON_SPOT, null),
            new Matter("冯国强", "13900010011", "物业纠纷", "SFX-CG", "SFX-CG-NJ", "地下车库长期漏水，车辆受损", 15, 8000, 1,
                    Stage.SIGN, "ZJJ"),
            new Matter("褚凤英", "13900010012", "城市管理纠纷", "SFX-CG", null, "夜市摊点噪音油烟扰民", 20, 0, 1,
                    Stage.SIGN, "CGJ"),
            new Matter("卫建军", "13900010013", "劳动争议", "SFX-XS", null, "建筑工地拖欠农民工工资", 8, 96000, 4,
                    Stage.SIGN, "RSJ"),
            new Matter("蒋丽华", "13900010014", "交通事故纠纷", "SFX-DH", null, "电动车与货车相撞，赔偿数额争议", 2, 45000, 3,
                    Stage.HANDLE, "GAJ"),
            new Matter("沈志刚", "13900010015", "物业纠纷", "SFX-XS", "SFX-XS-QS", "物业费上涨未经业主大会表决", 60, 0, 2,
                    Stage.HANDLE, "ZJJ"),
            new Matter("韩淑珍", "13900010016", "劳动争议", "SFX-CG", null, "餐馆解除劳动合同未支付经济补偿", 1, 12000, 14,
                    Stage.HANDLE, "RSJ"),
            new Matter("杨宝林", "13900010017", "物业纠纷", "SFX-DH", null, "小区外墙脱落，物业拒不维修", 30, 20000, 16,
                    Stage.HANDLE, "ZJJ"),
            new Matter("朱文静", "13900010018", "消费纠纷", "SFX-XS", null, "网购家电质量问题商家拒绝退货", 1, 2600, 20,
                    Stage.HANDLE, "SFX-XS"),
            new Matter("秦长江", "13900010019", "土地纠纷", "SFX-XS", "SFX-XS-SM", "承包地调整后面积不符", 5, 0, 6,
                    Stage.EXTENSION, "NYNCJ"),
            new Matter("尤美玲", "13900010020", "邻里纠纷", "SFX-CG", "SFX-CG-BG", "邻居违规搭建阻挡采光", 2, 0, 9,
                    Stage.NOTIFY, "SFX-CG"),
            new Matter("许国庆", "13900010021", "物业纠纷", "SFX-DH", null, "供暖温度不达标，要求退费", 25, 5000, 10,
                    Stage.NOTIFY, "ZJJ"),
            new Matter("何翠萍", "13900010022", "婚姻家庭纠纷", "SFX-XS", null, "彩礼返还争议", 2, 88000, 12,
                    Stage.VISIT, "SFJ"),
            new Matter("吕振华", "13900010023", "交通事故纠纷", "SFX-CG", null, "停车场剐蹭赔偿争议", 2, 3000, 15,
                    Stage.VISIT, "GAJ"),
            new Matter("施秋菊", "13900010024", "邻里纠纷", "SFX-DH", "SFX-DH-HW", "鸡鸭散养进入邻居菜地", 2, 300, 18,
                    Stage.CLOSED, null),
            new Matter("张明亮", "13900010025", "劳动争议", "SFX-CG", null, "快递站点克扣计件工资", 6, 15000, 25,
                    Stage.CLOSED, "RSJ"));

    private final WindowRegistration window;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final CaseLedger ledger;

    DemoCases(WindowRegistration window, RuntimeService runtime, TaskService tasks, ManagementService management,
              CaseLedger ledger) {
        this.window = window;
        this.runtime = runtime;
        this.tasks = tasks;
        this.management = management;
        this.ledger = ledger;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (ledger.count() > 0) {
            return;
        }
        try {
            MATTERS.forEach(this::play);
        } finally {
            ClockUtil.reset();
        }
        log.info("Demo centre: {} cases registered at every step of the seven", MATTERS.size());
    }

    private void play(Matter m) {
        // A working morning that many days ago, never later than two hours before now.
        Instant morning = LocalDate.now(ChinaTime.ZONE).minusDays(m.daysAgo()).atTime(LocalTime.of(9, 30)).atZone(ChinaTime.ZONE)
                .toInstant();
        Instant latest = Instant.now().minus(Duration.ofHours(2)).minus(Duration.ofDays(m.daysAgo()));
        Instant day = morning.isBefore(latest) ? morning : latest;
        at(day);
        Map<String, Object> form = new HashMap<>();
        form.put(REPORTER_NAME, m.name());
        form.put(REPORTER_PHONE, m.phone());
        form.put(CHANNEL, "WALK_IN");
        form.put(MATTER_TYPE, m.matterType());
        form.put(TOWNSHIP_CODE, m.township());
        if (m.village() != null) {
            form.put(VILLAGE_CODE, m.village());
        }
        form.put(SUMMARY, m.summary());
        form.put(PEOPLE_INVOLVED, (long) m.people());
        form.put(AMOUNT_AT_STAKE, m.amount());
        String clerk = m.daysAgo() % 2 == 0 ? "wangfang" : "liqiang";
        String pi = window.register(form, clerk, List.of(Role.INTAKE.groupId())).processInstanceId();
        runJobs(pi); // 登记立案 on the same day, up to 研判定级
        if (m.stage() == Stage.ASSESS) {
            return;
        }
        at(day.plus(Duration.ofMinutes(40)));
        if (m.stage() == Stage.MEETING) {
            complete(pi, TaskKeys.ASSESS_CASE, GRADE, "SIGNIFICANT", MODE, "LEADER", LEAD_UNIT,
                    "征地拆迁纠纷".equals(m.matterType()) ? "ZRZYJ" : "WJJ", ProcessVariables.LEADER, "xugang",
                    ASSESSMENT_NOTE, "涉及人数多、金额大，提请会商研判");
            return;
        }
        if (m.stage() == Stage.ON_SPOT || m.unit() == null) {
            complete(pi, TaskKeys.ASSESS_CASE, GRADE, "GENERAL", MODE, "ON_SPOT", ASSESSMENT_NOTE, "事实清楚，当场调解");
            if (m.stage() == Stage.CLOSED) {
                complete(pi, TaskKeys.MEDIATE_ON_SPOT, ON_SPOT_RESOLVED, "YES", AGREEMENT_SUMMARY, "双方达成和解，当场履行",
                        MEDIATION_NOTE, "调解员现场调解");
                feedBack(pi, m.stage(), day.plus(Duration.ofDays(1)));
            }
            return;
        }
        complete(pi, TaskKeys.ASSESS_CASE, GRADE, "GENERAL", MODE, "TRANSFER", LEAD_UNIT, m.unit(),
                ASSESSMENT_NOTE, "属该单位职责，转办");
        String unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi).singleResult().getId();
        runJobs(unit);
        if (m.stage() == Stage.SIGN) {
            return;
        }
        at(day.plus(Duration.ofHours(3)));
        complete(unit, TaskKeys.SIGN_FOR, SIGN_DECISION, "SIGN");
        if (m.stage() == Stage.HANDLE) {
            return; // the late ones are overdue now; the job executor sends their letters after start
        }
        at(day.plus(Duration.ofDays(3)));
        if (m.stage() == Stage.EXTENSION) {
            complete(unit, TaskKeys.HANDLE, HANDLING_WAY, "ADMIN_MEDIATION", HANDLING_OUTCOME, "EXTENSION",
                    EXTENSION_DAYS, 10L, EXTENSION_REASON, "需等待土地测绘结果", HANDLING_NOTE, "已委托测绘");
            return;
        }
        complete(unit, TaskKeys.HANDLE, HANDLING_WAY, "PEOPLE_MEDIATION", HANDLING_OUTCOME, "AGREEMENT",
                AGREEMENT_SUMMARY, "双方签订调解协议，约定履行期限", HANDLING_NOTE, "已调解结案");
        if (m.stage() == Stage.NOTIFY) {
            return;
        }
        feedBack(pi, m.stage(), day.plus(Duration.ofDays(4)));
    }

    /** 反馈结果 on the given day, then 回访评价 two days later unless the case still waits for it. */
    private void feedBack(String pi, Stage stage, Instant when) {
        at(when);
        complete(pi, TaskKeys.NOTIFY_CITIZEN, NOTIFY_METHOD, "PHONE", NOTIFY_CONTENT, "已电话告知办理结果");
        if (stage == Stage.VISIT) {
            return;
        }
        at(when.plus(Duration.ofDays(2)));
        complete(pi, TaskKeys.RETURN_VISIT, REACHED, "YES", SATISFACTION, "SATISFIED", VISIT_COMMENT, "群众表示满意");
    }

    private void complete(String processInstanceId, String taskKey, Object... keyValues) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey)
                .singleResult();
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            variables.put((String) keyValues[i], keyValues[i + 1]);
        }
        tasks.complete(task.getId(), variables);
    }

    /** What the job executor would have done then (登记立案 after intake, dispatch of the 交办单). */
    private void runJobs(String processInstanceId) {
        for (Job job : management.createJobQuery().processInstanceId(processInstanceId).executable().list()) {
            if (job.getDuedate() == null || !job.getDuedate().after(ClockUtil.getCurrentTime())) {
                management.executeJob(job.getId());
            }
        }
    }

    private static void at(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }
}
