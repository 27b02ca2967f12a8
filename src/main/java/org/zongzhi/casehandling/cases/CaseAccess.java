package org.zongzhi.casehandling.cases;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.process.UnitGroups;

/**
 * Who may read a case: the centre's own staff read every case of the centre; a unit's members
 * read the cases their unit was given a task of, as our own records say ({@code case_orders},
 * written when the task was created), not engine history.
 */
@Component
public class CaseAccess {

    static final Set<String> CENTRE_ROLES = Role.groupIds(Role.ADMIN, Role.INTAKE, Role.ASSESSOR,
            Role.SUPERVISOR, Role.MEDIATOR, Role.VISITOR, Role.LEADER);

    private final CaseLedger ledger;

    CaseAccess(CaseLedger ledger) {
        this.ledger = ledger;
    }

    public boolean mayRead(String caseNo, List<String> groups) {
        if (groups.stream().anyMatch(CENTRE_ROLES::contains)) {
            return true;
        }
        return ledger.wasOrdered(caseNo, groups.stream().filter(UnitGroups::isUnit).toList());
    }
}
