package org.zongzhi.casehandling.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** audit_log and audit_chain_head. There is no update or delete of a record but the purge's. */
@Mapper
interface AuditMapper {

    /** The end of the chain, locked until commit: appends from every thread and node queue here. */
    ChainHead lockHead();

    ChainHead head();

    void insert(AuditRecord record);

    void advanceHead(@Param("lastId") long lastId, @Param("lastHash") String lastHash,
                     @Param("lastAt") OffsetDateTime lastAt);

    /** Records after the given id in chain order, at most {@code limit}. */
    List<AuditRecord> chainAfter(@Param("afterId") long afterId, @Param("limit") int limit);

    /** A page of matching records, newest first. */
    List<AuditRecord> search(@Param("q") AuditQuery query, @Param("offset") long offset, @Param("limit") int limit);

    long count(@Param("q") AuditQuery query);

    /** Matching records after the given id, oldest first: the export reads the trail in slices. */
    List<AuditRecord> searchAfter(@Param("q") AuditQuery query, @Param("afterId") long afterId,
                                  @Param("limit") int limit);

    /** One purge per cluster: false when another node holds it (released at commit). */
    boolean tryLockPurge();

    /**
     * The last id of the longest run of records from the start of the chain that are all past
     * retention; null when the trail is empty.
     */
    Long lastPurgeable(@Param("generalBefore") OffsetDateTime generalBefore,
                       @Param("personalBefore") OffsetDateTime personalBefore);

    String hashOf(@Param("id") long id);

    int deleteUpTo(@Param("id") long id);

    void moveAnchor(@Param("id") long id, @Param("hash") String hash);
}
