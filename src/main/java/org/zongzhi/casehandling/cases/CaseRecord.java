package org.zongzhi.casehandling.cases;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** One row of the case ledger. */
public record CaseRecord(
        String caseNo,
        String centreCode,
        Channel channel,
        String externalRef,
        String reporterName,
        String reporterPhone,
        String reporterIdNumber,
        String townshipCode,
        String villageCode,
        String address,
        String matterType,
        String summary,
        BigDecimal amountAtStake,
        Integer peopleInvolved,
        String grade,
        CaseStatus status,
        String responsibleUnitCode,
        String firstContactOwner,
        OffsetDateTime occurredAt,
        OffsetDateTime acceptedAt,
        OffsetDateTime dueAt,
        OffsetDateTime closedAt,
        Integer reopenCount,
        OffsetDateTime updatedAt,
        String mergedInto) {

    @Override
    public String toString() {
        return "CaseRecord[" + caseNo + ", " + status + ", unit=" + responsibleUnitCode + "]";
    }
}
