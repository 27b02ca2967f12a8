package org.zongzhi.casehandling.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The stored monthly reports (monthly_reports) and the warnings a month raised (risk_warnings). */
@Mapper
interface MonthlyReportMapper {

    /** Stores the month's report unless one is there already; 0 when another node was first. */
    int insertIfAbsent(@Param("centre") String centre, @Param("month") LocalDate month, @Param("pdf") byte[] pdf,
                       @Param("at") OffsetDateTime at, @Param("by") String by);

    /** Stores the month's report, replacing the one there (asked for explicitly: replace=true). */
    void replace(@Param("centre") String centre, @Param("month") LocalDate month, @Param("pdf") byte[] pdf,
                 @Param("at") OffsetDateTime at, @Param("by") String by);

    List<MonthlyReportEntry> list(@Param("centre") String centre);

    MonthlyReportEntry find(@Param("centre") String centre, @Param("month") LocalDate month);

    StoredPdf pdf(@Param("centre") String centre, @Param("month") LocalDate month);

    List<MonthWarning> warningsRaised(@Param("start") OffsetDateTime start, @Param("end") OffsetDateTime end);

    record StoredPdf(byte[] pdf) {
    }
}
