package org.zongzhi.casehandling.login;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.stereotype.Component;

/**
 * A person changes their own password with the old one, also when it has expired (the only way
 * back in then). The old password goes through the same login checks as any door (address
 * throttle, lock, failure count), the new one through the password policy.
 */
@Component
class PasswordChange {

    private final ProcessEngine engine;

    PasswordChange(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Null if changed, else why not. Never throws for a refusal: the failure count must commit. */
    LoginRefusal change(String userId, String oldPassword, String newPassword) {
        ProcessEngineConfigurationImpl configuration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            GuardedIdentityProvider identity = (GuardedIdentityProvider) context.getWritableIdentityProvider();
            LoginRefusal refused = identity.verifyForChange(userId, oldPassword).orElse(null);
            if (refused != null) {
                return refused;
            }
            if (newPassword.equals(oldPassword)) {
                return new LoginRefusal(400, "新密码不能与原密码相同");
            }
            UserEntity user = identity.findUserById(userId);
            if (configuration.isEnablePasswordPolicy()) {
                List<PasswordPolicyRule> broken = configuration.getPasswordPolicy().getRules().stream()
                        .filter(rule -> !rule.execute(newPassword, user)).toList();
                if (!broken.isEmpty()) {
                    return new LoginRefusal(400, "新密码不符合密码策略：" + CentrePasswordPolicy.describe(broken));
                }
            }
            user.setPassword(newPassword);
            identity.saveUser(user);
            return null;
        });
    }
}
