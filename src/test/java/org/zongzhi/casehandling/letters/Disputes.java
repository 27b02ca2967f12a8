package org.zongzhi.casehandling.letters;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.cases.NewCase;
import org.zongzhi.casehandling.cases.Party;

/** Matters to hang letters on. */
final class Disputes {

    private Disputes() {
    }

    static NewCase heatingComplaint() {
        return new NewCase(Channel.WALK_IN, null, "孙桂兰", "13600001111", null, "SFX-CG", "SFX-CG-NJ",
                "城关镇南街社区幸福小区5号楼", "物业纠纷", "小区冬季供暖温度长期不达标，业主与物业公司协商未果。",
                BigDecimal.ZERO, 5, OffsetDateTime.parse("2026-11-02T09:00:00+08:00"), "wangfang",
                List.of(new Party("APPLICANT", "孙桂兰", "13600001111", null)));
    }
}
