package org.zongzhi.casehandling.letters;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The letter tables: letters, letter_number_counters, letter_templates. */
@Mapper
interface LetterMapper {

    /** Makes sure the counter row exists, so that there is a row to lock. */
    void createCounter(@Param("centreCode") String centreCode, @Param("kind") LetterKind kind,
                       @Param("year") int year);

    /** Locks the counter row until commit: every issue of this kind and year queues here. */
    long lockCounter(@Param("centreCode") String centreCode, @Param("kind") LetterKind kind,
                     @Param("year") int year);

    long advanceCounter(@Param("centreCode") String centreCode, @Param("kind") LetterKind kind,
                        @Param("year") int year);

    Letter insertLetter(@Param("l") Letter letter);

    /** The letter of this case, handling round, late step, responsible group, kind and rung, if issued. */
    Letter findByStep(@Param("caseNo") String caseNo, @Param("round") int round, @Param("step") String step,
                      @Param("responsible") String responsible, @Param("kind") LetterKind kind,
                      @Param("ladderStep") int ladderStep);

    Letter findById(@Param("id") long id);

    List<Letter> findByCase(@Param("caseNo") String caseNo);

    int acknowledge(@Param("id") long id, @Param("userId") String userId, @Param("at") OffsetDateTime at);

    LetterTemplate findTemplate(@Param("kind") LetterKind kind);

    LetterTemplate findIssuedWording(@Param("id") long id);

    List<LetterTemplate> findTemplates();

    int updateTemplate(@Param("t") LetterTemplate template);

    String findCentreName(@Param("centreCode") String centreCode);
}
