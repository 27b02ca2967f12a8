package org.zongzhi.casehandling.login;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.directory.Role;
import org.zongzhi.casehandling.web.EngineIdentity;
import org.zongzhi.casehandling.web.NotFoundException;

/** Administrators see the accounts locked after failed logins and lift a lock before its time. */
@RestController
class LockController {

    private final LoginGuard guard;
    private final IdentityService identity;
    private final EngineIdentity engineIdentity;

    LockController(LoginGuard guard, IdentityService identity, EngineIdentity engineIdentity) {
        this.guard = guard;
        this.identity = identity;
        this.engineIdentity = engineIdentity;
    }

    @GetMapping("/api/security/locks")
    List<AccountLock> locks(Authentication user) {
        administratorOnly(user, "READ");
        return guard.currentLocks();
    }

    @DeleteMapping("/api/security/locks/{userId}")
    Map<String, String> unlock(@PathVariable String userId, Authentication user) {
        administratorOnly(user, "DELETE");
        if (guard.currentLocks().stream().noneMatch(l -> l.userId().equals(userId))) {
            throw new NotFoundException("账号 " + userId + " 当前未被锁定");
        }
        // Through the engine as the administrator: Camunda's own unlock needs camunda-admin and is logged.
        engineIdentity.as(user, () -> {
            identity.unlockUser(userId);
            return null;
        });
        return Map.of("userId", userId, "message", "账号 " + userId + " 已解锁");
    }

    private static void administratorOnly(Authentication user, String permission) {
        if (!EngineIdentity.groups(user).contains(Role.ADMIN.groupId())) {
            throw new AuthorizationException(user.getName(), permission, "account lock", "*");
        }
    }
}
