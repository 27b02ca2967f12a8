package org.zongzhi.casehandling.risk;

/** One warning rule with the thresholds an administrator sets (table risk_rules). */
public record RiskRule(String code, String name, Integer threshold, Integer windowDays, Integer minCount,
                       Boolean enabled) {
}
