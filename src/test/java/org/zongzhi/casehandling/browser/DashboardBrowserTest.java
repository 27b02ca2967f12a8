package org.zongzhi.casehandling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.demo.DemoHistory;

/** A leader logs in on /reports and sees a year of 2009's demo history drawn by ECharts, in Chinese. */
@CaseHandlingTest
class DashboardBrowserTest {

    static final List<String> CHARTS = List.of("chart-trend", "chart-type", "chart-township", "chart-overdue",
            "chart-places", "chart-letters");

    @LocalServerPort
    int port;
    @Autowired
    DemoHistory history;

    Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = new Browser("http://localhost:" + port).windowSize(1440, 1800);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aLeaderSeesTheYearDrawnInCharts() throws Exception {
        history.load(LocalDate.of(2009, 12, 31), 3000, 20261130L);
        browser.open("/reports");
        browser.waitUpTo(Duration.ofSeconds(60)).until(ExpectedConditions.visibilityOfElementLocated(By.id("user")))
                .sendKeys("yangguang");
        browser.driver().findElement(By.id("password")).sendKeys("yangguang");
        browser.driver().findElement(By.id("submit")).click();
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> "true".equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.rendered")));

        JavascriptExecutor js = (JavascriptExecutor) browser.driver();
        js.executeScript("document.body.dataset.rendered = '';"
                + "document.getElementById('from').value = '2009-01-01';"
                + "document.getElementById('to').value = '2009-12-31';");
        browser.driver().findElement(By.cssSelector("#period button[type='submit']")).click();
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> "true".equals(
                ((JavascriptExecutor) d).executeScript("return document.body.dataset.rendered")));
        browser.waitForText("2009-01-01 至 2009-12-31");

        for (String chart : CHARTS) {
            // An ECharts instance on the element, and its canvas with pixels painted on it.
            Object painted = js.executeScript("""
                    const el = document.getElementById(arguments[0]);
                    const chart = echarts.getInstanceByDom(el);
                    if (!chart) { return -1; }
                    const canvas = el.querySelector('canvas');
                    const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                    let n = 0;
                    for (let i = 3; i < data.length; i += 4) { if (data[i] !== 0) { n++; } }
                    return n;""", chart);
            assertThat(((Number) painted).longValue()).as("painted pixels of %s", chart).isGreaterThan(2000);
        }
        // Twelve months on the trend, the townships ranked, the late units, masked repeat reporters
        assertThat(js.executeScript("return echarts.getInstanceByDom(document.getElementById('chart-trend'))"
                + ".getOption().xAxis[0].data.length")).isEqualTo(12L);
        assertThat(js.executeScript("return echarts.getInstanceByDom(document.getElementById('chart-township'))"
                + ".getOption().yAxis[0].data.join(',')").toString()).contains("城关镇综治中心", "东河乡综治中心");
        assertThat(browser.driver().findElement(By.id("kpis")).getText()).contains("受理数", "办结率", "满意率", "万人成讼率");
        String people = browser.driver().findElement(By.id("people")).getText();
        assertThat(people).isNotBlank().containsPattern("[\\u4e00-\\u9fa5]\\*");
        Path shot = browser.screenshot("reports-dashboard");
        assertThat(Files.size(shot)).isGreaterThan(50_000);
    }
}
