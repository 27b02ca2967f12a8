package org.zongzhi.casehandling.reports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the monthly report words a change: counts in per cent, rates in percentage points. */
class MonthlyWordingTest {

    @Test
    void aCountChangesInPerCentOfTheEarlierMonth() {
        assertThat(MonthlySituation.countChange(4, 3)).isEqualTo("上升 33.3%");
        assertThat(MonthlySituation.countChange(2, 4)).isEqualTo("下降 50.0%");
        assertThat(MonthlySituation.countChange(5, 5)).isEqualTo("持平");
        assertThat(MonthlySituation.countChange(0, 0)).isEqualTo("持平");
        assertThat(MonthlySituation.countChange(3, 0)).isEqualTo("基数为0");
    }

    @Test
    void aRateChangesInPercentagePointsAndNotAtAllWithoutBothRates() {
        assertThat(MonthlySituation.rateChange(75.0, 100.0)).isEqualTo("下降 25.00 个百分点");
        assertThat(MonthlySituation.rateChange(66.67, 50.0)).isEqualTo("上升 16.67 个百分点");
        assertThat(MonthlySituation.rateChange(80.0, 80.0)).isEqualTo("持平");
        assertThat(MonthlySituation.rateChange(80.0, null)).isEqualTo("—");
        assertThat(MonthlySituation.percent(null)).isEqualTo("—");
        assertThat(MonthlySituation.percent(75.0)).isEqualTo("75.00%");
    }

    @Test
    void aRuleIsNamedWithoutItsThresholdWording() {
        assertThat(MonthlyReportPdf.ruleTitle("同一村（社区）同类纠纷集中：30日内达到件数")).isEqualTo("同一村（社区）同类纠纷集中");
        assertThat(MonthlyReportPdf.ruleTitle("自定义规则")).isEqualTo("自定义规则");
    }
}
