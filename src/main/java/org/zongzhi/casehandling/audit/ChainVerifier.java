package org.zongzhi.casehandling.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Walks the chain from the anchor (the last record a purge removed) to the head and names the first
 * broken link: a record changed (its hash no longer fits its fields), removed (a gap in the ids, or
 * a next record whose previous hash is not the one before it), added behind the application's back,
 * out of time order, or a chain whose end no longer matches the head.
 */
@Component
class ChainVerifier {

    private static final int SLICE = 1000;

    private final AuditMapper mapper;
    private final TransactionTemplate snapshot;

    ChainVerifier(AuditMapper mapper, PlatformTransactionManager transactions) {
        this.mapper = mapper;
        // One snapshot for the whole walk: appends and a purge running meanwhile are not half seen.
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    ChainCheck verify() {
        return snapshot.execute(status -> walk());
    }

    private ChainCheck walk() {
        ChainHead head = mapper.head();
        long expectedId = head.anchorId() + 1;
        String prevHash = head.anchorHash();
        OffsetDateTime prevAt = null;
        long checked = 0;
        Long firstId = null;
        // From the very first row: a row at or below the anchor should have gone with the purge.
        long after = Long.MIN_VALUE;
        List<AuditRecord> slice;
        do {
            slice = mapper.chainAfter(after, SLICE);
            for (AuditRecord r : slice) {
                if (firstId == null) {
                    firstId = r.id();
                }
                String problem = problem(r, expectedId, prevHash, prevAt);
                if (problem != null) {
                    return new ChainCheck(false, checked, firstId, null, r.id(), problem);
                }
                checked++;
                expectedId = r.id() + 1;
                prevHash = r.hash();
                prevAt = r.occurredAt();
                after = r.id();
            }
        } while (slice.size() == SLICE);
        if (expectedId - 1 != head.lastId() || !prevHash.equals(head.lastHash())) {
            long broken = expectedId;
            return new ChainCheck(false, checked, firstId, null, broken,
                    "链尾记录应为第 " + head.lastId() + " 条，实际止于第 " + (expectedId - 1)
                            + " 条：其后的记录已被删除，或链头被改动");
        }
        return new ChainCheck(true, checked, firstId, checked == 0 ? null : expectedId - 1, null, null);
    }

    private static String problem(AuditRecord r, long expectedId, String prevHash, OffsetDateTime prevAt) {
        if (r.id() < expectedId) {
            return "记录编号 " + r.id() + " 不应存在（应从第 " + expectedId + " 条开始）：已清理的范围内出现了记录";
        }
        if (r.id() > expectedId) {
            return "缺少第 " + expectedId + (r.id() - 1 > expectedId ? " 至 " + (r.id() - 1) : "") + " 条记录：已被删除";
        }
        if (!AuditHash.of(r).equals(r.hash())) {
            return "哈希与记录内容不符：记录内容（时间、用户、类型、对象、结果、来源、详情或前一哈希）已被改动";
        }
        if (!prevHash.equals(r.prevHash())) {
            return expectedId == 1 || r.id() == expectedId && prevAt == null
                    ? "前一哈希与链的起点不符：起点之前的记录被删除，或本记录连同哈希被改写"
                    : "前一哈希与第 " + (r.id() - 1) + " 条记录的哈希不符：第 " + (r.id() - 1)
                            + " 条记录连同其哈希被改写，或本记录连同哈希被改写";
        }
        if (prevAt != null && r.occurredAt().isBefore(prevAt)) {
            return "时间早于上一条记录";
        }
        return null;
    }
}
