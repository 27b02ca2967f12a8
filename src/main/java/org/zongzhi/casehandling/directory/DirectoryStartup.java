package org.zongzhi.casehandling.directory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.settings.Settings;

/** Loads the directory at start-up: the role groups always, the data file when one is configured. */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DirectoryStartup implements ApplicationRunner {

    private final DirectoryLoader loader;
    private final Resource location;

    DirectoryStartup(DirectoryLoader loader, Settings settings, ResourceLoader resources) {
        this.loader = loader;
        String location = settings.directory().location();
        this.location = location == null || location.isBlank() ? null : resources.getResource(location);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (location == null) {
            loader.ensureRoles();
        } else {
            loader.load(location);
        }
    }
}
