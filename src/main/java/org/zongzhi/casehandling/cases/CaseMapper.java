package org.zongzhi.casehandling.cases;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;
import org.zongzhi.casehandling.personaldata.SealedContact;

/** The case ledger tables: cases, case_parties, case_events, case_number_counters. */
@Mapper
interface CaseMapper {

    /** Takes the next number for a centre and year, holding the counter row until commit. */
    long nextSequence(@Param("centreCode") String centreCode, @Param("year") int year);

    void insertCase(@Param("caseNo") String caseNo, @Param("centreCode") String centreCode,
                    @Param("c") NewCase newCase, @Param("s") SealedContact reporter, @Param("status") CaseStatus status,
                    @Param("acceptedAt") OffsetDateTime acceptedAt);

    void insertParty(@Param("caseNo") String caseNo, @Param("p") Party party, @Param("s") SealedContact contact);

    void insertEvent(CaseEvent event);

    /** The row as stored: phone and ID number sealed. */
    CaseRecord findCase(@Param("caseNo") String caseNo);

    /** The keyed hash of the reporter's phone, or null (no case, no phone). */
    String findReporterPhoneLookup(@Param("caseNo") String caseNo);

    List<Party> findParties(@Param("caseNo") String caseNo);

    List<CaseEvent> findEvents(@Param("caseNo") String caseNo);

    long countCases();

    int updateStatus(@Param("caseNo") String caseNo, @Param("status") CaseStatus status,
                     @Param("at") OffsetDateTime at);

    int updateAssessment(@Param("caseNo") String caseNo, @Param("grade") String grade,
                         @Param("unitCode") String unitCode, @Param("at") OffsetDateTime at);

    int updateDue(@Param("caseNo") String caseNo, @Param("dueAt") OffsetDateTime dueAt,
                  @Param("at") OffsetDateTime at);

    int markClosed(@Param("caseNo") String caseNo, @Param("closedAs") ClosedAs closedAs,
                   @Param("at") OffsetDateTime at);

    int markReopened(@Param("caseNo") String caseNo, @Param("at") OffsetDateTime at);

    List<CaseReference> findReferences(@Param("caseNo") String caseNo);

    int markMerged(@Param("caseNo") String caseNo, @Param("into") String into, @Param("at") OffsetDateTime at);

    List<RelatedCase> findRelated(@Param("caseNo") String caseNo);

    void insertOrder(@Param("caseNo") String caseNo, @Param("unitGroup") String unitGroup,
                     @Param("taskKey") String taskKey, @Param("at") OffsetDateTime at);

    boolean isOrdered(@Param("caseNo") String caseNo, @Param("unitGroups") List<String> unitGroups);

    int updateResponsibleUnit(@Param("caseNo") String caseNo, @Param("unitCode") String unitCode,
                              @Param("at") OffsetDateTime at);

    void insertOutcome(@Param("caseNo") String caseNo, @Param("step") String step, @Param("way") String way,
                       @Param("outcome") String outcome, @Param("at") OffsetDateTime at);

    void insertVisit(@Param("caseNo") String caseNo, @Param("reached") boolean reached,
                     @Param("satisfaction") String satisfaction, @Param("at") OffsetDateTime at);
}
