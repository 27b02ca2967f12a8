package org.zongzhi.casehandling.supervision;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

/** The open matters of the ledger with their unit and the letters sent about them. */
@Mapper
interface DailyListMapper {

    List<DailySupervision.OpenMatter> openMatters();
}
