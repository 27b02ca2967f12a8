package org.zongzhi.casehandling.supervision.cockpit;

import java.util.Collection;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** How many escalation letters each case has been sent (the letters table). */
@Mapper
interface LetterCountMapper {

    record LetterCount(String caseNo, int letters) {
    }

    /** Only cases with at least one letter appear. */
    List<LetterCount> countByCase(@Param("caseNos") Collection<String> caseNos);
}
