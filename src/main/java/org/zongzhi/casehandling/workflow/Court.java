package org.zongzhi.casehandling.workflow;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.process.UnitGroups;
import org.zongzhi.casehandling.settings.Settings;

/**
 * The people's court whose liaison records a 司法确认 ruling: {@code zongzhi.court-unit}, a unit of
 * the centre's own directory, checked at start (the BPMN asks {@code ${court.group()}}).
 */
@Component("court")
@Order(40)
public class Court implements ApplicationRunner {

    static final String SETTING = "zongzhi.court-unit";
    private static final Logger log = LoggerFactory.getLogger(Court.class);

    private final Directory directory;
    private final String unitCode;

    @Autowired
    Court(Directory directory, Settings settings) {
        this(directory, settings.courtUnit());
    }

    Court(Directory directory, String unitCode) {
        this.directory = directory;
        this.unitCode = unitCode == null ? "" : unitCode.strip();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (unitCode.isEmpty()) {
            log.warn("{} is not set: a case sent for 司法确认 cannot be given to the court's liaison until it names "
                    + "the court's unit of the directory", SETTING);
            return;
        }
        if (directory.unit(unitCode).isEmpty()) {
            throw new IllegalStateException(SETTING + "=" + unitCode + " is not a unit of the directory: set it to "
                    + "the code of the people's court (人民法院) among the centre's units");
        }
    }

    /** The court's group, the candidates of 登记司法确认结果. */
    public String group() {
        if (unitCode.isEmpty()) {
            throw new IllegalStateException("No court for 司法确认: " + SETTING + " is not set; name the court's "
                    + "unit of the directory there");
        }
        return UnitGroups.of(unitCode);
    }
}
