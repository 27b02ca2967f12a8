package org.zongzhi.casehandling.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;

/** A grid worker on patrol records a matter settled on the spot, with a photo, from the phone page /grid. */
@CaseHandlingTest
class GridPageBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;

    Browser browser;

    @BeforeEach
    void openBrowserAsTheGridWorker() {
        // The browser keeps the login for the page's own calls to /api/grid, as after a login prompt.
        browser = new Browser("http://wangwei:wangwei@localhost:" + port);
        browser.driver().manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aGridWorkerRecordsAMatterResolvedOnTheSpotWithAPhoto() throws Exception {
        Path photo = Files.createTempFile("随手拍", ".jpg");
        ImageIO.write(new BufferedImage(120, 90, BufferedImage.TYPE_INT_RGB), "jpg", photo.toFile());
        String summary = "两户因柴垛占道争吵 " + UUID.randomUUID();

        browser.open("/grid/");
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.not(
                ExpectedConditions.textToBePresentInElementLocated(By.id("who"), "正在读取")));
        assertThat(browser.driver().findElement(By.id("who")).getText()).contains("王伟").contains("李家庄村");
        browser.driver().findElement(By.id("summary")).sendKeys(summary);
        browser.driver().findElement(By.id("resolution")).sendKeys("劝说双方当场挪开柴垛，各自认可");
        browser.driver().findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
        browser.screenshot("grid-report");
        browser.driver().findElement(By.id("submit")).click();
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("result"),
                "已记录为就地化解"));
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(By.id("recent"),
                "就地化解"));
        browser.screenshot("grid-recorded");

        assertThat(jdbc.queryForObject("select count(*) from grid_screenings where summary = ? and reported_by = 'wangwei'"
                + " and disposition = 'RESOLVED_ON_SPOT' and case_no is null", Long.class, summary)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from grid_screening_photos p join grid_screenings s"
                + " on s.id = p.screening_id where s.summary = ?", Long.class, summary)).isEqualTo(1);
        Files.delete(photo);
    }
}
