package org.zongzhi.casehandling.cases;

import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who may read a case: the centre's own staff read every case of the centre; a unit's members
 * read the cases their unit was given a task of, as our own records say ({@code case_orders},
 * written when the task was created), not engine history.
 */
@Component
public class CaseAccess {

    static final Set<String> CENTRE_ROLES = Set.of("camunda-admin", "intake", "assessor", "supervisor", "mediator",
            "visitor", "leader");

    private final CaseLedger ledger;

    CaseAccess(CaseLedger ledger) {
        this.ledger = ledger;
    }

    public boolean mayRead(String caseNo, List<String> groups) {
        if (groups.stream().anyMatch(CENTRE_ROLES::contains)) {
            return true;
        }
        return ledger.wasOrdered(caseNo, groups.stream().filter(g -> g.startsWith("unit-")).toList());
    }
}
