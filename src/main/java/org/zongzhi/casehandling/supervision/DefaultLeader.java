package org.zongzhi.casehandling.supervision;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Role;

/**
 * Who receives the 工作提醒函 and the 提请党委政府研究 task of a case that has no 包案领导: the setting
 * {@code zongzhi.supervision.default-leader}, a person with the leader role in the centre's own
 * directory. Checked at start-up (after the directory is loaded), so that a name that is not there
 * stops the server with one clear line instead of turning every late case into an incident.
 */
@Component
@Order(40)
class DefaultLeader implements ApplicationRunner {

    static final String SETTING = "zongzhi.supervision.default-leader";

    private final Directory directory;
    private final String userId;

    DefaultLeader(Directory directory, @Value("${" + SETTING + ":}") String userId) {
        this.directory = directory;
        this.userId = userId == null ? "" : userId.strip();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (userId.isEmpty()) {
            throw new IllegalStateException(SETTING + " is not set: name the leader (领导) who receives the "
                    + "工作提醒函 of cases without a 包案领导 — a user id with the leader role in the directory");
        }
        if (directory.person(userId).isEmpty() || !directory.hasRole(userId, Role.LEADER)) {
            throw new IllegalStateException(SETTING + "=" + userId + " is not a person with the leader role (领导) "
                    + "in the directory: set it to one of the centre's leaders");
        }
    }

    String userId() {
        return userId;
    }
}
