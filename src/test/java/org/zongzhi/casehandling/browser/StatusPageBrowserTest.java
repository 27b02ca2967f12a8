package org.zongzhi.casehandling.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.casehandling.process.ProcessVariables.CASE_NO;

import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;

/** A citizen looks up their case on the /status page on a phone, with no login. */
@CaseHandlingTest
class StatusPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    WindowClerk window;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aCitizenSeesTheStepOfTheirCaseWithNameAndPhoneMasked() throws Exception {
        String pi = window.register(Map.of(
                "reporterName", "郭秀兰", "reporterPhone", "13855556666", "matterType", "消费纠纷",
                "townshipCode", "SFX-CG", "summary", "网购家电质量问题商家拒绝退货", "peopleInvolved", 1L,
                "amountAtStake", 2600.0, "registeredBy", "wangfang")).getId();
        String caseNo = (String) runtime.getVariable(pi, CASE_NO);

        browser.open("/status");
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("caseNo")))
                .sendKeys(caseNo);
        browser.driver().findElement(By.id("phone")).sendKeys("13800000000");
        browser.driver().findElement(By.id("submit")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("message")));
        assertThat(browser.driver().findElement(By.id("message")).getText()).isNotBlank();
        browser.screenshot("status-wrong-phone");

        browser.driver().findElement(By.id("phone")).clear();
        browser.driver().findElement(By.id("phone")).sendKeys("13855556666");
        browser.driver().findElement(By.id("submit")).click();
        browser.waitUpTo(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        assertThat(browser.driver().findElement(By.id("r-caseNo")).getText()).isEqualTo(caseNo);
        assertThat(browser.driver().findElement(By.id("r-name")).getText()).isEqualTo("郭*兰");
        assertThat(browser.driver().findElement(By.id("r-phone")).getText()).isEqualTo("138****6666");
        assertThat(browser.driver().findElement(By.id("step")).getText()).contains("研判");
        assertThat(browser.bodyText()).doesNotContain("郭秀兰", "13855556666");
        browser.screenshot("status-found");
    }
}
