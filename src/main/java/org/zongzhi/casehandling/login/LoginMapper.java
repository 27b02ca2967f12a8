package org.zongzhi.casehandling.login;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** login_failures, account_locks and password_changes (migration V10). */
@Mapper
interface LoginMapper {

    void insertFailure(@Param("userId") String userId, @Param("source") String source,
                       @Param("at") OffsetDateTime at);

    long countUserFailures(@Param("userId") String userId, @Param("since") OffsetDateTime since);

    long countSourceFailures(@Param("source") String source, @Param("since") OffsetDateTime since);

    void deleteUserFailures(@Param("userId") String userId);

    void deleteFailuresBefore(@Param("before") OffsetDateTime before);

    /** The end of the user's lock if it is later than {@code now}, else null. */
    OffsetDateTime lockedUntil(@Param("userId") String userId, @Param("now") OffsetDateTime now);

    /** Locks until the given time; a lock already in place keeps its own, earlier end. */
    void lock(@Param("userId") String userId, @Param("at") OffsetDateTime at, @Param("until") OffsetDateTime until);

    int unlock(@Param("userId") String userId);

    List<AccountLock> currentLocks(@Param("now") OffsetDateTime now);

    OffsetDateTime passwordChangedAt(@Param("userId") String userId);

    void passwordChanged(@Param("userId") String userId, @Param("at") OffsetDateTime at);

    /** Starts the expiry clock of a password set before we kept track, leaving a known date alone. */
    void passwordFirstSeen(@Param("userId") String userId, @Param("at") OffsetDateTime at);
}
