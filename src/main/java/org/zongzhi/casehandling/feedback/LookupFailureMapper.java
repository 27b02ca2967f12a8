package org.zongzhi.casehandling.feedback;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The lookup_failures table: failed status lookups per address and per case, shared by every node. */
@Mapper
interface LookupFailureMapper {

    record Window(String subject, OffsetDateTime windowStartedAt, int failures) {
    }

    /** The windows of these subjects still open (started at or after {@code openSince}). */
    List<Window> open(@Param("subjects") List<String> subjects, @Param("openSince") OffsetDateTime openSince);

    /** One more failure in the subject's window; an expired window (before {@code openSince}) starts again now. */
    void count(@Param("subject") String subject, @Param("now") OffsetDateTime now,
               @Param("openSince") OffsetDateTime openSince);

    /** Drops windows that ended, so guessed case numbers do not pile up. */
    int forgetBefore(@Param("openSince") OffsetDateTime openSince);
}
