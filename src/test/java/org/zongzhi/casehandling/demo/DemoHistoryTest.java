package org.zongzhi.casehandling.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;

/**
 * A year of demo history, loaded into 2009 (far from every other test's cases), fills every
 * figure and every month of the dashboard, and loading it again adds nothing.
 */
@CaseHandlingTest
class DemoHistoryTest {

    /** The history the browser test of the dashboard draws too. */
    static final LocalDate END = LocalDate.of(2009, 12, 31);
    static final int CASES = 3000;

    @Autowired
    DemoHistory history;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;

    static void load(DemoHistory history) {
        history.load(END, CASES, 20261130L);
    }

    @Test
    void aYearOfClosedCasesFillsEveryMonthAndEveryFigure() throws Exception {
        load(history);
        assertThat(history.load(END, CASES, 20261130L)).as("loaded once per end month").isZero();
        assertThat(jdbc.queryForObject("select count(*) from cases where case_no like 'SFX-LS-200912-%'", Long.class))
                .isEqualTo(CASES);
        assertThat(jdbc.queryForObject("select count(*) from cases where case_no like 'SFX-LS-200912-%' "
                + "and (status not in ('CLOSED', 'MERGED') or closed_at > '2010-01-01T00:00+08:00')", Long.class))
                .as("every case closed (or merged) within the year").isZero();

        JsonNode year = json.readTree(rest.withBasicAuth("yangguang", "yangguang")
                .getForEntity("/api/reports/summary?from=2009-01-01&to=2009-12-31&groupBy=month", String.class).getBody());
        assertThat(year.get("rows")).hasSize(12);
        JsonNode total = year.get("total");
        // Every history case is accepted, screened or merged, once
        assertThat(total.get("accepted").asLong() + total.get("screened").asLong() + total.get("merged").asLong())
                .isEqualTo(CASES);
        assertThat(total.get("screened").asLong()).isPositive();
        assertThat(total.get("merged").asLong()).isPositive();
        assertThat(total.get("closureRate").asDouble()).isEqualTo(100.0);
        assertThat(total.get("mediationSuccessRate").asDouble()).isBetween(70.0, 99.0);
        assertThat(total.get("satisfactionRate").asDouble()).isBetween(85.0, 99.0);
        assertThat(total.get("overdue").asLong()).isPositive();
        assertThat(total.get("reopened").asLong()).isPositive();
        assertThat(total.get("courtReferralSucceeded").asLong()).isPositive();
        assertThat(total.get("courtCasesPer10k").asDouble()).isPositive();
        assertThat(total.get("p90HandlingDays").asDouble()).isGreaterThan(total.get("averageHandlingDays").asDouble());
    }
}
