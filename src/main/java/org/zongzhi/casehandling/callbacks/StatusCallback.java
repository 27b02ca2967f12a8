package org.zongzhi.casehandling.callbacks;

import java.time.OffsetDateTime;

/** One status update in the outbox (status_callbacks). */
record StatusCallback(Long id, String caseNo, String channel, String externalRef, StatusStep step, String resultText,
                      OffsetDateTime occurredAt, int attempts, OffsetDateTime nextAttemptAt,
                      OffsetDateTime lastAttemptAt, String lastError, OffsetDateTime deliveredAt) {

    /** The receiving system keeps this to recognise a repeat of an update it already took. */
    String deliveryId() {
        return caseNo + "/" + step + "/" + id;
    }
}
