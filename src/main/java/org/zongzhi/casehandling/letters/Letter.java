package org.zongzhi.casehandling.letters;

import java.time.OffsetDateTime;

/**
 * One escalation letter as issued: numbered, addressed to a unit or a leader (or both), with the
 * facts it states and the date by which the recipient must reply. It is about one late step
 * ({@code step}, e.g. HANDLE) of one handling round (the case's reopen count) owed by one group
 * ({@code responsible}, e.g. unit-ZJJ). A step the centre itself owes (研判, 反馈, 回访 …) is
 * chased with a letter to the post ({@code recipientPost}, the role group, e.g. assessor).
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
        String acknowledgedBy,
        Integer handlingRound,
        String step,
        String responsible,
        String recipientPost) {

    public boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
