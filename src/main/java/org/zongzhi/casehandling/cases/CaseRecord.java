package org.zongzhi.casehandling.cases;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.function.UnaryOperator;
import org.zongzhi.casehandling.personaldata.PersonalDataMask;

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
        String mergedInto,
        ClosedAs closedAs) {

    /** The same row with the reporter's phone and ID number as given (opened or masked). */
    CaseRecord withContact(UnaryOperator<String> phone, UnaryOperator<String> idNumber) {
        return new CaseRecord(caseNo, centreCode, channel, externalRef, reporterName,
                reporterPhone == null ? null : phone.apply(reporterPhone),
                reporterIdNumber == null ? null : idNumber.apply(reporterIdNumber),
                townshipCode, villageCode, address, matterType, summary, amountAtStake, peopleInvolved, grade, status,
                responsibleUnitCode, firstContactOwner, occurredAt, acceptedAt, dueAt, closedAt, reopenCount,
                updatedAt, mergedInto, closedAs);
    }

    /** As answers and pages show it: phone and ID number masked. */
    public CaseRecord masked() {
        return withContact(PersonalDataMask::phone, PersonalDataMask::idNumber);
    }

    /** The status as staff and citizens read it: 已办结（无法联系当事人） is not an ordinary close. */
    public String statusLabel() {
        return status == CaseStatus.CLOSED && closedAs != null ? closedAs.statusLabel() : status.label();
    }

    @Override
    public String toString() {
        return "CaseRecord[" + caseNo + ", " + status + ", unit=" + responsibleUnitCode + "]";
    }
}
