package org.zongzhi.casehandling.audit;

/**
 * What a caller asks the trail to record; time, id and hashes are added by {@link AuditTrail}.
 *
 * @param userId who acted (the login name; for a failed login, the name as typed)
 * @param type what kind of event
 * @param object what it was done to: a case number, an account, a resource path — never a citizen's data
 * @param success whether it succeeded
 * @param source the client's address
 * @param detail what else the auditor needs (outcome status, field names), or null
 */
public record AuditEntry(String userId, AuditEventType type, String object, boolean success, String source,
                         String detail) {

    public AuditEntry {
        if (type == null) {
            throw new IllegalArgumentException("An audit entry needs an event type");
        }
    }
}
