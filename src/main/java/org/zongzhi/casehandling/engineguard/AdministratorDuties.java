package org.zongzhi.casehandling.engineguard;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.ObjectProvider;
import org.zongzhi.casehandling.process.Role;

/**
 * 三员分立 at the engine's API: which writes are the security administrator's (who is who and who
 * may do what), and where even that duty stops. The administrator posts themselves are given by the
 * directory file, so that no administrator can, alone or with a colleague of the same post, make
 * themselves or another administrator more than their post: their memberships, passwords (once
 * set) and authorizations are not changed through the API, nor are global authorizations, which
 * reach everyone, administrators included.
 */
class AdministratorDuties {

    static final Pattern IDENTITY = Pattern.compile("(user|group|authorization|tenant|identity)(/.*)?");
    /** The engine's operation log records what administrators did; nobody deletes or annotates it. */
    static final Pattern OPERATION_LOG = Pattern.compile("history/user-operation(/.*)?");

    private static final Set<String> ADMINISTRATOR_GROUPS = Role.ADMINISTRATORS.stream().map(Role::groupId)
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern GROUP_MEMBER = Pattern.compile("group/([^/]+)/members/([^/]+)");
    private static final Pattern TENANT_USER = Pattern.compile("tenant/[^/]+/user-members/([^/]+)");
    private static final Pattern TENANT_GROUP = Pattern.compile("tenant/[^/]+/group-members/([^/]+)");
    private static final Pattern GROUP = Pattern.compile("group/([^/]+)");
    private static final Pattern USER = Pattern.compile("user/([^/]+)(/(profile|credentials|unlock))?");
    private static final Pattern AUTHORIZATION = Pattern.compile("authorization/([^/]+)");

    private final ObjectProvider<ProcessEngine> engine;

    AdministratorDuties(ObjectProvider<ProcessEngine> engine) {
        this.engine = engine;
    }

    /** Why the security administrator may not make this identity change, or empty if they may. */
    Optional<String> securityAdminRefusal(String method, String path, JsonNode body, Caller caller) {
        Matcher m;
        if ((m = GROUP_MEMBER.matcher(path)).matches()) {
            String user = m.group(2);
            return administratorGroup(m.group(1)).or(() -> administrator(user));
        }
        if ((m = TENANT_USER.matcher(path)).matches()) {
            return administrator(m.group(1));
        }
        if ((m = TENANT_GROUP.matcher(path)).matches()) {
            return administratorGroup(m.group(1));
        }
        if ("group/create".equals(path)) {
            return administratorGroup(body.path("id").asText(""));
        }
        if ((m = GROUP.matcher(path)).matches()) {
            return administratorGroup(m.group(1));
        }
        if ((m = USER.matcher(path)).matches() && !"create".equals(m.group(1))) {
            boolean ownProfile = m.group(1).equals(caller.user()) && "PUT".equals(method)
                    && ("profile".equals(m.group(3)) || "credentials".equals(m.group(3)));
            return ownProfile || firstPassword(method, m.group(1), m.group(3)) ? Optional.empty()
                    : administrator(m.group(1));
        }
        if ("authorization/create".equals(path)) {
            return authorizationRefusal(body.path("userId").asText(null), body.path("groupId").asText(null));
        }
        if ((m = AUTHORIZATION.matcher(path)).matches()) {
            Authorization existing = engine.getObject().getAuthorizationService().createAuthorizationQuery()
                    .authorizationId(m.group(1)).singleResult();
            Optional<String> refusal = existing == null ? Optional.empty()
                    : authorizationRefusal(existing.getUserId(), existing.getGroupId());
            if (refusal.isEmpty() && "PUT".equals(method)) {
                refusal = authorizationRefusal(body.path("userId").asText(null), body.path("groupId").asText(null));
            }
            return refusal;
        }
        return Optional.empty();
    }

    /**
     * The directory creates administrators without a password; the security administrator gives
     * the first one, and from then on only its owner changes it.
     */
    private boolean firstPassword(String method, String userId, String part) {
        if (!"PUT".equals(method) || !"credentials".equals(part)) {
            return false;
        }
        User user = engine.getObject().getIdentityService().createUserQuery().userId(userId).singleResult();
        return user != null && user.getPassword() == null;
    }

    private Optional<String> authorizationRefusal(String userId, String groupId) {
        if (Authorization.ANY.equals(userId)) {
            return Optional.of("全局授权对所有人（包括三员）生效，不能通过接口设置");
        }
        if (groupId != null && !groupId.isBlank()) {
            Optional<String> refusal = administratorGroup(groupId);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return userId == null || userId.isBlank() ? Optional.empty() : administrator(userId);
    }

    private Optional<String> administratorGroup(String groupId) {
        return ADMINISTRATOR_GROUPS.contains(groupId)
                ? Optional.of("“" + groupId + "”是三员岗位的组，其成员和权限由机构名录文件规定，不能通过接口修改")
                : Optional.empty();
    }

    private Optional<String> administrator(String userId) {
        IdentityService identity = engine.getObject().getIdentityService();
        Set<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
        return groups.stream().anyMatch(ADMINISTRATOR_GROUPS::contains)
                ? Optional.of("用户“" + userId + "”担任三员岗位，其成员关系、密码和权限由机构名录文件规定，不能通过接口修改")
                : Optional.empty();
    }

}
