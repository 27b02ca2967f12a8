package org.zongzhi.casehandling.web;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.casehandling.directory.Role;

/**
 * Who reaches which webapp and what they may read there, granted to the role groups on every
 * start (idempotent). Unit members get nothing global: the engine grants a unit's group READ and
 * UPDATE on each task it is a candidate for, so a liaison sees their own unit's tasks only.
 */
@Component
@Order(10)
class WebappAccess implements ApplicationRunner {

    private record Grant(Resource resource, String resourceId, Permission... permissions) {
    }

    private static final Grant TASKLIST = new Grant(Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    private static final Grant COCKPIT = new Grant(Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    private static final Grant SEE_PROCESSES = new Grant(Resources.PROCESS_DEFINITION, "*",
            ProcessDefinitionPermissions.READ);
    /**
     * Shows caseHandling's start form in Tasklist. The form is registered by our intake code (the
     * engine API gate), and the engine's StartGuard refuses every other start of a case.
     */
    private static final Grant START_CASES = new Grant(Resources.PROCESS_DEFINITION, "caseHandling",
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    private static final Grant CREATE_INSTANCES = new Grant(Resources.PROCESS_INSTANCE, "*",
            ProcessInstancePermissions.CREATE);
    private static final Grant WATCH_PROCESSES = new Grant(Resources.PROCESS_DEFINITION, "*",
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
    private static final Grant WATCH_INSTANCES = new Grant(Resources.PROCESS_INSTANCE, "*",
            ProcessInstancePermissions.READ);
    private static final Grant WATCH_TASKS = new Grant(Resources.TASK, "*", TaskPermissions.READ);
    private static final Grant SEE_DECISIONS = new Grant(Resources.DECISION_DEFINITION, "*",
            Permissions.READ, Permissions.READ_HISTORY);

    /** What each role may do; camunda-admin gets ALL on everything. */
    static final Map<Role, List<Grant>> POLICY = Map.of(
            Role.INTAKE, List.of(TASKLIST, SEE_PROCESSES, START_CASES, CREATE_INSTANCES),
            Role.ASSESSOR, List.of(TASKLIST, SEE_PROCESSES, SEE_DECISIONS),
            Role.MEDIATOR, List.of(TASKLIST, SEE_PROCESSES),
            Role.VISITOR, List.of(TASKLIST, SEE_PROCESSES),
            Role.LIAISON, List.of(TASKLIST, SEE_PROCESSES),
            Role.SUPERVISOR, List.of(TASKLIST, COCKPIT, WATCH_PROCESSES, WATCH_INSTANCES, WATCH_TASKS, SEE_DECISIONS),
            Role.LEADER, List.of(TASKLIST, COCKPIT, WATCH_PROCESSES, WATCH_INSTANCES, WATCH_TASKS, SEE_DECISIONS),
            // The audit trail is read through /api/audit only: no webapp, nothing in the engine.
            Role.AUDITOR, List.of());

    private final AuthorizationService authorizations;

    WebappAccess(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (Resources resource : Resources.values()) {
            grant(Role.ADMIN.groupId(), new Grant(resource, "*", Permissions.ALL));
        }
        POLICY.forEach((role, grants) -> {
            grants.forEach(g -> grant(role.groupId(), g));
            revokeBeyond(role.groupId(), grants);
        });
    }

    /**
     * The policy is the whole of a role's grants: what an earlier version or a hand in Admin granted
     * beyond it (e.g. CREATE_INSTANCE on every process for window clerks) is taken back.
     */
    private void revokeBeyond(String groupId, List<Grant> grants) {
        for (Authorization existing : authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId).list()) {
            if (existing.getResourceType() == Resources.FILTER.resourceType()) {
                continue; // Tasklist filters grant their own READ (TasklistFilters)
            }
            Grant allowed = grants.stream()
                    .filter(g -> g.resource().resourceType() == existing.getResourceType()
                            && g.resourceId().equals(existing.getResourceId()))
                    .findFirst().orElse(null);
            if (allowed == null || !granted(existing).equals(names(allowed.permissions()))) {
                authorizations.deleteAuthorization(existing.getId());
                if (allowed != null) {
                    grant(groupId, allowed);
                }
            }
        }
    }

    private static Set<String> granted(Authorization authorization) {
        Permission[] all = ResourceTypeUtil.getPermissionsByResourceType(authorization.getResourceType());
        return names(authorization.getPermissions(all)).stream()
                .filter(name -> !"ALL".equals(name) && !"NONE".equals(name))
                .collect(Collectors.toSet());
    }

    private static Set<String> names(Permission[] permissions) {
        return Arrays.stream(permissions).map(Permission::getName).collect(Collectors.toSet());
    }

    private void grant(String groupId, Grant grant) {
        Authorization existing = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(grant.resource())
                .resourceId(grant.resourceId())
                .singleResult();
        Authorization authorization = existing;
        boolean changed = false;
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            changed = true;
        }
        for (Permission permission : grant.permissions()) {
            if (!authorization.isPermissionGranted(permission)) {
                authorization.addPermission(permission);
                changed = true;
            }
        }
        if (changed) {
            authorizations.saveAuthorization(authorization);
        }
    }
}
