package org.zongzhi.casehandling.assignment;

import java.time.OffsetDateTime;

/**
 * 交办单 as a unit's system receives it. No personal data of the citizen: the unit reads the
 * case in Tasklist or through our API with its own login.
 */
public record AssignmentOrder(
        String orderId,
        String caseNo,
        String unitCode,
        String unitName,
        String matterType,
        String grade,
        String mode,
        String summary,
        OffsetDateTime issuedAt,
        String signUrl) {
}
