package org.zongzhi.casehandling.engineguard;

import java.util.List;
import org.zongzhi.casehandling.process.Role;

/** Who sent a request to the engine's API, as the engine will see them. */
record Caller(String user, List<String> groups) {

    /** 系统管理员: deployments and process operations, changes anything but who is who. */
    boolean systemAdmin() {
        return groups.contains(Role.ADMIN.groupId());
    }

    /** 安全管理员: users, groups, memberships, authorizations and tenants, and nothing else. */
    boolean securityAdmin() {
        return groups.contains(Role.SECURITY_ADMIN.groupId());
    }
}
