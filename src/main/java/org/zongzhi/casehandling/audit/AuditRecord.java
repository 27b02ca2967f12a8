package org.zongzhi.casehandling.audit;

import java.time.OffsetDateTime;

/** One stored record of the trail, as the database holds it. */
record AuditRecord(long id, OffsetDateTime occurredAt, String userId, String eventType, String object,
                   boolean success, String source, String detail, String prevHash, String hash) {
}
