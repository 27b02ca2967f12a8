package org.zongzhi.casehandling.deadlines;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the official public holidays at every start, before the job executor runs the first timer
 * (it starts when the application is ready, after every runner).
 */
@Component
@Order(30)
class PublicHolidayStartup implements ApplicationRunner {

    private final PublicHolidayLoader loader;
    private final Resource location;

    PublicHolidayStartup(PublicHolidayLoader loader,
                         @Value("${zongzhi.calendar.location:classpath:supervision/public-holidays.yml}")
                         Resource location) {
        this.loader = loader;
        this.location = location;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load(location);
    }
}
