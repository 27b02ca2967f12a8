package org.zongzhi.casehandling.intake;

import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** What intake reads and writes beside the ledger: channel references and attachments. */
@Mapper
interface IntakeMapper {

    /** The case a channel's reference already became, if any. */
    String findCaseNo(@Param("channel") String channel, @Param("externalRef") String externalRef);

    void insertAttachment(@Param("caseNo") String caseNo, @Param("a") IntakeRequest.AttachmentEntry attachment);

    long countAttachments(@Param("caseNo") String caseNo);
}
