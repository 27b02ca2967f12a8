package org.zongzhi.casehandling.demo;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * Opt-in: {@code --zongzhi.demo.history=true} (or the property) loads a year of closed cases up to
 * today before the demo opens, for the dashboard. Off by default, so start-up and tests stay fast.
 */
@Component
@Order(110)
@ConditionalOnProperty(name = "zongzhi.demo.history", havingValue = "true")
class DemoHistoryRunner implements ApplicationRunner {

    private final DemoHistory history;
    private final Clock clock;
    private final int cases;

    DemoHistoryRunner(DemoHistory history, Clock clock, @Value("${zongzhi.demo.history-cases:3000}") int cases) {
        this.history = history;
        this.clock = clock;
        this.cases = cases;
    }

    @Override
    public void run(ApplicationArguments args) {
        history.load(LocalDate.now(clock.withZone(ChinaTime.ZONE)).minusDays(1), cases, 20261130L);
    }
}
