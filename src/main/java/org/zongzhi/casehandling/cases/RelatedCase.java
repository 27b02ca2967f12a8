package org.zongzhi.casehandling.cases;

import java.time.OffsetDateTime;

/** A case that may be the same matter: the same person (PERSON) or the same village and type (PLACE). */
public record RelatedCase(String caseNo, String matterType, OffsetDateTime acceptedAt, CaseStatus status,
                          String reason) {

    public String reasonLabel() {
        return "PERSON".equals(reason) ? "同一当事人" : "同村同类";
    }
}
