package org.zongzhi.casehandling.demo;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** Batched inserts of the demo history into the ledger tables. */
@Mapper
interface DemoHistoryMapper {

    long countWithPrefix(@Param("pattern") String pattern);

    void insertCases(@Param("rows") List<DemoHistory.HistoryCase> rows);

    void insertOutcomes(@Param("rows") List<DemoHistory.HistoryOutcome> rows);

    void insertVisits(@Param("rows") List<DemoHistory.HistoryVisit> rows);

    void insertLetters(@Param("rows") List<DemoHistory.HistoryLetter> rows);

    void insertEvents(@Param("rows") List<DemoHistory.HistoryEvent> rows);

    void insertCourtMonths(@Param("rows") List<DemoHistory.CourtMonth> rows, @Param("by") String by,
                           @Param("at") OffsetDateTime at);
}
