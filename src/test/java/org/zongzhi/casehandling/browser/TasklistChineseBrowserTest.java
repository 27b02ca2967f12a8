package org.zongzhi.casehandling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.casehandling.CaseHandlingTest;

/** A Chinese browser gets the Camunda webapps in Chinese, before and after logging in. */
@CaseHandlingTest
class TasklistChineseBrowserTest {

    @LocalServerPort
    int port;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void demoClerkLogsIntoTasklistAndSeesTheChineseInterface() throws Exception {
        browser.open("/camunda/app/tasklist/default/");
        WebElement username = browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
        assertThat(username.getAttribute("placeholder")).isEqualTo("用户名");
        assertThat(browser.driver().findElement(By.cssSelector("input[ng-model='password']")).getAttribute("placeholder"))
                .isEqualTo("密码");
        assertThat(browser.driver().findElement(By.cssSelector("button[type='submit']")).getText()).isEqualTo("登录");
        browser.screenshot("tasklist-login-zh");

        browser.logIn("wangfang", "wangfang");
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "王芳"));
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "任务"));
        assertThat(browser.bodyText())
                .contains("启动流程")
                .doesNotContain("Start process", "Filters", "Log out");
        browser.screenshot("tasklist-zh");
    }

    @Test
    void supervisorOpensCockpitInChinese() throws Exception {
        browser.open("/camunda/app/cockpit/default/");
        browser.logIn("zhoujie", "zhoujie");
        browser.waitUpTo(Duration.ofSeconds(30))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "流程"));
        assertThat(browser.bodyText()).doesNotContain("Processes", "Decisions", "Deployments");
        browser.screenshot("cockpit-zh");
    }
}
