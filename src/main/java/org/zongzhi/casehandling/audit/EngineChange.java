package org.zongzhi.casehandling.audit;

import java.util.Optional;
import java.util.Set;

/**
 * Which requests to the engine's API change users, groups, memberships, tenants, authorizations,
 * deployments or definitions, and so belong in the trail. The path is the part after the engine's
 * name, e.g. {@code user/create}, {@code group/unit-FY/members/liuyang}, {@code deployment/create}.
 */
final class EngineChange {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Set<String> DEFINITIONS = Set.of("process-definition", "decision-definition",
            "decision-requirements-definition", "case-definition");

    private EngineChange() {
    }

    static Optional<AuditEventType> of(String method, String path) {
        if (!WRITES.contains(method)) {
            return Optional.empty();
        }
        String[] parts = path.split("/");
        String family = parts[0];
        // POST user, group, ... and .../count are queries, not changes.
        if (parts.length == 1 || parts.length == 2 && "count".equals(parts[1])) {
            return Optional.empty();
        }
        return switch (family) {
            case "user" -> Optional.of(AuditEventType.USER_CHANGE);
            case "group" -> Optional.of(parts.length >= 3 && "members".equals(parts[2])
                    ? AuditEventType.MEMBERSHIP_CHANGE : AuditEventType.GROUP_CHANGE);
            case "tenant" -> Optional.of(AuditEventType.TENANT_CHANGE);
            case "authorization" -> Optional.of(AuditEventType.AUTHORIZATION_CHANGE);
            case "deployment" -> Optional.of(AuditEventType.DEPLOYMENT_CHANGE);
            // Starting, evaluating or restarting is business work (POST); changing a definition is PUT or DELETE.
            default -> DEFINITIONS.contains(family) && !"POST".equals(method)
                    ? Optional.of(AuditEventType.DEFINITION_CHANGE) : Optional.empty();
        };
    }
}
