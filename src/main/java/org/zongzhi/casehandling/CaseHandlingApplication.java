package org.zongzhi.casehandling;

import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
public class CaseHandlingApplication {

    public static void main(String[] args) {
        SpringApplication.run(CaseHandlingApplication.class, args);
    }

    /** One clock for the whole server, so deadlines and tests agree on "now". */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
