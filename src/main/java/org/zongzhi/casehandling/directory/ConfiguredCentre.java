package org.zongzhi.casehandling.directory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code zongzhi.centre-code} is the centre this server runs for: it starts every case number and
 * letter number. A code that is not a centre of the loaded directory (e.g. the demo's SFX left in
 * place for a real county) stops the start with one clear line, before any case is numbered with it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2) // after DirectoryStartup has loaded the centres
class ConfiguredCentre implements ApplicationRunner {

    static final String SETTING = "zongzhi.centre-code";
    private static final Logger log = LoggerFactory.getLogger(ConfiguredCentre.class);

    private final Directory directory;
    private final String code;

    ConfiguredCentre(Directory directory, @Value("${" + SETTING + "}") String code) {
        this.directory = directory;
        this.code = code == null ? "" : code.strip();
    }

    @Override
    public void run(ApplicationArguments args) {
        var centres = directory.centres();
        if (centres.isEmpty()) {
            log.warn("{}={}: no directory is loaded yet, so the centre cannot be checked; set "
                    + "zongzhi.directory.location to the centre's directory file", SETTING, code);
            return;
        }
        if (centres.stream().noneMatch(c -> c.code().equals(code))) {
            throw new IllegalStateException(SETTING + "=" + code + " is not a centre (综治中心) of the directory: "
                    + "set it to the code of this server's own centre, one of "
                    + centres.stream().filter(c -> c.parentCode() == null).map(Centre::code).toList());
        }
    }
}
