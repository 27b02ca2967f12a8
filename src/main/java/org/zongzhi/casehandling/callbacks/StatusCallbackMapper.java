package org.zongzhi.casehandling.callbacks;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The outbox of status updates to the channels (status_callbacks). */
@Mapper
interface StatusCallbackMapper {

    /** The case's channel and reference, holding the case row so one case's updates are numbered in order. */
    CaseSource lockCase(@Param("caseNo") String caseNo);

    /** What the last completed step said (e.g. the handling result), or null. */
    String lastCompletion(@Param("caseNo") String caseNo);

    void insert(@Param("caseNo") String caseNo, @Param("channel") String channel,
                @Param("externalRef") String externalRef, @Param("step") StatusStep step,
                @Param("resultText") String resultText, @Param("occurredAt") OffsetDateTime occurredAt);

    /**
     * Due updates that are the earliest undelivered one of their case, locked for this node;
     * rows another node holds are skipped, not waited for.
     */
    List<StatusCallback> claimDue(@Param("limit") int limit);

    void markDelivered(@Param("id") long id);

    void markFailed(@Param("id") long id, @Param("error") String error, @Param("delayMillis") long delayMillis);

    /** Undelivered updates that failed at least this often, and those waiting behind them. */
    List<StatusCallback> findStuck(@Param("minAttempts") int minAttempts);

    /** Makes an undelivered update due now; 0 when it is delivered or unknown. */
    int retryNow(@Param("id") long id);

    List<StatusCallback> findForCase(@Param("caseNo") String caseNo);

    record CaseSource(String channel, String externalRef) {
    }
}
