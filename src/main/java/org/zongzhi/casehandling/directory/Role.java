package org.zongzhi.casehandling.directory;

import java.util.Arrays;
import java.util.Optional;

/** The roles of a centre, each a Camunda group of the same id. */
public enum Role {
    INTAKE("intake", "受理员"),
    ASSESSOR("assessor", "研判员"),
    SUPERVISOR("supervisor", "督办员"),
    MEDIATOR("mediator", "调解员"),
    VISITOR("visitor", "回访员"),
    LEADER("leader", "领导"),
    LIAISON("liaison", "单位联络员"),
    /** A channel's own system (12345, 110, 网格, 法院, 信访, 部门) handing matters over by the intake API. */
    INTAKE_CHANNEL("intake-channel", "受理渠道"),
    ADMIN("camunda-admin", "管理员"),
    /** Reads and exports the audit trail, and nothing else (separation of duties, 等保 三权分立). */
    AUDITOR("auditor", "审计管理员");

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

    static Optional<Role> byGroupId(String groupId) {
        return Arrays.stream(values()).filter(r -> r.groupId.equals(groupId)).findFirst();
    }
}
