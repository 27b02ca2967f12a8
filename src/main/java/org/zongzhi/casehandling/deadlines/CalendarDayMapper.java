package org.zongzhi.casehandling.deadlines;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The working-day calendar: calendar_days and calendar_day_removals. */
@Mapper
interface CalendarDayMapper {

    /** Serialises holiday-file loaders on several nodes of one database (released at commit). */
    String lockForLoading();

    List<CalendarDay> findBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    CalendarDay find(@Param("day") LocalDate day);

    void insert(CalendarDay day);

    /** Updates a row only while the given loader still owns it; returns the rows changed. */
    int updateOwnedBy(@Param("d") CalendarDay day, @Param("owner") String owner);

    /** Inserts or replaces the row, whoever set it before (an administrator's change). */
    void upsert(CalendarDay day);

    int delete(@Param("day") LocalDate day);

    int deleteOwnedBy(@Param("day") LocalDate day, @Param("owner") String owner);

    List<LocalDate> findRemovalsBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);

    void upsertRemoval(@Param("day") LocalDate day, @Param("at") OffsetDateTime at, @Param("by") String by);

    void deleteRemoval(@Param("day") LocalDate day);
}
