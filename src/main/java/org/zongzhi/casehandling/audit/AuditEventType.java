package org.zongzhi.casehandling.audit;

import java.util.Arrays;
import java.util.Optional;

/** What a record of the audit trail is about; the label is what the auditor reads. */
public enum AuditEventType {
    LOGIN("登录"),
    PERSONAL_DATA_READ("查看个人信息"),
    DOCUMENT_UPLOAD("上传案件材料"),
    USER_CHANGE("用户变更"),
    GROUP_CHANGE("用户组变更"),
    MEMBERSHIP_CHANGE("组成员变更"),
    TENANT_CHANGE("租户变更"),
    AUTHORIZATION_CHANGE("授权变更"),
    DEPLOYMENT_CHANGE("部署变更（流程、决策表、表单）"),
    DEFINITION_CHANGE("流程或决策定义变更"),
    CALENDAR_CHANGE("工作日历变更"),
    LETTER_TEMPLATE_CHANGE("函件模板变更"),
    RISK_RULE_CHANGE("预警规则变更"),
    AUDIT_SEARCH("查询审计记录"),
    AUDIT_EXPORT("导出审计记录"),
    AUDIT_VERIFY("校验审计链"),
    AUDIT_PURGE("清理过期审计记录");

    private final String label;

    AuditEventType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static Optional<AuditEventType> byName(String name) {
        return Arrays.stream(values()).filter(t -> t.name().equals(name)).findFirst();
    }
}
