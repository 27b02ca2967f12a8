package org.zongzhi.casehandling.reports;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Person;
import org.zongzhi.casehandling.directory.Unit;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.web.EngineIdentity;

/**
 * Which figures a login may read: the centre's staff everything (and may narrow to a unit or a
 * township), a department's liaison its own unit's cases, a township centre its own territory.
 * Asking for anyone else's is refused, never silently narrowed.
 */
@Component
class ReportScopes {

    /** The centre's own staff, as for reading cases (CaseAccess). */
    static final Set<String> CENTRE_ROLES = Role.groupIds(Role.ADMIN, Role.INTAKE, Role.ASSESSOR,
            Role.SUPERVISOR, Role.MEDIATOR, Role.VISITOR, Role.LEADER);

    private final Directory directory;
    private final Figures figures;

    ReportScopes(Directory directory, Figures figures) {
        this.directory = directory;
        this.figures = figures;
    }

    ReportScope resolve(Authentication user, String unit, String township) {
        String wantedUnit = blankToNull(unit);
        String wantedTownship = blankToNull(township);
        if (wantedUnit != null && wantedTownship != null) {
            throw new BadUserRequestException("unit 和 township 只能选一个：按单位或按乡镇（街道）查看");
        }
        List<String> groups = EngineIdentity.groups(user);
        if (groups.stream().anyMatch(CENTRE_ROLES::contains)) {
            if (wantedUnit != null) {
                Unit u = directory.unit(wantedUnit).orElseThrow(() ->
                        new BadUserRequestException("单位 " + wantedUnit + " 不在本中心的单位名录中"));
                return new ReportScope(u.code(), null, u.name());
            }
            if (wantedTownship != null) {
                return new ReportScope(null, wantedTownship, townshipName(wantedTownship));
            }
            return ReportScope.everything();
        }
        Unit own = directory.person(user.getName()).map(Person::unitCode).flatMap(directory::unit)
                .orElseThrow(() -> new ScopeRefusedException(
                        "只有综治中心工作人员、各成员单位和乡镇（街道）综治中心可以查看统计数据"));
        if ("TOWNSHIP".equals(own.kind())) {
            String territory = own.centreCode();
            if ((wantedTownship != null && !wantedTownship.equals(territory))
                    || (wantedUnit != null && !wantedUnit.equals(own.code()))) {
                throw new ScopeRefusedException("你只能查看本乡镇（" + own.name() + "）的统计数据，无权查看"
                        + (wantedUnit != null ? directory.unitName(wantedUnit) : townshipName(wantedTownship)) + "的数据");
            }
            return new ReportScope(null, territory, townshipName(territory));
        }
        if (wantedTownship != null || (wantedUnit != null && !wantedUnit.equals(own.code()))) {
            throw new ScopeRefusedException("你只能查看本单位（" + own.name() + "）的统计数据，无权查看"
                    + (wantedUnit != null ? directory.unitName(wantedUnit) : townshipName(wantedTownship)) + "的数据");
        }
        return new ReportScope(own.code(), null, own.name());
    }

    private String townshipName(String code) {
        return figures.centreName(code);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
