package org.zongzhi.casehandling.login;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.settings.Settings;

/**
 * Without the demo profile the directory creates people without a password, and only the security
 * administrator sets passwords (三员分立) — not the system administrator that Camunda's setup page
 * creates. So the first security administrator's password comes from the deployment, once: it is
 * set only while that account has none, and the setting can never reset it later.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // after DirectoryStartup has created the people
class FirstSecurityAdministrator implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(FirstSecurityAdministrator.class);

    private final IdentityService identity;
    private final String userId;
    private final String password;

    @Autowired
    FirstSecurityAdministrator(IdentityService identity, Settings settings) {
        this(identity, settings.security().firstSecurityAdmin().id(), settings.security().firstSecurityAdmin().password());
    }

    FirstSecurityAdministrator(IdentityService identity, String userId, String password) {
        this.identity = identity;
        this.userId = userId;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (userId.isBlank() || password.isBlank()) {
            return;
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null) {
            throw new IllegalStateException("zongzhi.security.first-security-admin.id names '" + userId
                    + "', who is not in the directory");
        }
        if (identity.createUserQuery().userId(userId).memberOfGroup(Role.SECURITY_ADMIN.groupId()).count() == 0) {
            throw new IllegalStateException("zongzhi.security.first-security-admin.id names '" + userId
                    + "', who is not a 安全管理员 (group " + Role.SECURITY_ADMIN.groupId() + ") in the directory");
        }
        if (user.getPassword() != null) {
            LOG.info("First security administrator {} already has a password; the setting is ignored and can be removed",
                    userId);
            return;
        }
        user.setPassword(password); // the password policy applies as to any other
        identity.saveUser(user);
        LOG.info("First security administrator {} got the password from the deployment's settings", userId);
    }
}
