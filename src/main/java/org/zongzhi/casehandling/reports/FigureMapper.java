package org.zongzhi.casehandling.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The figures' SQL over the ledger (cases, case_events, handling_outcomes, return_visits, letters) and the court's counts. */
@Mapper
interface FigureMapper {

    List<FigureCounts> counts(@Param("dimension") Dimension dimension, @Param("byMonth") boolean byMonth,
                              @Param("scope") ReportScope scope, @Param("start") OffsetDateTime start,
                              @Param("end") OffsetDateTime end);

    List<ClosedSpan> closedSpans(@Param("dimension") Dimension dimension, @Param("scope") ReportScope scope,
                                 @Param("start") OffsetDateTime start, @Param("end") OffsetDateTime end);

    List<KeyedCount> courtCases(@Param("dimension") Dimension dimension, @Param("scope") ReportScope scope,
                                @Param("from") LocalDate from, @Param("to") LocalDate to);

    List<KeyedCount> populations(@Param("scope") ReportScope scope);

    String centreLevel(@Param("code") String code);

    void upsertCourtCount(@Param("territory") String territory, @Param("month") LocalDate month,
                          @Param("cases") int cases, @Param("by") String by, @Param("at") OffsetDateTime at);

    List<KeyedCount> repeatPlaces(@Param("scope") ReportScope scope, @Param("start") OffsetDateTime start,
                                  @Param("end") OffsetDateTime end, @Param("limit") int limit);

    List<RepeatPerson> repeatPeople(@Param("scope") ReportScope scope, @Param("start") OffsetDateTime start,
                                    @Param("end") OffsetDateTime end, @Param("limit") int limit);

    List<RungCount> lettersByRung(@Param("scope") ReportScope scope, @Param("start") OffsetDateTime start,
                                  @Param("end") OffsetDateTime end);

    List<TypeInTownship> acceptedByTypeAndTownship(@Param("start") OffsetDateTime start,
                                                   @Param("end") OffsetDateTime end);
}
