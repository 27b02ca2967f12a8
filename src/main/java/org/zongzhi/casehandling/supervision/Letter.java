package org.zongzhi.casehandling.supervision;

import java.time.OffsetDateTime;

/**
 * One escalation letter as issued: numbered, addressed to a unit or a leader (or both), with the
 * facts it states and the date by which the recipient must reply.
 */
public record Letter(
        Long id,
        String caseNo,
        LetterKind kind,
        Integer ladderStep,
        String letterNo,
        String centreCode,
        Integer year,
        Long sequence,
        String recipientUnitCode,
        String recipientUserId,
        String facts,
        OffsetDateTime replyDue,
        OffsetDateTime issuedAt,
        OffsetDateTime acknowledgedAt,
        String acknowledgedBy) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
