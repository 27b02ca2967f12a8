package org.zongzhi.casehandling.login;

import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.IdentityOperationResult;
import org.camunda.bpm.engine.impl.identity.db.DbGroupQueryImpl;
import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.zongzhi.casehandling.process.Role;

/**
 * Camunda's database identity provider with our login check in place of its own attempt counter
 * (which locks any account for good after 10 failures, until an administrator unlocks it). Every
 * door ends here: the webapps' login, /engine-rest's and /api's basic auth all call
 * IdentityService#checkPassword.
 */
class GuardedIdentityProvider extends DbIdentityServiceProvider {

    private final LoginGuard guard;
    private final Pbkdf2PasswordHash hash;

    GuardedIdentityProvider(LoginGuard guard, Pbkdf2PasswordHash hash) {
        this.guard = guard;
        this.hash = hash;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        return guard.check(account(userId), password);
    }

    /** The checks of a login for the old password of a password change, which an expired password passes. */
    Optional<LoginRefusal> verifyForChange(String userId, String password) {
        return guard.verify(account(userId), password, true);
    }

    @Override
    public IdentityOperationResult saveUser(User user) {
        String before = ((UserEntity) user).getPassword();
        IdentityOperationResult result = super.saveUser(user);
        String after = ((UserEntity) user).getPassword();
        if (after != null && !Objects.equals(before, after)) {
            guard.passwordSet(user.getId());
        }
        return result;
    }

    /** Camunda's unlock (Admin, REST user/{id}/unlock) lifts our lock too. */
    @Override
    public IdentityOperationResult unlockUser(String userId) {
        guard.unlock(userId);
        return super.unlockUser(userId);
    }

    private Account account(String userId) {
        UserEntity user = userId == null ? null : findUserById(userId);
        return new Account() {
            @Override
            public String id() {
                return userId;
            }

            @Override
            public boolean isChannelLogin() {
                if (user == null) {
                    return false;
                }
                CommandContext context = Context.getCommandContext();
                return context.runWithoutAuthorization(() -> new DbGroupQueryImpl().groupMember(userId)
                        .groupId(Role.INTAKE_CHANNEL.groupId()).count() > 0);
            }

            @Override
            public String storedHash() {
                return user == null ? null : user.getPassword();
            }

            @Override
            public boolean passwordMatches(String password) {
                return user != null && user.getPassword() != null && matchPassword(password, user);
            }

            @Override
            public void upgradeHash(String password) {
                // Camunda's own counter may still hold attempts from before this guard: clear them.
                GuardedIdentityProvider.super.unlockUser(user);
                if (hash.isOutdated(user.getPassword())) {
                    user.setPassword(password);
                    user.encryptPassword(); // flushed with the command, like any changed entity
                }
            }
        };
    }
}
