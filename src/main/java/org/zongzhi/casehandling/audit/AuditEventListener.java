package org.zongzhi.casehandling.audit;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records the audit events other features publish: logins, reads of citizens' personal data, uploads. */
@Component
class AuditEventListener {

    private final AuditTrail trail;

    AuditEventListener(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void login(LoginAttempt attempt) {
        trail.record(new AuditEntry(attempt.userId(), AuditEventType.LOGIN, attempt.userId(),
                attempt.success(), attempt.source(), attempt.success() ? "登录成功" : "登录失败：" + orUnknown(attempt.reason())));
    }

    @EventListener
    void personalDataRead(PersonalDataRead read) {
        String object = read.caseNo() == null ? "（多个案件）" : read.caseNo();
        String detail = read.what() + (read.reason() == null || read.reason().isBlank() ? "" : "；理由：" + read.reason());
        trail.record(new AuditEntry(read.userId(), AuditEventType.PERSONAL_DATA_READ, object, true, read.source(),
                detail));
    }

    @EventListener
    void documentUpload(DocumentUpload upload) {
        trail.record(new AuditEntry(upload.userId(), AuditEventType.DOCUMENT_UPLOAD, upload.caseNo(), upload.success(),
                upload.source(), upload.detail()));
    }

    private static String orUnknown(String reason) {
        return reason == null || reason.isBlank() ? "原因未说明" : reason;
    }
}
