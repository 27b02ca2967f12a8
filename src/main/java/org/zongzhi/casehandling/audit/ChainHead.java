package org.zongzhi.casehandling.audit;

import java.time.OffsetDateTime;

/**
 * The end of the chain and its anchor (the last record a purge removed, id 0 and a hash of zeros
 * before any purge), as stored in audit_chain_head; {@code now} is the database's clock when read.
 */
record ChainHead(long lastId, String lastHash, OffsetDateTime lastAt, long anchorId, String anchorHash,
                 OffsetDateTime now) {
}
