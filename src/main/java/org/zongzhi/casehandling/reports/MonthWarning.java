package org.zongzhi.casehandling.reports;

import java.time.OffsetDateTime;

/** A risk warning (风险预警) raised in the month of a report. */
record MonthWarning(OffsetDateTime createdAt, String ruleName, String subject, int caseCount, String detail) {
}
