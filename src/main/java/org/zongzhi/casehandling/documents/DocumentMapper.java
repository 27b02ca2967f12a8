package org.zongzhi.casehandling.documents;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The case_documents table. Lists never read the bytes. */
@Mapper
interface DocumentMapper {

    /** Stores the document and returns its id. */
    long insert(@Param("d") CaseDocument document, @Param("content") byte[] content);

    List<CaseDocument> findByCase(@Param("caseNo") String caseNo);

    CaseDocument find(@Param("caseNo") String caseNo, @Param("id") long id);

    Content content(@Param("caseNo") String caseNo, @Param("id") long id);

    /** The bytes of one document (MyBatis reads a bare byte[] result as a list of bytes). */
    record Content(byte[] content) {
    }
}
