package org.zongzhi.casehandling;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@ConfigurationPropertiesScan("org.zongzhi.casehandling.settings")
public class CaseHandlingApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseHandlingApplication.class, args);
    }

    /**
     * One clock for the whole server: the engine's. Timers fire by Camunda's clock, so deadlines,
     * letters and ledger times read the same one (tests move it with ClockUtil).
     */
    @Bean
    Clock clock() {
        return new EngineClock();
    }
}
