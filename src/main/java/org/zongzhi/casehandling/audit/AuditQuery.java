package org.zongzhi.casehandling.audit;

import java.time.OffsetDateTime;

/** The auditor's filter: each part optional; {@code object} matches from its start (a case number, a path). */
record AuditQuery(OffsetDateTime from, OffsetDateTime to, String user, String type, String object) {
}
