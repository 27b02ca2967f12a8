package org.zongzhi.casehandling.cases;

import java.time.OffsetDateTime;

/**
 * A line was added to a case's trail, with the status the case moved to (null: unchanged).
 * Published by the ledger inside the transaction of the change, so a listener's own writes
 * (e.g. the channel's status callback in the outbox) commit or roll back with it.
 */
public record CaseChanged(String caseNo, CaseStatus status, TrailEvent kind, String detail, OffsetDateTime at) {
}
