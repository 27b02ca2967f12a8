package org.zongzhi.casehandling.login;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.settings.Settings;

/**
 * 身份鉴别 in the engine, so it holds at every door: our identity provider (login guard), the
 * PBKDF2 hash for new passwords (Camunda's SHA-512 and SHA-1 hashes still verify, as its password
 * manager always knows them, and are redone at the next login), the centre's password policy,
 * and Camunda's permanent lock after N attempts made unreachable.
 */
@Component
class LoginGuardPlugin extends AbstractProcessEnginePlugin {

    static final String POLICY_REFUSED = "密码不符合密码策略：至少 " + CentrePasswordPolicy.MIN_LENGTH
            + " 个字符，须包含大写字母、小写字母、数字、其他字符中的至少 " + CentrePasswordPolicy.MIN_KINDS
            + " 种，且不得包含用户名";

    private final LoginGuard guard;
    private final Settings settings;

    LoginGuardPlugin(LoginGuard guard, Settings settings) {
        this.guard = guard;
        this.settings = settings;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Pbkdf2PasswordHash hash = new Pbkdf2PasswordHash(settings.security().password().iterations());
        configuration.setIdentityProviderSessionFactory(new GuardedIdentityProviderFactory(guard, hash));
        configuration.setPasswordEncryptor(hash);
        // Our provider never counts Camunda's attempts; this keeps its permanent lock out of reach anyway.
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setPasswordPolicy(new CentrePasswordPolicy());
        configuration.setEnablePasswordPolicy(settings.security().password().policyEnabled());
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new PolicyRefusalInChinese());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    /**
     * Camunda refuses a weak password with the English "Password does not match policy" as a 500;
     * the Admin page and REST callers get a 400 with the rules in Chinese instead.
     */
    static final class PolicyRefusalInChinese extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (ProcessEngineException e) {
                if ("Password does not match policy".equals(e.getMessage())) {
                    throw new BadUserRequestException(POLICY_REFUSED, e);
                }
                throw e;
            }
        }
    }
}
