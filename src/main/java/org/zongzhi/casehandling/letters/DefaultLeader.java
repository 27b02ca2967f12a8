package org.zongzhi.casehandling.letters;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.settings.Settings;

/**
 * Who receives the 工作提醒函 and the 提请党委政府研究 task of a case that has no 包案领导: the setting
 * {@code zongzhi.supervision.default-leader}, a person with the leader role in the centre's own
 * directory. Checked at start-up (after the directory is loaded), so that a name that is not there
 * stops the server with one clear line instead of turning every late case into an incident; left
 * unset (a new centre before its directory is loaded) it is only warned about.
 */
@Component
@Order(40)
class DefaultLeader implements ApplicationRunner {

    static final String SETTING = "zongzhi.supervision.default-leader";
    private static final Logger log = LoggerFactory.getLogger(DefaultLeader.class);

    private final Directory directory;
    private final String userId;

    @Autowired
    DefaultLeader(Directory directory, Settings settings) {
        this(directory, settings.supervision().defaultLeader());
    }

    DefaultLeader(Directory directory, String userId) {
        this.directory = directory;
        this.userId = userId == null ? "" : userId.strip();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (userId.isEmpty()) {
            log.warn("{} is not set: a late case without a 包案领导 stops at its 工作提醒函 with an incident "
                    + "until a leader (领导) of the directory is named there", SETTING);
            return;
        }
        if (directory.person(userId).isEmpty() || !directory.hasRole(userId, Role.LEADER)) {
            throw new IllegalStateException(SETTING + "=" + userId + " is not a person with the leader role (领导) "
                    + "in the directory: set it to one of the centre's leaders");
        }
    }

    /** The leader, or a failure that names the setting (an incident in Cockpit, retried once it is set). */
    String userId() {
        if (userId.isEmpty()) {
            throw new IllegalStateException("No 包案领导 for this case and " + SETTING + " is not set: "
                    + "name a leader (领导) of the directory there");
        }
        return userId;
    }
}
