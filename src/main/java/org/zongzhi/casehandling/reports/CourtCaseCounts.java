package org.zongzhi.casehandling.reports;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.zongzhi.casehandling.process.UnitGroups;
import org.zongzhi.casehandling.settings.Settings;
import org.zongzhi.casehandling.web.EngineIdentity;

/** 万人成讼率's numerator: the court's count of new cases per township and month, entered by the court's liaison. */
@Service
class CourtCaseCounts {

    private final FigureMapper mapper;
    private final Clock clock;
    private final String courtGroup;

    CourtCaseCounts(FigureMapper mapper, Clock clock, Settings settings) {
        this.mapper = mapper;
        this.clock = clock;
        this.courtGroup = settings.courtUnit() == null ? null : UnitGroups.of(settings.courtUnit());
    }

    void enter(Authentication user, String territory, YearMonth month, Integer cases) {
        List<String> groups = EngineIdentity.groups(user);
        if (courtGroup == null || !groups.contains(courtGroup)) {
            throw new ScopeRefusedException("只有人民法院的联络员可以填报法院新收案件数");
        }
        if (!"TOWNSHIP".equals(mapper.centreLevel(territory))) {
            throw new BadUserRequestException(territory + " 不是本县的乡镇（街道）：法院新收案件数按乡镇（街道）填报");
        }
        if (cases == null || cases < 0) {
            throw new BadUserRequestException("请填写法院新收案件数 cases（不小于 0 的整数）");
        }
        mapper.upsertCourtCount(territory, month.atDay(1), cases, user.getName(), OffsetDateTime.now(clock));
    }
}
