package org.zongzhi.casehandling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.IntakeContinuation;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.process.ProcessKeys;
import org.zongzhi.casehandling.process.TaskKeys;

/**
 * The case forms as staff use them in the real Tasklist: the window clerk registers a matter on
 * the start form, the assessor grades and routes it, the unit's liaison sends the order back. The
 * engine's job executor is off in tests, so the dispatch job is run here, as the executor would.
 */
@CaseHandlingTest
class CaseFormsBrowserTest {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Tasklist's notice when a task form could not be submitted (form-js or server refusal). */
    private static final String COMPLETE_ERROR = "提交任务表单时出错";

    @LocalServerPort
    int port;

    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    RepositoryService repository;
    @Autowired
    CaseLedger ledger;
    @Autowired
    IntakeContinuation continuation;
    @Autowired
    WindowClerk window;

    @Test
    void matterRegisteredAtTheWindowIsAssessedAndSentBackByTheUnitWithAReason() throws Exception {
        // Unique, so the case is found again among those other tests of the same server started.
        String summary = "幸福家园小区" + ThreadLocalRandom.current().nextInt(1000, 9999)
                + "号楼业主反映物业公司长期不维修电梯，要求退还部分物业费。";

        // 1. 信息汇集: the window clerk registers the walk-in on the start form.
        actAs("wangfang", clerk -> {
            clerk.open(TASKLIST);
            clerk.logIn("wangfang", "wangfang");
            clerk.click(By.xpath("//a[normalize-space(.) = '启动流程']"));
            clerk.click(By.xpath("//div[contains(@class, 'modal')]//a[normalize-space(.) = '矛盾纠纷案件办理']"));
            clerk.waitForText("窗口登记来访事项");
            assertThat(clerk.bodyText()).as("no vendor banner").doesNotContain("Camunda 8");
            assertThat(clerk.chosen("来源渠道")).isEqualTo("群众来访");
            clerk.fillIn("来访人姓名", "张秀英");
            clerk.fillIn("联系电话", "13907310001");
            clerk.choose("事项类型", "物业纠纷");
            clerk.choose("所属乡镇", "东河乡");
            clerk.choose("所属村（社区）", "李家庄村（东河乡）");
            clerk.fillIn("详细地址", "东河乡李家庄村幸福家园小区");
            clerk.fillIn("事项简述", summary);
            clerk.fillIn("涉及人数", "3");
            clerk.fillIn("涉及金额（元）", "12000");
            clerk.screenshot("forms-01-start-form");
            clerk.click(By.xpath("//div[contains(@class, 'modal-footer')]//button[normalize-space(.) = '启动']"));
            clerk.waitForText("流程已启动");
            clerk.screenshot("forms-02-process-started");
        });

        ProcessInstance instance = runtime.createProcessInstanceQuery().processDefinitionKey(ProcessKeys.CASE_HANDLING)
                .variableValueEquals("summary", summary).singleResult();
        assertThat(instance).as("case started from the Tasklist start form").isNotNull();
        String caseNo = instance.getBusinessKey();
        assertThat(caseNo).matches("SFX-\\d{4}-\\d{6}");
        assertThat(runtime.getVariable(instance.getId(), "caseNo")).isEqualTo(caseNo);
        // The clerk's answer came before 登记立案 ran; the job executor carries the case on to 研判定级.
        assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly(IntakeContinuation.ACTIVITY);
        continuation.runIn(instance.getId());
        assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly(TaskKeys.ASSESS_CASE);
        CaseRecord registered = ledger.find(caseNo).orElseThrow();
        assertThat(registered.reporterName()).isEqualTo("张秀英");
        assertThat(registered.reporterPhone()).isEqualTo("13907310001");
        assertThat(registered.matterType()).isEqualTo("物业纠纷");
        assertThat(registered.townshipCode()).isEqualTo("SFX-DH");
        assertThat(registered.villageCode()).isEqualTo("SFX-DH-LJZ");
        assertThat(registered.peopleInvolved()).isEqualTo(3);
        assertThat(registered.amountAtStake()).isEqualByComparingTo("12000");
        assertThat(registered.firstContactOwner()).isEqualTo("wangfang");

        // 2. 会商研判: the assessor claims 研判定级, checks the suggestion and transfers to 住建局.
        Task assess = openTask(instance.getId(), TaskKeys.ASSESS_CASE);
        actAs("zhaomin", assessor -> {
            openInMyWork(assessor, "zhaomin", caseNo, "研判定级", assess.getId());
            claim(assessor, "赵敏");
            assertThat(assessor.valueOf("案件编号")).isEqualTo(caseNo);
            assertThat(assessor.chosen("事项等级")).isEqualTo("一般");
            assertThat(assessor.chosen("分流方式")).isEqualTo("转办");
            assertThat(assessor.chosen("牵头单位")).isEqualTo("县住房和城乡建设局");
            assertThat(assessor.chosen("分流依据")).isEqualTo("属事");
            assessor.screenshot("forms-03-assess-suggested");
            assessor.choose("分流方式", "转办");
            assessor.choose("牵头单位", "县住房和城乡建设局");
            assessor.fillIn("研判意见", "物业服务质量问题，属住建部门监管职责，转县住建局办理。");
            assessor.screenshot("forms-04-assess-filled");
            complete(assessor);
            assessor.screenshot("forms-05-assess-completed");
        });

        assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly("CallActivity_UnitHandling");
        CaseRecord assessed = ledger.find(caseNo).orElseThrow();
        assertThat(assessed.grade()).isEqualTo("GENERAL");
        assertThat(assessed.responsibleUnitCode()).isEqualTo("ZJJ");

        // 3. 分流交办: the order is dispatched (the job executor's work), the 住建局 liaison returns it.
        ProcessInstance unitHandling = runtime.createProcessInstanceQuery()
                .superProcessInstanceId(instance.getId()).singleResult();
        List<Job> dispatch = management.createJobQuery().processInstanceId(unitHandling.getId()).list();
        assertThat(dispatch).as("the 发送交办单 job").hasSize(1);
        management.executeJob(dispatch.get(0).getId());
        Task signFor = openTask(unitHandling.getId(), TaskKeys.SIGN_FOR);

        String reason = "该小区电梯属开发商保修期内质量问题，应由东河乡综治中心组织业主与开发商调解，不属本局职责。";
        actAs("dongliang", liaison -> {
            openInMyWork(liaison, "dongliang", caseNo, "签收交办单", signFor.getId());
            claim(liaison, "董亮");
            assertThat(liaison.valueOf("案件编号")).isEqualTo(caseNo);
            assertThat(liaison.chosen("承办单位")).isEqualTo("县住房和城乡建设局");
            liaison.pick("签收意见", "退回");
            liaison.formField("退回理由");
            liaison.click(completeButton());
            // form-js refuses in the browser: the field turns red and Tasklist reports the failed submit.
            liaison.waitUpTo(WAIT).until(d -> !liaison.errorsOf("退回理由").isBlank());
            liaison.waitForText(COMPLETE_ERROR);
            assertThat(liaison.errorsOf("退回理由")).as("form-js in Chinese").isEqualTo("此项必填。");
            liaison.screenshot("forms-06-return-without-reason-refused");
            assertThat(tasks.createTaskQuery().taskId(signFor.getId()).count())
                    .as("the order may not go back without a reason").isEqualTo(1);
            liaison.click(By.cssSelector(".notifications button.close[ng-click^='removeNotification']"));
            liaison.waitUpTo(WAIT).until(d -> !liaison.bodyText().contains(COMPLETE_ERROR));

            liaison.fillIn("退回理由", reason);
            liaison.waitUpTo(WAIT).until(d -> liaison.errorsOf("退回理由").isBlank());
            liaison.screenshot("forms-07-return-with-reason");
            complete(liaison);
            liaison.screenshot("forms-08-returned");
        });

        assertThat(tasks.createTaskQuery().taskId(signFor.getId()).count()).isZero();
        assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly(TaskKeys.ASSESS_CASE);
        assertThat(runtime.getVariable(instance.getId(), "returnReason")).isEqualTo(reason);
        assertThat(ledger.trail(caseNo)).anySatisfy(event -> {
            assertThat(event.actor()).isEqualTo("dongliang");
            assertThat(event.detail()).isEqualTo("完成：签收交办单：退回（" + reason + "）");
        });
    }

