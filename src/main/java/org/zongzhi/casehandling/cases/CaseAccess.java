package org.zongzhi.casehandling.cases;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.stereotype.Component;

/**
 * Who may read a case: the centre's own staff read every case of the centre; a unit's members
 * read the cases their unit was ever asked to work on (a task with the unit as candidate group).
 */
@Component
public class CaseAccess {

    static final Set<String> CENTRE_ROLES = Set.of("camunda-admin", "intake", "assessor", "supervisor", "mediator",
            "visitor", "leader");

    private final HistoryService history;

    CaseAccess(HistoryService history) {
        this.history = history;
    }

    public boolean mayRead(String caseNo, List<String> groups) {
        if (groups.stream().anyMatch(CENTRE_ROLES::contains)) {
            return true;
        }
        return groups.stream().filter(g -> g.startsWith("unit-")).anyMatch(unitGroup ->
                history.createHistoricTaskInstanceQuery()
                        .processInstanceBusinessKey(caseNo)
                        .taskHadCandidateGroup(unitGroup)
                        .count() > 0);
    }
}
