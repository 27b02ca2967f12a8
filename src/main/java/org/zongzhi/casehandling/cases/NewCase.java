package org.zongzhi.casehandling.cases;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** What intake knows when a matter is registered (信息汇集). */
public record NewCase(
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
        OffsetDateTime occurredAt,
        String firstContactOwner,
        List<Party> parties) {

    public NewCase {
        parties = parties == null ? List.of() : List.copyOf(parties);
    }

    @Override
    public String toString() {
        return "NewCase[" + channel + ", ref=" + externalRef + ", type=" + matterType + "]";
    }
}
