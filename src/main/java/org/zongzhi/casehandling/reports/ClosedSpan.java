package org.zongzhi.casehandling.reports;

import java.time.OffsetDateTime;

/** A case closed in the period: when it was accepted and closed, under its breakdown key. */
record ClosedSpan(String key, OffsetDateTime acceptedAt, OffsetDateTime closedAt) {
}
