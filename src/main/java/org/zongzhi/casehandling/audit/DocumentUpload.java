package org.zongzhi.casehandling.audit;

/**
 * Someone uploaded a document to a case, or tried to and was refused (wrong type, too large, no
 * right to the case). Published by the code that takes the upload; the audit trail records it.
 * Downloads are reads of what the citizens handed in and are published as {@link PersonalDataRead}.
 *
 * @param userId who uploaded
 * @param caseNo the case
 * @param success whether the document was stored
 * @param source the client's address
 * @param detail the document (id, name, type, size, checksum) or why it was refused
 */
public record DocumentUpload(String userId, String caseNo, boolean success, String source, String detail) {
}
