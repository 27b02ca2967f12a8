package org.zongzhi.casehandling.cases;

import java.time.OffsetDateTime;

/** One line of a case's trail: who did what, when. */
public record CaseEvent(Long id, String caseNo, OffsetDateTime occurredAt, String actor, String kind, String detail) {
}
