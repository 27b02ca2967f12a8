package org.zongzhi.casehandling.personaldata;

import java.sql.Connection;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.settings.Settings;

/**
 * The re-encryption run after a key rotation: at start, values sealed with an older key are
 * sealed again with the current one (old keys keep opening them until then). Finds nothing to do
 * on an ordinary start; turn off with zongzhi.pii.reseal-on-start=false to run it at a chosen time.
 */
@Component
class PersonalDataResealRun implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataResealRun.class);

    private final PersonalDataSealer sealer;
    private final DataSource dataSource;
    private final boolean enabled;

    PersonalDataResealRun(PersonalDataSealer sealer, DataSource dataSource,
                          Settings settings) {
        this.sealer = sealer;
        this.dataSource = dataSource;
        this.enabled = settings.pii().resealOnStart();
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (enabled) {
            int changed = reseal();
            if (changed > 0) {
                log.info("Personal data: {} rows sealed again with the current key", changed);
            }
        }
    }

    /** One transaction: a failure leaves every row as it was, each still readable. */
    public int reseal() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                int changed = sealer.sealAll(connection);
                connection.commit();
                return changed;
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }
}
