package org.zongzhi.casehandling.letters;

import java.time.OffsetDateTime;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The table open_steps: the steps with a time limit whose task is open now. */
@Mapper
interface OpenStepMapper {

    void open(@Param("taskId") String taskId, @Param("caseNo") String caseNo, @Param("step") String step,
              @Param("stepName") String stepName, @Param("responsible") String responsible,
              @Param("dueAt") OffsetDateTime dueAt, @Param("openedAt") OffsetDateTime openedAt);

    void close(@Param("taskId") String taskId);
}