    @Test
    void supervisorSeesBothProcessDiagramsInCockpit() throws Exception {
        actAs("zhoujie", supervisor -> {
            supervisor.windowSize(3840, 1400);
            supervisor.open("/camunda/app/cockpit/default/");
            supervisor.logIn("zhoujie", "zhoujie");
            supervisor.waitForText("周杰");
            showDiagram(supervisor, ProcessKeys.CASE_HANDLING, TaskKeys.ASSESS_CASE, "矛盾纠纷案件办理");
            supervisor.screenshot("cockpit-case-handling-diagram");
            showDiagram(supervisor, ProcessKeys.UNIT_HANDLING, TaskKeys.SIGN_FOR, "交办单位办理");
            supervisor.screenshot("cockpit-unit-handling-diagram");
        });
    }

    @Test
    void aMatterTheIntakeRulesRefuseIsExplainedOnTheStartFormAndNothingIsRegistered() throws Exception {
        long cases = ledger.count();
        actAs("liqiang", clerk -> {
            clerk.open(TASKLIST);
            clerk.logIn("liqiang", "liqiang");
            clerk.click(By.xpath("//a[normalize-space(.) = '启动流程']"));
            clerk.click(By.xpath("//div[contains(@class, 'modal')]//a[normalize-space(.) = '矛盾纠纷案件办理']"));
            clerk.waitForText("窗口登记来访事项");
            clerk.fillIn("来访人姓名", "冯德顺");
            clerk.fillIn("联系电话", "13907310002");
            // A valid-looking ID number whose check digit is wrong: only the server can tell.
            clerk.fillIn("身份证号码", "110105194912310021");
            clerk.choose("事项类型", "邻里纠纷");
            clerk.choose("所属乡镇", "东河乡");
            clerk.fillIn("事项简述", "邻居违规搭建棚子占用公共通道。");
            clerk.click(By.xpath("//div[contains(@class, 'modal-footer')]//button[normalize-space(.) = '启动']"));
            clerk.waitForText("身份证号码校验位不正确");
            clerk.screenshot("forms-00-start-form-refused");
            assertThat(clerk.bodyText()).contains("登记未完成").doesNotContain("流程已启动");
        });
        assertThat(ledger.count()).isEqualTo(cases);
    }

