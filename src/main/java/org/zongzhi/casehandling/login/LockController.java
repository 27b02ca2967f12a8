package org.zongzhi.casehandling.login;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.web.EngineIdentity;
import org.zongzhi.casehandling.web.NotFoundException;

/** Security administrators (安全管理员) see the accounts locked after failed logins and lift a lock before its time. */
@RestController
class LockController {

    private final LoginGuard guard;
    private final IdentityService identity;

    LockController(LoginGuard guard, IdentityService identity) {
        this.guard = guard;
        this.identity = identity;
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
        // Camunda's own unlock is hard-wired to its admin group (camunda-admin, the system
        // administrator's), but lifting a lock is the security administrator's duty: this one call
        // runs with that group, under the security administrator's name in the operation log.
        List<String> groups = new ArrayList<>(EngineIdentity.groups(user));
        groups.add(Role.ADMIN.groupId());
        identity.setAuthentication(user.getName(), groups);
        try {
            identity.unlockUser(userId);
        } finally {
            identity.clearAuthentication();
        }
        return Map.of("userId", userId, "message", "账号 " + userId + " 已解锁");
    }

    private static void administratorOnly(Authentication user, String permission) {
        if (!EngineIdentity.groups(user).contains(Role.SECURITY_ADMIN.groupId())) {
            throw new AuthorizationException(user.getName(), permission, "account lock", "*");
        }
    }
}
