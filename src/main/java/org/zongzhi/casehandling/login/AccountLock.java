package org.zongzhi.casehandling.login;

import java.time.OffsetDateTime;

/** A person's account refused at every door until {@code lockedUntil}. */
record AccountLock(String userId, OffsetDateTime lockedAt, OffsetDateTime lockedUntil) {
}
