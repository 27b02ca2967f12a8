package org.zongzhi.casehandling.deadlines;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One exception of the working-day calendar: a row of calendar_days. */
record CalendarDay(LocalDate day, DayKind kind, String name, String source, OffsetDateTime updatedAt,
                   String updatedBy) {
}
