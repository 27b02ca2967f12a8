package org.zongzhi.casehandling.risk;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.cases.CaseAccess;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.web.EngineIdentity;
import org.zongzhi.casehandling.web.NotFoundException;

/** The warning rules (thresholds edited by administrators) and a case's warnings. */
@RestController
class RiskController {

    private final RiskWarnings warnings;
    private final CaseAccess access;

    RiskController(RiskWarnings warnings, CaseAccess access) {
        this.warnings = warnings;
        this.access = access;
    }

    record Thresholds(Integer threshold, Integer windowDays, Integer minCount, Boolean enabled) {
    }

    @GetMapping("/api/risk-rules")
    List<RiskRule> rules() {
        return warnings.rules();
    }

    @PutMapping("/api/risk-rules/{code}")
    RiskRule change(@PathVariable String code, @RequestBody Thresholds body, Authentication user) {
        if (!EngineIdentity.groups(user).contains(Role.ADMIN.groupId())) {
            throw new AuthorizationException(user.getName(), "UPDATE", "risk rule", code);
        }
        RiskRule current = warnings.rules().stream().filter(r -> r.code().equals(code)).findFirst()
                .orElseThrow(() -> new NotFoundException("没有预警规则 " + code));
        RiskRule changed = new RiskRule(code, current.name(),
                positive(body.threshold(), current.threshold(), "threshold（阈值）"),
                positive(body.windowDays(), current.windowDays(), "windowDays（统计天数）"),
                positive(body.minCount(), current.minCount(), "minCount（最少件数）"),
                body.enabled() == null ? current.enabled() : body.enabled());
        warnings.change(changed, user.getName());
        return changed;
    }

    @GetMapping("/api/cases/{caseNo}/risk-warnings")
    List<RiskWarning> forCase(@PathVariable String caseNo, Authentication user) {
        if (!access.mayRead(caseNo, EngineIdentity.groups(user))) {
            throw new NotFoundException("案件 " + caseNo + " 不存在或无权查看");
        }
        return warnings.forCase(caseNo);
    }

    private static Integer positive(Integer value, Integer current, String field) {
        if (value == null) {
            return current;
        }
        if (value < 1 || value > 3650) {
            throw new BadUserRequestException(field + "必须是1至3650之间的整数，收到：" + value);
        }
        return value;
    }
}
