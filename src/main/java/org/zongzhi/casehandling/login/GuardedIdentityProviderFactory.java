package org.zongzhi.casehandling.login;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;

/** Hands the engine our identity provider in place of its default one, per command. */
final class GuardedIdentityProviderFactory implements SessionFactory {

    private final LoginGuard guard;
    private final Pbkdf2PasswordHash hash;

    GuardedIdentityProviderFactory(LoginGuard guard, Pbkdf2PasswordHash hash) {
        this.guard = guard;
        this.hash = hash;
    }

    /** Camunda registers the provider as writable when this type is. */
    @Override
    public Class<?> getSessionType() {
        return DbIdentityServiceProvider.class;
    }

    @Override
    public Session openSession() {
        return new GuardedIdentityProvider(guard, hash);
    }
}
