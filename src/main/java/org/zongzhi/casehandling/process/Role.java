package org.zongzhi.casehandling.process;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The roles of a centre, each a Camunda group of the same id. */
public enum Role {
    INTAKE("intake", "受理员"),
    ASSESSOR("assessor", "研判员"),
    SUPERVISOR("supervisor", "督办员"),
    MEDIATOR("mediator", "调解员"),
    VISITOR("visitor", "回访员"),
    LEADER("leader", "领导"),
    LIAISON("liaison", "单位联络员"),
    /**
     * 网格员: reports what they find on patrol from a phone (/grid): resolved on the spot (就地化解,
     * counted as screening) or handed to the centre as a case of the GRID channel. Nothing else.
     */
    GRID_WORKER("grid-worker", "网格员"),
    /** A channel's own system (12345, 110, 网格, 法院, 信访, 部门) handing matters over by the intake API. */
    INTAKE_CHANNEL("intake-channel", "受理渠道"),
    /**
     * 系统管理员: deployments, process operations, calendar, templates, rules. Keeps Camunda's own
     * admin group id, which the engine and webapps hard-wire (management calls, first-start setup).
     */
    ADMIN("camunda-admin", "系统管理员"),
    /** 安全管理员: users, groups, memberships, authorizations and tenants, and login locks; nothing else. */
    SECURITY_ADMIN("security-admin", "安全管理员"),
    /** Reads and exports the audit trail, and nothing else (separation of duties, 等保 三员分立). */
    AUDITOR("auditor", "审计管理员");

    /** The three administrators of 三员分立: none may do another's work. */
    public static final Set<Role> ADMINISTRATORS = EnumSet.of(ADMIN, SECURITY_ADMIN, AUDITOR);

    public boolean administrator() {
        return ADMINISTRATORS.contains(this);
    }

    private final String groupId;
    private final String label;

    Role(String groupId, String label) {
        this.groupId = groupId;
        this.label = label;
    }

    public String groupId() {
        return groupId;
    }

    public String label() {
        return label;
    }

    /** The group ids of these roles, for a check of who may do something. */
    public static Set<String> groupIds(Role... roles) {
        return Arrays.stream(roles).map(Role::groupId).collect(Collectors.toUnmodifiableSet());
    }

    public static Optional<Role> byGroupId(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
