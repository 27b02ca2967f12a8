package org.zongzhi.casehandling.letters;

import java.time.OffsetDateTime;
import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The letter tables: letters, letter_number_counters, letter_templates. */
@Mapper
interface LetterMapper {

    /** Waits for any other transaction issuing the same letter (key) to end; held until this one ends. */
    int lockLetter(@Param("key") String key);

    /** The next number of a kind and year, creating the counter on the year's first letter. */
    long advanceCounter(@Param("centreCode") String centreCode, @Param("kind") LetterKind kind,
                        @Param("year") int year);

    /** The letter as stored, or null if the same letter was issued meanwhile (nothing written). */
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
