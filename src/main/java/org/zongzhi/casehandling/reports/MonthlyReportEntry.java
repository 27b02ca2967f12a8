package org.zongzhi.casehandling.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A stored monthly report as the list shows it: its month (first day), when and by whom it was generated, its size. */
record MonthlyReportEntry(LocalDate month, OffsetDateTime generatedAt, String generatedBy, long bytes) {
}
