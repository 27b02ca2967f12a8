package org.zongzhi.casehandling.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;

/**
 * Every figure of docs/figures.md on the March 2011 ledger of {@link FigureLedger}, against values
 * worked out by hand in the comments, through the API as a leader, a unit and a township read them.
 */
@CaseHandlingTest
class FiguresTest {

    private static final String MARCH = "from=2011-03-01&to=2011-03-31";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;

    @BeforeEach
    void ledger() {
        FigureLedger.load(jdbc);
    }

    private JsonNode get(String user, String query) throws Exception {
        ResponseEntity<String> answer = rest.withBasicAuth(user, user).getForEntity("/api/reports/summary?" + query,
                String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody());
    }

    private void enterCourtCases() {
        for (Object[] entry : new Object[][] {{"SFX-CG", "2011-03", 12}, {"SFX-DH", "2011-03", 5}, {"SFX-CG", "2011-04", 99}}) {
            ResponseEntity<String> answer = rest.withBasicAuth("liuyang", "liuyang").exchange(
                    "/api/reports/court-cases/" + entry[0] + "/" + entry[1], HttpMethod.PUT,
                    new HttpEntity<>(Map.of("cases", entry[2])), String.class);
            assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NO_CONTENT);
        }
    }

    @Test
    void everyFigureOfMarchEqualsTheCountByHand() throws Exception {
        enterCourtCases();
        JsonNode t = get("yangguang", MARCH).get("total");
        // accepted: A B C D G H; E was merged into A, F screened out, I accepted in February
        assertThat(t.get("accepted").asLong()).isEqualTo(6);
        assertThat(t.get("screened").asLong()).isEqualTo(1);
        // closed in March: A B(无法联系) C G I; D closed on 6 April
        assertThat(t.get("closed").asLong()).isEqualTo(5);
        // of the 6 accepted, closed by the end of March: A B C G = 4/6
        assertThat(t.get("closureRate").asDouble()).isEqualTo(66.67);
        // mediations concluded in March: A ok, B failed, C ok twice (both rounds), G ok, H on-the-spot failed;
        // D was 自行处理, not a mediation = 4/6
        assertThat(t.get("mediated").asLong()).isEqualTo(6);
        assertThat(t.get("mediationSucceeded").asLong()).isEqualTo(4);
        assertThat(t.get("mediationSuccessRate").asDouble()).isEqualTo(66.67);
        // reached visits in March: A 满意, C 不满意, C 基本满意, G 满意, I 满意; B's three visits not reached,
        // D's visit in April = 4/5
        assertThat(t.get("visitsReached").asLong()).isEqualTo(5);
        assertThat(t.get("visitsSatisfied").asLong()).isEqualTo(4);
        assertThat(t.get("satisfactionRate").asDouble()).isEqualTo(80.0);
        // first letter in March: C 03-12, H 03-25, D 03-31; C's 督办函 is no second overdue case = 3; 3/6 accepted
        assertThat(t.get("overdue").asLong()).isEqualTo(3);
        assertThat(t.get("overdueRate").asDouble()).isEqualTo(50.0);
        // 提示函 C D H; 督办函 C (D's was on 2 April)
        assertThat(t.get("reminderLetters").asLong()).isEqualTo(3);
        assertThat(t.get("supervisionLetters").asLong()).isEqualTo(1);
        assertThat(t.get("leaderReminderLetters").asLong()).isEqualTo(0);
        // working days, acceptance day not counted: I 3, A 5, G 7, B 14, C 16 → mean 45/5 = 9; p90 = 5th of 5 = 16
        assertThat(t.get("averageHandlingDays").asDouble()).isEqualTo(9.0);
        assertThat(t.get("p90HandlingDays").asDouble()).isEqualTo(16.0);
        assertThat(t.get("reopened").asLong()).isEqualTo(1);
        assertThat(t.get("merged").asLong()).isEqualTo(1);
        // 诉前调解: G and H referred by the court; G succeeded (司法确认)
        assertThat(t.get("courtReferred").asLong()).isEqualTo(2);
        assertThat(t.get("courtReferralSucceeded").asLong()).isEqualTo(1);
        // court cases of March 12 + 5 (April's 99 left out) over 86,500 + 31,200 + 42,800 residents:
        // 17 × 10,000 / 160,500 = 1.0592 → 1.06
        assertThat(t.get("courtCases").asLong()).isEqualTo(17);
        assertThat(t.get("population").asLong()).isEqualTo(160_500);
        assertThat(t.get("courtCasesPer10k").asDouble()).isEqualTo(1.06);
    }

    @Test
    void aCaseClosedInTheNextMonthCountsThere() throws Exception {
        JsonNode months = get("yangguang", "from=2011-03-01&to=2011-04-30&groupBy=month").get("rows");
        JsonNode march = months.get(0);
        JsonNode april = months.get(1);
        assertThat(march.get("key").asText()).isEqualTo("2011-03");
        assertThat(april.get("key").asText()).isEqualTo("2011-04");
        // March: D is not closed by 31 March, so 4 of 6 again; April: D closed, nothing accepted
        assertThat(march.get("closureRate").asDouble()).isEqualTo(66.67);
        assertThat(april.get("closed").asLong()).isEqualTo(1);
        assertThat(april.get("accepted").asLong()).isEqualTo(0);
        assertThat(april.get("closureRate").isNull()).isTrue();
        // April: D's visit 满意 (1/1), D's 督办函; D waited (28 Mar, 6 Apr] = 29 30 31 1 4 6 = 6 working days:
        // 2 and 3 April are a weekend, 5 April 2011 is 清明 (statutory; 2011's notice is not in the calendar)
        assertThat(april.get("satisfactionRate").asDouble()).isEqualTo(100.0);
        assertThat(april.get("supervisionLetters").asLong()).isEqualTo(1);
        assertThat(april.get("averageHandlingDays").asDouble()).isEqualTo(6.0);
        // Over March and April together D is closed too: 5 of 6
        assertThat(get("yangguang", "from=2011-03-01&to=2011-04-30").get("total").get("closureRate").asDouble())
                .isEqualTo(83.33);
    }

    @Test
    void byTownshipEachTerritoryHasItsOwnFiguresAndCourtRate() throws Exception {
        enterCourtCases();
        JsonNode rows = get("yangguang", MARCH + "&groupBy=township").get("rows");
        JsonNode chengguan = row(rows, "SFX-CG");
        JsonNode donghe = row(rows, "SFX-DH");
        assertThat(chengguan.get("label").asText()).isEqualTo("城关镇综治中心");
        assertThat(chengguan.get("accepted").asLong()).isEqualTo(4); // A B C D
        assertThat(donghe.get("accepted").asLong()).isEqualTo(2); // G H
        assertThat(donghe.get("courtReferred").asLong()).isEqualTo(2);
        // 12 × 10,000 / 86,500 = 1.387 → 1.39; 5 × 10,000 / 31,200 = 1.603 → 1.60
        assertThat(chengguan.get("courtCasesPer10k").asDouble()).isEqualTo(1.39);
        assertThat(donghe.get("courtCasesPer10k").asDouble()).isEqualTo(1.60);
    }

    @Test
    void aUnitReadsItsOwnFiguresOnlyAndIsRefusedAnotherUnits() throws Exception {
        JsonNode sfj = get("songtao", MARCH);
        assertThat(sfj.get("scope").asText()).isEqualTo("县司法局");
        // 县司法局's cases: A and B accepted in March; A, B and I closed in March
        assertThat(sfj.get("total").get("accepted").asLong()).isEqualTo(2);
        assertThat(sfj.get("total").get("closed").asLong()).isEqualTo(3);
        assertThat(sfj.get("total").get("courtCasesPer10k").isNull()).isTrue();

        ResponseEntity<String> other = rest.withBasicAuth("songtao", "songtao")
                .getForEntity("/api/reports/summary?" + MARCH + "&unit=RSJ", String.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(other.getBody()).get("detail").asText())
                .isEqualTo("你只能查看本单位（县司法局）的统计数据，无权查看县人力资源和社会保障局的数据");
        ResponseEntity<String> csv = rest.withBasicAuth("songtao", "songtao")
                .getForEntity("/api/reports/summary.csv?" + MARCH + "&unit=RSJ", String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/api/reports/summary?" + MARCH, String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTownshipReadsItsTerritoryAndTheCentreNarrowsToAnyUnit() throws Exception {
        JsonNode chengguan = get("renjie", MARCH);
        assertThat(chengguan.get("total").get("accepted").asLong()).isEqualTo(4);
        ResponseEntity<String> other = rest.withBasicAuth("renjie", "renjie")
                .getForEntity("/api/reports/summary?" + MARCH + "&township=SFX-DH", String.class);
        assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(other.getBody()).contains("你只能查看本乡镇（城关镇综治中心）的统计数据");

        JsonNode rsj = get("yangguang", MARCH + "&unit=RSJ");
        assertThat(rsj.get("total").get("accepted").asLong()).isEqualTo(2); // C D
        assertThat(rsj.get("total").get("overdue").asLong()).isEqualTo(2);
    }

    @Test
    void onlyTheCourtsLiaisonEntersCourtCases() {
        ResponseEntity<String> answer = rest.withBasicAuth("songtao", "songtao").exchange(
                "/api/reports/court-cases/SFX-CG/2011-03", HttpMethod.PUT, new HttpEntity<>(Map.of("cases", 1)),
                String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(answer.getBody()).contains("只有人民法院的联络员可以填报法院新收案件数");
    }

    @Test
    void csvAndExcelHoldTheSameFigures() throws Exception {
        ResponseEntity<String> csv = rest.withBasicAuth("yangguang", "yangguang")
                .getForEntity("/api/reports/summary.csv?" + MARCH + "&groupBy=unit", String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        List<String> lines = csv.getBody().lines().toList();
        assertThat(lines.get(0)).startsWith("\uFEFF承办单位,受理数,甄别数,办结数,办结率(%)");
        // 县人力资源和社会保障局: C D accepted, C closed, 1 of 2 closed by the end of March
        assertThat(lines).anyMatch(l -> l.startsWith("县人力资源和社会保障局,2,0,1,50.0,"));
        assertThat(lines.get(lines.size() - 1)).startsWith("合计,6,1,5,66.67,");

        ResponseEntity<byte[]> xlsx = rest.withBasicAuth("yangguang", "yangguang")
                .getForEntity("/api/reports/summary.xlsx?" + MARCH + "&groupBy=unit", byte[].class);
        assertThat(xlsx.getStatusCode()).isEqualTo(HttpStatus.OK);
        try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
            List<Row> rows = book.getFirstSheet().read();
            assertThat(rows.get(1).getCellText(1)).isEqualTo("受理数");
            Row total = rows.get(rows.size() - 1);
            assertThat(total.getCellText(0)).isEqualTo("合计");
            assertThat(total.getCellAsNumber(1).orElseThrow().intValue()).isEqualTo(6);
            assertThat(total.getCellAsNumber(4).orElseThrow().doubleValue()).isEqualTo(66.67);
        }
        assertThat(new String(xlsx.getBody(), 0, 2, StandardCharsets.ISO_8859_1)).isEqualTo("PK");
    }

    private static JsonNode row(JsonNode rows, String key) {
        for (JsonNode row : rows) {
            if (row.get("key").asText().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("No row " + key + " in " + rows);
    }
}
