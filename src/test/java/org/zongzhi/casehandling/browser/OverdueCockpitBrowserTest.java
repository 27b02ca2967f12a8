package org.zongzhi.casehandling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.letters.LetterIssuer;
import org.zongzhi.casehandling.supervision.cockpit.HousingCase;
import org.zongzhi.casehandling.WindowClerk;

/**
 * A supervisor opens Cockpit and finds 逾期督办 on the dashboard: the late cases with their unit,
 * task, deadline, days overdue and letters, most overdue first, sortable by any column, each
 * linked to its process instance. The server's engine clock decides what is overdue; the
 * browser's own clock plays no part.
 */
@CaseHandlingTest
class OverdueCockpitBrowserTest {

    private static final String PANEL = "section.overdue-supervision";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    WindowClerk window;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    LetterIssuer letters;
    @Autowired
    FilterService filters;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowserAndResetClock() {
        browser.close();
        ClockUtil.reset();
    }

    @Test
    void supervisorFindsTheLateCaseOnTheDashboardAndOpensItsProcessInstance() throws Exception {
        // Two late cases at 住建局, the second registered after the first was already late, so the
        // second's deadline is later whatever the calendar (holidays included) and the order means something.
        HousingCase older = HousingCase.start(window, runtime, tasks, management);
        older.lateBy(Duration.ofDays(1));
        HousingCase late = HousingCase.start(window, runtime, tasks, management);
        assertThat(late.handlingDue()).isAfter(older.handlingDue());
        late.lateBy(Duration.ofDays(1).plusHours(1));
        older.runDueJobs(management);
        late.runDueJobs(management);
        assertThat(letters.forCase(late.caseNo())).as("the 工作提示函 of %s", late.caseNo()).hasSize(1);

        browser.open("/camunda/app/cockpit/default/");
        browser.logIn("zhoujie", "zhoujie");
        WebElement panel = browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions
                .presenceOfElementLocated(By.cssSelector(PANEL + "[data-loaded='true']")));

        assertThat(panel.findElement(By.cssSelector(".overdue-supervision__title")).getText()).isEqualTo("逾期督办");
        assertThat(browser.texts(PANEL + " thead th button"))
                .extracting(label -> label.replace("▲", "").replace("▼", "").trim())
                .containsExactly("案件编号", "承办单位", "任务", "办理期限", "逾期天数", "已发函件");

        WebElement row = row(late.caseNo());
        assertThat(cell(row, "unit")).isEqualTo("县住房和城乡建设局");
        assertThat(cell(row, "task")).isEqualTo("办理交办事项");
        assertThat(Integer.parseInt(row.findElement(By.cssSelector(".overdue-supervision__days"))
                .getAttribute("data-days"))).isGreaterThanOrEqualTo(1);
        assertThat(cell(row, "days")).matches("\\d+ 天");
        assertThat(cell(row, "letters")).isEqualTo("1");
        assertThat(cell(row, "due")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");

        // Most overdue first; a click on 逾期天数 turns the order round, one on 案件编号 sorts by number.
        assertThat(caseOrder()).containsSubsequence(older.caseNo(), late.caseNo());
        assertThat(days()).isSortedAccordingTo((a, b) -> b - a);
        sortBy("daysOverdue");
        assertThat(caseOrder()).containsSubsequence(late.caseNo(), older.caseNo());
        assertThat(days()).isSorted();
        assertThat(browser.driver().findElement(By.cssSelector(PANEL + " th[aria-sort]")).getAttribute("aria-sort"))
                .isEqualTo("ascending");
        sortBy("caseNo");
        assertThat(caseOrder()).isSorted();
        sortBy("daysOverdue");
        assertThat(caseOrder()).containsSubsequence(older.caseNo(), late.caseNo());

        ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.driver().findElement(By.cssSelector(PANEL)));
        assertThat(browser.screenshot("cockpit-overdue-plugin")).exists();

        row(late.caseNo()).findElement(By.cssSelector(".overdue-supervision__case a")).click();
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions
                .urlContains("#/process-instance/" + late.unitInstanceId() + "/runtime"));
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.tagName("body"), late.unitInstanceId()));
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions
                .textToBePresentInElementLocated(By.tagName("body"), late.caseNo()));
        browser.screenshot("cockpit-overdue-instance");
    }

    @Test
    void supervisorOpensTheOverdueFilterInTasklistAndSeesTheLateTask() throws Exception {
        HousingCase late = HousingCase.start(window, runtime, tasks, management);
        late.lateBy(Duration.ofHours(2));
        String taskId = tasks.createTaskQuery().processInstanceId(late.unitInstanceId()).singleResult().getId();
        String overdueFilter = filters.createFilterQuery().filterName("已逾期").singleResult().getId();

        browser.open("/camunda/app/tasklist/default/");
        browser.logIn("zhoujie", "zhoujie");
        browser.waitForText("已逾期");
        browser.click(By.xpath("//*[contains(@class,'task-filter')]//*[normalize-space(text())='已逾期']"));
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.urlContains("filter=" + overdueFilter));
        // Other tests' late tasks may fill the first page: open ours within the filter, as a link to it does.
        browser.open("/camunda/app/tasklist/default/#/?filter=" + overdueFilter + "&task=" + taskId);
        browser.waitForText("办理时限依据");
        assertThat(browser.valueOf("案件编号")).isEqualTo(late.caseNo());
        assertThat(browser.bodyText()).contains("办理交办事项").contains("已逾期");
        browser.screenshot("tasklist-overdue-filter");
    }

    private WebElement row(String caseNo) {
        return browser.driver().findElements(By.cssSelector(PANEL + " tr.overdue-supervision__row")).stream()
                .filter(r -> cell(r, "case").equals(caseNo))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + caseNo + " in 逾期督办: "
                        + browser.texts(PANEL + " tbody tr")));
    }

    private static String cell(WebElement row, String column) {
        return row.findElement(By.cssSelector(".overdue-supervision__" + column)).getText();
    }

    private List<String> caseOrder() {
        return browser.texts(PANEL + " tbody .overdue-supervision__case");
    }

    private List<Integer> days() {
        return browser.driver().findElements(By.cssSelector(PANEL + " tbody .overdue-supervision__days")).stream()
                .map(d -> Integer.parseInt(d.getAttribute("data-days")))
                .toList();
    }

    private void sortBy(String key) {
        browser.driver().findElement(By.cssSelector(PANEL + " button[data-sort-key='" + key + "']")).click();
    }
}
