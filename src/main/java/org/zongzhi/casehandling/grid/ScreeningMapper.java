package org.zongzhi.casehandling.grid;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** grid_screenings and their photos. */
@Mapper
interface ScreeningMapper {

    long nextId();

    void insert(@Param("s") Screening screening);

    void insertPhoto(@Param("screeningId") long screeningId, @Param("fileName") String fileName,
                     @Param("mediaType") String mediaType, @Param("sha256") String sha256,
                     @Param("content") byte[] content);

    /** The latest reports, of one worker or (null) of all. */
    List<Screening> latest(@Param("reportedBy") String reportedBy, @Param("limit") int limit);

    /** Counts per village (or township when no village was given) and disposition in [from, to). */
    List<ScreeningCount> counts(@Param("from") OffsetDateTime from, @Param("to") OffsetDateTime to);

    record ScreeningCount(String townshipCode, String villageCode, long resolvedOnSpot, long handedOver) {
    }
}
