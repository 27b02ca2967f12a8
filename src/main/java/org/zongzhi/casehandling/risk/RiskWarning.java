package org.zongzhi.casehandling.risk;

import java.time.OffsetDateTime;

/** 风险预警单: a rule's hit, addressed to the territory and the competent unit. */
public record RiskWarning(Long id, String ruleCode, String subjectKey, String subject, String triggerCase,
                          String territoryCode, String unitCode, Integer caseCount, String detail,
                          OffsetDateTime createdAt, OffsetDateTime handledAt, String handledBy) {
}
