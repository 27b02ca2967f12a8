package org.zongzhi.casehandling.numbering;

import java.time.OffsetDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** number_reservations: numbers taken and not yet on a case or letter. */
@Mapper
interface ReservationMapper {

    void deferCommitFlush();

    NumberReservation takeOver(@Param("series") String series, @Param("token") String token,
                               @Param("now") OffsetDateTime now, @Param("abandonedBefore") OffsetDateTime abandonedBefore);

    void insert(@Param("r") NumberReservation reservation, @Param("now") OffsetDateTime now,
                @Param("released") boolean released);

    int claim(NumberReservation reservation);

    int release(NumberReservation reservation);
}