    @Test
    void aSuccessfulMediationAsksForItsAgreementInChineseBeforeTheUnitConcludes() throws Exception {
        ProcessInstance instance = window.register(walkIn("物业纠纷", "小区电梯停运两个月，业主要求物业公司修复。", 3, 3000, false));
        String caseNo = instance.getBusinessKey();
        tasks.complete(openTask(instance.getId(), "Task_AssessCase").getId(),
                Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(instance.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        tasks.complete(openTask(unit.getId(), "Task_SignFor").getId(), Map.of("signDecision", "SIGN"));
        Task handle = openTask(unit.getId(), "Task_Handle");

        actAs("yuanyuan", liaison -> {
            openInMyWork(liaison, "yuanyuan", caseNo, "办理交办事项", handle.getId());
            claim(liaison, "袁媛");
            assertThat(liaison.chosen("承办单位")).as("the unit's name from the directory").isEqualTo("县住房和城乡建设局");
            liaison.choose("办理方式", "人民调解");
            assertThat(liaison.shows("调解协议要点")).as("asked for only when mediation succeeded").isFalse();
            liaison.choose("办理结果", "调解成功");
            assertThat(liaison.formField("调解协议要点").getText()).as("marked required").contains("*");
            liaison.click(completeButton());
            liaison.waitUpTo(WAIT).until(d -> !liaison.errorsOf("调解协议要点").isBlank());
            liaison.waitForText(COMPLETE_ERROR);
            assertThat(liaison.errorsOf("调解协议要点")).isEqualTo("此项必填。");
            assertThat(String.join(" ", liaison.texts(".notifications")))
                    .as("a message for people, not for the engine")
                    .doesNotContain(handle.getId(), "Cannot", "Exception", "org.camunda", "Error");
            liaison.screenshot("forms-09-agreement-required");
            assertThat(tasks.createTaskQuery().taskId(handle.getId()).count()).isEqualTo(1);
            liaison.click(By.cssSelector(".notifications button.close[ng-click^='removeNotification']"));
            liaison.fillIn("调解协议要点", "物业公司十日内更换电梯主板，业主按期缴纳物业费。");
            liaison.waitUpTo(WAIT).until(d -> liaison.errorsOf("调解协议要点").isBlank());
            complete(liaison);
        });
        assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly("Task_NotifyCitizen");
        assertThat(runtime.getVariable(instance.getId(), "agreementSummary"))
                .isEqualTo("物业公司十日内更换电梯主板，业主按期缴纳物业费。");
    }

    @Test
    void theConsultationMeetingAsksForCoUnitsOrALeaderAsItsRouteNeedsAndExplainsARefusal() throws Exception {
        ProcessInstance instance = window.register(walkIn("劳动争议", "某建筑工地六十名农民工被拖欠工资八十万元。", 60, 800000, true));
        String caseNo = instance.getBusinessKey();
        tasks.complete(openTask(instance.getId(), "Task_AssessCase").getId(),
                Map.of("grade", "SIGNIFICANT", "mode", "TRANSFER", "leadUnit", "RSJ"));
        Task meeting = openTask(instance.getId(), "Task_ConsultationMeeting");

        actAs("yangguang", leader -> {
            openInMyWork(leader, "yangguang", caseNo, "召开会商研判会", meeting.getId());
            claim(leader, "杨光");
            assertThat(leader.bodyText()).as("candidate groups by name").containsPattern("研判员, 领导|领导, 研判员")
                    .doesNotContain("assessor");
            assertThat(leader.shows("协办单位")).isFalse();
            assertThat(leader.shows("包案领导")).isFalse();
            leader.choose("分流方式", "联办");
            assertThat(leader.shows("协办单位")).isTrue();
            assertThat(leader.shows("包案领导")).isFalse();
            // The same unit cannot lead and assist: only the server knows, and says so in Chinese.
            leader.addTag("协办单位", "县人力资源和社会保障局");
            fillInTheMeeting(leader, "联办：人社局牵头，公安局协办。");
            leader.click(completeButton());
            leader.waitForText("协办单位不能与牵头单位相同");
            assertThat(String.join(" ", leader.texts(".notifications")))
                    .doesNotContain(meeting.getId(), "Cannot submit", "Exception", "org.camunda");
            leader.screenshot("forms-10-meeting-joint-refused");
            assertThat(tasks.createTaskQuery().taskId(meeting.getId()).count()).isEqualTo(1);

            // The meeting decides otherwise; the form is opened afresh (a select keeps the refused
            // submit's focus and no longer opens in headless Chromium).
            leader.driver().navigate().refresh();
            leader.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field")));
            leader.choose("分流方式", "领导包案");
            assertThat(leader.shows("协办单位")).isFalse();
            assertThat(leader.choose("包案领导", "徐刚·县委政法委委员（包案领导）")).as("the directory's leaders")
                    .containsExactlyInAnyOrder("杨光·县委政法委副书记、中心主任", "徐刚·县委政法委委员（包案领导）");
            fillInTheMeeting(leader, "由徐刚包案，人社局牵头，一事一策。");
            leader.screenshot("forms-11-meeting-leader");
            complete(leader);
        });
        assertThat(runtime.getActiveActivityIds(instance.getId())).containsExactly("Task_LeaderPlan");
        assertThat(openTask(instance.getId(), "Task_LeaderPlan").getAssignee()).isEqualTo("xugang");
    }

    @Test
    void feedbackAndVisitShowTheCitizenMaskedWithALinkAndTheCardsSayWhatAndWhenInChinese() throws Exception {
        ProcessInstance instance = window.register(walkIn("邻里纠纷", "邻居装修噪音扰民，多次协商无果。", 2, 0, false));
        String caseNo = instance.getBusinessKey();
        tasks.complete(openTask(instance.getId(), "Task_AssessCase").getId(), Map.of("grade", "GENERAL", "mode", "ON_SPOT"));
        tasks.complete(openTask(instance.getId(), "Task_MediateOnSpot").getId(),
                Map.of("onSpotResolved", "YES", "agreementSummary", "双方约定每日八点至十八点施工"));
        Task notify = openTask(instance.getId(), "Task_NotifyCitizen");

        actAs("wangfang", clerk -> {
            openInMyWork(clerk, "wangfang", caseNo, "反馈办理结果", notify.getId());
            showsTheCitizenMasked(clerk, caseNo, "反馈结果");
            String card = String.join(" ", clerk.texts(".tasks-list li"));
            assertThat(card).as("the card: case number, what the case is, created when")
                    .contains(caseNo, "邻里纠纷·东河乡·一般").contains("前").doesNotContain("ago");
            assertThat(clerk.bodyText()).as("the candidate group by name").contains("受理员");
            clerk.screenshot("forms-12-feedback-masked");
            claim(clerk, "王芳");
            clerk.choose("反馈方式", "电话");
            clerk.fillIn("反馈内容", "已电话告知群众调解结果。");
            complete(clerk);
        });
        Task visit = openTask(instance.getId(), "Task_ReturnVisit");
        actAs("chenjing", visitor -> {
            openInMyWork(visitor, "chenjing", caseNo, "回访评价", visit.getId());
            showsTheCitizenMasked(visitor, caseNo, "回访");
            assertThat(visitor.bodyText()).as("the candidate group by name").contains("回访员").doesNotContain("visitor");
            visitor.screenshot("forms-13-visit-masked");
        });
    }

    private static void fillInTheMeeting(Browser browser, String decision) {
        browser.fillIn("参会人员", "杨光、徐刚、赵敏、县人社局、县公安局");
        browser.fillIn("会议纪要", "研究欠薪处置方案，人社局牵头，公安局协助。");
        browser.fillIn("会商意见", decision);
    }

    private static void showsTheCitizenMasked(Browser browser, String caseNo, String reason) {
        assertThat(browser.valueOf("来访人姓名（脱敏）")).isEqualTo("张*英");
        assertThat(browser.valueOf("联系电话（脱敏）")).isEqualTo("139****0001");
        assertThat(browser.bodyText()).doesNotContain("13907310001", "张秀英");
        WebElement link = browser.driver().findElement(By.cssSelector(".fjs-form a[href*='/personal-data']"));
        assertThat(link.getDomAttribute("href")).contains("/api/cases/" + caseNo + "/personal-data?reason="
                + URLEncoder.encode(reason, StandardCharsets.UTF_8));
    }

    /** A matter as the window clerk registers it; the reporter is always 张秀英 of 东河乡. */
    private static Map<String, Object> walkIn(String matterType, String summary, long people, double amount,
                                              boolean groupIncident) {
        Map<String, Object> v = new HashMap<>();
        v.put("reporterName", "张秀英");
        v.put("reporterPhone", "13907310001");
        v.put("channel", "WALK_IN");
        v.put("matterType", matterType);
        v.put("townshipCode", "SFX-DH");
        v.put("summary", summary + ThreadLocalRandom.current().nextInt(1000, 9999));
        v.put("peopleInvolved", people);
        v.put("amountAtStake", amount);
        v.put("groupIncident", groupIncident);
        v.put("crossArea", false);
        return v;
    }

    /** Opens a definition in Cockpit, gives the diagram the whole page and fits it in, for a human to judge. */
    private void showDiagram(Browser browser, String key, String someActivity, String name) {
        String id = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                .singleResult().getId();
        browser.open("/camunda/app/cockpit/default/#/process-definition/" + id);
        By activity = By.cssSelector(".djs-container [data-element-id='" + someActivity + "']");
        browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(activity));
        browser.waitForText(name);
        // Cockpit keeps the diagram maximized from one definition to the next.
        browser.driver().findElements(By.cssSelector("a.maximize-collapsable")).stream()
                .filter(WebElement::isDisplayed).findFirst().ifPresent(WebElement::click);
        // The zoom buttons lie under the canvas' own layer, so a pointer click would land on the canvas.
        browser.clickUnderOverlay(By.cssSelector("button[ng-click='resetZoom()']"));
        // bpmn-js fits the diagram to the new canvas size with an animation.
        browser.waitUntilStill(activity);
    }

    /** What one user does in a browser of their own; a failure leaves a picture of their screen. */
    private void actAs(String user, Steps steps) throws Exception {
        try (Browser browser = new Browser("http://localhost:" + port).windowSize(1440, 1400)) {
            try {
                steps.run(browser);
            } catch (Exception | AssertionError e) {
                browser.screenshot("forms-failed-" + user);
                throw e;
            }
        }
    }

    private interface Steps {
        void run(Browser browser) throws Exception;
    }

    private Task openTask(String processInstanceId, String key) {
        Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
        assertThat(task).as("open task %s", key).isNotNull();
        return task;
    }

    /**
     * Logs in, opens 我的待办 and narrows it to the case (Tasklist's search by business key, the
     * case number), then opens the task. Other tests of the same server leave tasks of their own.
     */
    private void openInMyWork(Browser browser, String user, String caseNo, String taskName, String taskId) {
        browser.open(TASKLIST);
        browser.logIn(user, user);
        browser.click(By.xpath("//*[contains(@class, 'task-filters')]//a[contains(normalize-space(.), '我的待办')]"));
        browser.waitUpTo(WAIT).until(d -> d.getCurrentUrl().contains("filter="));
        String search = "[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\",\"value\":\"" + caseNo
                + "\",\"name\":\"\"}]";
        String encoded = "searchQuery=" + URLEncoder.encode(search, StandardCharsets.UTF_8).replace("+", "%20");
        String url = browser.driver().getCurrentUrl();
        browser.driver().get(url.contains("searchQuery=")
                ? url.replaceFirst("searchQuery=[^&]*", encoded) : url + "&" + encoded);
        By entry = By.xpath("//*[contains(@class, 'tasks-list')]//h4/a[normalize-space(.) = '" + taskName + "']");
        browser.waitUpTo(WAIT).until(ExpectedConditions.numberOfElementsToBe(entry, 1));
        // Tasklist may draw the list again between finding the entry and clicking it.
        browser.waitUpTo(WAIT).until(d -> {
            WebElement link = d.findElement(entry);
            assertThat(link.getDomAttribute("href")).contains(taskId);
            link.click();
            return true;
        });
        browser.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form-field")));
    }

    private void claim(Browser browser, String userName) {
        browser.click(By.cssSelector("button.claim"));
        browser.waitUpTo(WAIT).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("li.assignee:not(.set-value)"), userName));
        browser.waitUpTo(WAIT).until(ExpectedConditions.elementToBeClickable(completeButton()));
    }

    private static By completeButton() {
        return By.cssSelector(".form-actions button.btn-primary");
    }

    /** Completes the open task; Tasklist then closes it (no success message) or shows why not. */
    private void complete(Browser browser) {
        browser.click(completeButton());
        browser.waitUpTo(WAIT).until(d -> !d.getCurrentUrl().contains("task=")
                || browser.bodyText().contains(COMPLETE_ERROR));
        assertThat(browser.bodyText()).doesNotContain(COMPLETE_ERROR);
        browser.waitForText("请在列表中选择一个任务");
    }
}
