package org.zongzhi.casehandling.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.zongzhi.casehandling.CaseHandlingTest;

/**
 * The monthly report (月度矛盾纠纷形势分析) of June 2013 on the ledger of {@link FigureLedger#loadMonthly},
 * against the figures worked out by hand there; who may read it; one report per month whoever generates it.
 */
@CaseHandlingTest
class MonthlyReportTest {

    private static final Path OUT = Path.of("target", "monthly-reports");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    MonthlyReports reports;
    @Autowired
    MonthlySituation situation;

    @BeforeEach
    void ledger() {
        FigureLedger.loadMonthly(jdbc);
    }

    @Test
    void juneReportHoldsTheFiguresWorkedOutByHandAndTheRiseOfNeighbourDisputes() throws Exception {
        ResponseEntity<String> generated = rest.withBasicAuth("yangguang", "yangguang")
                .postForEntity("/api/reports/monthly/2013-06?replace=true", null, String.class);
        assertThat(generated.getStatusCode()).as(generated.getBody()).isEqualTo(HttpStatus.CREATED);
        assertThat(json.readTree(generated.getBody()).get("month").asText()).isEqualTo("2013-06-01");

        ResponseEntity<byte[]> download = rest.withBasicAuth("yangguang", "yangguang")
                .getForEntity("/api/reports/monthly/2013-06.pdf", byte[].class);
        assertThat(download.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"monthly-report-2013-06.pdf\"");
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("2013-06.pdf"), download.getBody());
        String text;
        try (PDDocument document = Loader.loadPDF(download.getBody())) {
            text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
            PDResources resources = document.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                assertThat(font.getName()).contains("NotoSansSC");
            }
        }
        assertThat(text).contains("2013年6月矛盾纠纷形势分析", "一、主要指标", "二、逾期较多的单位", "三、本月风险预警",
                "四、形势变化分析", "本月上月环比去年同月同比");
        // accepted: J1-J4 against M1-M3 in May and Y1 Y2 in June 2012
        assertThat(text).contains("受理数43上升33.3%2上升100.0%");
        // closed in June: J1 J2 J4 (J3 on 5 July); May M1-M3; June 2012 Y1 Y2
        assertThat(text).contains("办结数33持平2上升50.0%");
        // 3 of June's 4 closed by 30 June; every case of May and of June 2012 closed in its month
        assertThat(text).contains("办结率75.00%100.00%下降25.00个百分点100.00%下降25.00个百分点");
        // mediations in June: J1 ok, J2 failed, J4 ok = 2/3; May M1 ok = 1/1; June 2012 none
        assertThat(text).contains("调解成功率66.67%100.00%下降33.33个百分点—");
        // reached visits in June: J1 满意, J2 不满意, J2 基本满意, J4 满意 = 3/4; May 3/3; June 2012 2/2
        assertThat(text).contains("满意率75.00%100.00%下降25.00个百分点100.00%下降25.00个百分点");
        // first letters in June: J2 06-07, J4 06-10, J3 06-25; none in May or June 2012
        assertThat(text).contains("逾期数30基数为00基数为0");
        assertThat(text).contains("工作提示函30基数为00基数为0", "督办函10基数为00基数为0", "工作提醒函00持平0持平");
        // overdue by unit: 县司法局 J2 J3 of its 3 accepted, 人社局 J4 of 1
        assertThat(text).contains("县司法局23", "县人力资源和社会保障局11");
        assertThat(text.indexOf("县司法局23")).isLessThan(text.indexOf("县人力资源和社会保障局11"));
        assertThat(text).contains("2013-06-15同一村（社区）同类纠纷集中东河乡邻里纠纷5");
        // 邻里纠纷 2 in May (M1 M2), 3 in June (J1 J2 in 东河乡, J3 in 城关镇): +50 %; 劳动争议 1 and 1: no sentence
        assertThat(text).contains("邻里纠纷环比上升50%（5月2件，6月3件），主要集中在东河乡（2件）。");
        assertThat(text).doesNotContain("劳动争议环比");
    }

    @Test
    void aFallIsWrittenWithoutAPlaceAndSmallTypesAreLeftOut() {
        // July 2013 has no acceptances: 邻里纠纷 3 → 0 is written up; 劳动争议 1 → 0 is below 3 matters
        assertThat(situation.changes(YearMonth.of(2013, 7)))
                .containsExactly("邻里纠纷环比下降 100%（6月 3 件，7月 0 件）。");
        // May against April: 邻里纠纷 0 → 2 and 劳动争议 0 → 1, neither reaches 3 matters
        assertThat(situation.changes(YearMonth.of(2013, 5))).isEmpty();
    }

    @Test
    void aStoredMonthIsKeptUnlessReplacingIsAskedFor() throws Exception {
        reports.generate(YearMonth.of(2013, 7), "yangguang", false);
        String first = jdbc.queryForObject("select generated_at::text from monthly_reports where month = '2013-07-01'",
                String.class);
        ResponseEntity<String> again = rest.withBasicAuth("yangguang", "yangguang")
                .postForEntity("/api/reports/monthly/2013-07", null, String.class);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(jdbc.queryForObject("select generated_at::text from monthly_reports where month = '2013-07-01'",
                String.class)).isEqualTo(first);

        JsonNode list = json.readTree(rest.withBasicAuth("yangguang", "yangguang")
                .getForEntity("/api/reports/monthly", String.class).getBody());
        assertThat(list.findValuesAsText("month")).contains("2013-07-01");

        ResponseEntity<String> unfinished = rest.withBasicAuth("yangguang", "yangguang")
                .postForEntity("/api/reports/monthly/2099-01", null, String.class);
        assertThat(unfinished.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unfinished.getBody()).contains("2099-01 尚未结束");
        assertThat(rest.withBasicAuth("yangguang", "yangguang")
                .getForEntity("/api/reports/monthly/2001-01.pdf", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void twoNodesGeneratingTheSameMonthAtOnceStoreOneReport() throws Exception {
        jdbc.update("delete from monthly_reports where month = '2013-09-01'");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<MonthlyReports.Generated>> results = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                results.add(nodes.submit(() -> {
                    start.await();
                    return reports.generate(YearMonth.of(2013, 9), "system", false);
                }));
            }
            start.countDown();
            List<MonthlyReports.Outcome> outcomes = new ArrayList<>();
            for (Future<MonthlyReports.Generated> result : results) {
                outcomes.add(result.get(120, TimeUnit.SECONDS).outcome());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(MonthlyReports.Outcome.STORED,
                    MonthlyReports.Outcome.ALREADY_THERE);
        } finally {
            nodes.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from monthly_reports where month = '2013-09-01'", Long.class))
                .isEqualTo(1);
    }

    @Test
    void aUnitOrTownshipLoginIsRefusedTheMonthlyReports() throws Exception {
        reports.generate(YearMonth.of(2013, 6), "yangguang", false);
        for (String user : List.of("songtao", "renjie")) {
            ResponseEntity<String> list = rest.withBasicAuth(user, user).getForEntity("/api/reports/monthly", String.class);
            assertThat(list.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(json.readTree(list.getBody()).get("detail").asText())
                    .startsWith("月度矛盾纠纷形势分析只有综治中心工作人员和领导可以查看");
            assertThat(rest.withBasicAuth(user, user).getForEntity("/api/reports/monthly/2013-06.pdf", String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat(rest.withBasicAuth(user, user).postForEntity("/api/reports/monthly/2013-06?replace=true", null,
                    String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        }
        assertThat(rest.getForEntity("/api/reports/monthly", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theMonthBeforeIsGeneratedOnTheFirstInChinaTime() throws Exception {
        Method job = MonthlyReportSchedule.class.getDeclaredMethod("previousMonth");
        Scheduled scheduled = job.getAnnotation(Scheduled.class);
        assertThat(scheduled.zone()).isEqualTo("Asia/Shanghai");
        assertThat(scheduled.cron()).isEqualTo("${zongzhi.reports.monthly-cron:0 15 1 1 * *}");
    }
}
