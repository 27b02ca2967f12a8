package org.zongzhi.casehandling.audit;

/**
 * A login through any door (webapp, /engine-rest, /api), published as a Spring application event
 * by whoever checks the password; the audit trail records it.
 *
 * @param userId the login name as typed (may not exist)
 * @param success whether the password was accepted
 * @param source the client's address
 * @param reason why it failed, in Chinese (wrong password, locked …), or null
 */
public record LoginAttempt(String userId, boolean success, String source, String reason) {
}
