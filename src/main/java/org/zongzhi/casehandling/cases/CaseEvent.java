package org.zongzhi.casehandling.cases;

import java.time.OffsetDateTime;
import java.util.List;

/** One line of a case's trail: who did what, when. */
public record CaseEvent(Long id, String caseNo, OffsetDateTime occurredAt, String actor, String kind, String detail,
                        List<StepValue> values) {

    public CaseEvent {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public CaseEvent(Long id, String caseNo, OffsetDateTime occurredAt, String actor, String kind, String detail) {
        this(id, caseNo, occurredAt, actor, kind, detail, List.of());
    }
}
