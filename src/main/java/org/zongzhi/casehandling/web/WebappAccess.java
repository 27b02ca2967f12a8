package org.zongzhi.casehandling.web;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
import org.camunda.bpm.engine.authorization.UserOperationLogCategoryPermissions;
import org.camunda.bpm.engine.impl.util.ResourceTypeUtil;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.casehandling.process.ProcessKeys;
import org.zongzhi.casehandling.process.Role;

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
    private static final Grant START_CASES = new Grant(Resources.PROCESS_DEFINITION, ProcessKeys.CASE_HANDLING,
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    private static final Grant CREATE_INSTANCES = new Grant(Resources.PROCESS_INSTANCE, "*",
            ProcessInstancePermissions.CREATE);
    private static final Grant WATCH_PROCESSES = new Grant(Resources.PROCESS_DEFINITION, "*",
            ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.READ_INSTANCE,
            ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK);
    private static final Grant WATCH_INSTANCES = new Grant(Resources.PROCESS_INSTANCE, "*",
            ProcessInstancePermissions.READ);
    private static final Grant WATCH_TASKS = new Grant(Resources.TASK, "*", TaskPermissions.READ);
    /** Tasklist names a task's candidate groups only when the user may read them; else it shows the id. */
    private static final Grant SEE_GROUP_NAMES = new Grant(Resources.GROUP, "*", Permissions.READ);
    private static final Grant SEE_DECISIONS = new Grant(Resources.DECISION_DEFINITION, "*",
            Permissions.READ, Permissions.READ_HISTORY);

    /** Who is who and who may do what: the security administrator's whole business (三员分立). */
    static final Set<Resources> IDENTITY = Set.of(Resources.USER, Resources.GROUP, Resources.GROUP_MEMBERSHIP,
            Resources.AUTHORIZATION, Resources.TENANT, Resources.TENANT_MEMBERSHIP);

    /**
     * What each role may do. The two operating administrators split the engine between them: the
     * security administrator holds the identity resources and the Admin webapp, the system
     * administrator everything else — but may only read the engine's operation log, a record of
     * what administrators did that none of them may delete or annotate.
     */
    static final Map<Role, List<Grant>> POLICY = Map.ofEntries(
            Map.entry(Role.ADMIN, systemAdministrator()),
            Map.entry(Role.SECURITY_ADMIN, securityAdministrator()),
            Map.entry(Role.INTAKE, List.of(TASKLIST, SEE_PROCESSES, START_CASES, CREATE_INSTANCES)),
            Map.entry(Role.ASSESSOR, List.of(TASKLIST, SEE_PROCESSES, SEE_DECISIONS)),
            Map.entry(Role.MEDIATOR, List.of(TASKLIST, SEE_PROCESSES)),
            Map.entry(Role.VISITOR, List.of(TASKLIST, SEE_PROCESSES)),
            Map.entry(Role.LIAISON, List.of(TASKLIST, SEE_PROCESSES)),
            Map.entry(Role.SUPERVISOR,
                    List.of(TASKLIST, COCKPIT, WATCH_PROCESSES, WATCH_INSTANCES, WATCH_TASKS, SEE_DECISIONS,
                            SEE_GROUP_NAMES)),
            Map.entry(Role.LEADER,
                    List.of(TASKLIST, COCKPIT, WATCH_PROCESSES, WATCH_INSTANCES, WATCH_TASKS, SEE_DECISIONS,
                            SEE_GROUP_NAMES)),
            // The audit trail is read through /api/audit only: no webapp, nothing in the engine.
            Map.entry(Role.AUDITOR, List.of()),
            // Grid workers use their page /grid and /api/grid only: nothing in the engine.
            Map.entry(Role.GRID_WORKER, List.of()));

    private static List<Grant> systemAdministrator() {
        List<Grant> grants = new ArrayList<>();
        for (Resources resource : Resources.values()) {
            if (resource == Resources.OPERATION_LOG_CATEGORY) {
                grants.add(new Grant(resource, "*", UserOperationLogCategoryPermissions.READ));
            } else if (!IDENTITY.contains(resource)) {
                grants.add(new Grant(resource, "*", Permissions.ALL));
            }
        }
        return List.copyOf(grants);
    }

    private static List<Grant> securityAdministrator() {
        List<Grant> grants = new ArrayList<>();
        grants.add(new Grant(Resources.APPLICATION, "admin", Permissions.ACCESS));
        IDENTITY.stream().sorted(Comparator.comparing(Resources::resourceType))
                .forEach(resource -> grants.add(new Grant(resource, "*", Permissions.ALL)));
        return List.copyOf(grants);
    }

    private final AuthorizationService authorizations;

    WebappAccess(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        POLICY.forEach((role, policy) -> {
            List<Grant> grants = withOwnGroup(role, policy);
            grants.forEach(g -> grant(role.groupId(), g));
            revokeBeyond(role.groupId(), grants);
        });
    }

    /**
     * Members read their own group, as Camunda grants every new group by default: Tasklist then
     * shows a 回访 task's candidate group as 回访员, not as {@code visitor}, like a unit's group.
     */
    private static List<Grant> withOwnGroup(Role role, List<Grant> policy) {
        if (policy.contains(SEE_GROUP_NAMES) || role.administrator()) {
            return policy;
        }
        List<Grant> grants = new ArrayList<>(policy);
        grants.add(new Grant(Resources.GROUP, role.groupId(), Permissions.READ));
        return grants;
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
            if (allowed == null || !granted(existing).equals(expected(allowed))) {
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

    /** ALL stands for every permission of the resource, as {@link #granted} reads it back. */
    private static Set<String> expected(Grant grant) {
        if (Arrays.asList(grant.permissions()).contains(Permissions.ALL)) {
            return names(ResourceTypeUtil.getPermissionsByResourceType(grant.resource().resourceType())).stream()
                    .filter(name -> !"ALL".equals(name) && !"NONE".equals(name))
                    .collect(Collectors.toSet());
        }
        return names(grant.permissions());
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
