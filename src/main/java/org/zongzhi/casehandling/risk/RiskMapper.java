package org.zongzhi.casehandling.risk;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** risk_rules, risk_warnings, risk_warning_cases and the counts the rules run on the ledger. */
@Mapper
interface RiskMapper {

    List<RiskRule> findRules();

    int updateRule(@Param("r") RiskRule rule, @Param("by") String by, @Param("at") OffsetDateTime at);

    /** Cases of the same person (reporter's ID number or phone) accepted since the given time. */
    List<String> samePerson(@Param("caseNo") String caseNo, @Param("since") OffsetDateTime since);

    /** Cases of the same village and matter type accepted since the given time. */
    List<String> sameVillageAndType(@Param("caseNo") String caseNo, @Param("since") OffsetDateTime since);

    long countOfType(@Param("matterType") String matterType, @Param("from") OffsetDateTime from,
                     @Param("to") OffsetDateTime to);

    List<String> casesOfType(@Param("matterType") String matterType, @Param("from") OffsetDateTime from,
                             @Param("to") OffsetDateTime to);

    /** The open warning of a rule and subject, created if there is none (one per subject). */
    Long insertWarning(@Param("w") RiskWarning warning);

    Long findOpenWarning(@Param("ruleCode") String ruleCode, @Param("subjectKey") String subjectKey);

    int updateCount(@Param("id") long id, @Param("count") int count);

    /** Marks the cases the warning counted; those marked before stay as they are. One statement for all. */
    void linkCases(@Param("warningId") long warningId, @Param("caseNos") List<String> caseNos);

    int markHandled(@Param("id") long id, @Param("by") String by, @Param("at") OffsetDateTime at);

    List<RiskWarning> findForCase(@Param("caseNo") String caseNo);
}
