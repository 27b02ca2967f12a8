package org.zongzhi.casehandling.audit;

/**
 * Someone read a citizen's personal data (个人信息) of a case: the case page, a receipt, an
 * export, the merge view, a reveal of a masked value. Published as a Spring application event by
 * the code that hands the data out; the audit trail records it (PIPL Art. 51, 55-56).
 *
 * @param userId who read it
 * @param caseNo the case whose people's data was read, or null for an export of many
 * @param what what was read, e.g. "案件详情", "受理告知单", "完整身份证号码"
 * @param reason the reason the reader stated, where one is required (exports, reveals), else null
 * @param source the client's address
 */
public record PersonalDataRead(String userId, String caseNo, String what, String reason, String source) {
}
