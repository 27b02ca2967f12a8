package org.zongzhi.casehandling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.zongzhi.casehandling.database.ChildServer;

/**
 * A new user's first look (issue 16, #12): the server started as the README says, demo profile and
 * nothing else, in a JVM of its own, and each role opens Tasklist to work waiting for it — cards
 * that say which case and what it is, and late work under 已逾期 — without registering anything.
 */
class DemoCentreBrowserTest {

    private static final String TASKLIST = "/camunda/app/tasklist/default/";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final By CARD_TITLES = By.cssSelector(".tasks-list h4 a");

    @Test
    @Timeout(value = 600, unit = TimeUnit.SECONDS)
    void eachRoleOfTheDemoCentreFindsWorkWaitingInTasklist() throws Exception {
        try (ChildServer server = ChildServer.start("demo-centre", "--spring.profiles.active=demo")) {
            server.awaitReady(Duration.ofSeconds(300));

            List<String> assessor = cards(server, "zhaomin", "我的待办", "demo-01-assessor-my-work");
            assertThat(assessor).as("研判员赵敏's cards").contains("研判定级");

            List<String> supervisor = cards(server, "zhoujie", "已逾期", "demo-02-supervisor-overdue");
            assertThat(supervisor).as("督办员周杰 sees late work of the centre").isNotEmpty();

            List<String> visitor = cards(server, "chenjing", "我的待办", "demo-03-visitor-my-work");
            assertThat(visitor).as("回访员陈静's cards").containsAnyOf("回访评价", "反馈办理结果");

            List<String> liaison = cards(server, "dongliang", "我的待办", "demo-04-housing-liaison-my-work");
            assertThat(liaison).as("住建局联络员董亮's cards: his unit's order to sign").contains("签收交办单");
        }
    }

    /** Logs in as the demo user, opens the filter and returns the cards' titles, with a screenshot. */
    private static List<String> cards(ChildServer server, String user, String filter, String screenshot)
            throws Exception {
        try (Browser browser = new Browser(server.url())) {
            browser.windowSize(1440, 1200);
            browser.open(TASKLIST);
            browser.logIn(user, user);
            browser.click(By.xpath("//*[contains(@class, 'task-filters')]//a[contains(normalize-space(.), '"
                    + filter + "')]"));
            browser.waitUpTo(WAIT).until(ExpectedConditions.presenceOfElementLocated(CARD_TITLES));
            // Every card carries the case number and what the case is (the filter's card variables).
            browser.waitUpTo(WAIT).until(d -> browser.bodyText().contains("案件编号"));
            assertThat(browser.bodyText()).containsPattern("SFX-\\d{4}-\\d{6}");
            browser.screenshot(screenshot);
            return browser.texts(".tasks-list h4 a");
        }
    }
}
