package org.zongzhi.casehandling.deadlines;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.settings.Settings;

/**
 * Loads the official public holidays at every start, before the job executor runs the first timer
 * (it starts when the application is ready, after every runner).
 */
@Component
@Order(30)
class PublicHolidayStartup implements ApplicationRunner {

    private final PublicHolidayLoader loader;
    private final Resource location;

    PublicHolidayStartup(PublicHolidayLoader loader, Settings settings, ResourceLoader resources) {
        this.loader = loader;
        this.location = resources.getResource(settings.calendar().location());
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.load(location);
    }
}
