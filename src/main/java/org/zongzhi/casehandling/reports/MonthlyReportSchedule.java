package org.zongzhi.casehandling.reports;

import java.time.Clock;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * On the 1st of each month (China time) the month before is written up. Every node runs this;
 * monthly_reports' key keeps one report, so no lock is needed.
 */
@Component
class MonthlyReportSchedule {

    private static final Logger log = LoggerFactory.getLogger(MonthlyReportSchedule.class);

    private final MonthlyReports reports;
    private final Clock clock;

    MonthlyReportSchedule(MonthlyReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Scheduled(cron = "${zongzhi.reports.monthly-cron:0 15 1 1 * *}", zone = "Asia/Shanghai")
    void previousMonth() {
        YearMonth month = YearMonth.now(clock.withZone(ChinaTime.ZONE)).minusMonths(1);
        MonthlyReports.Generated generated = reports.generate(month, "system", false);
        log.info("Monthly report {}: {}", month, generated.outcome());
    }
}
