package org.zongzhi.casehandling.supervision;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Unit;
import org.zongzhi.casehandling.web.EngineIdentity;

/**
 * Who may read and acknowledge a letter: the centre staff who follow escalations read every
 * letter; the recipient (the unit's members, or the leader it is addressed to) reads and
 * acknowledges their own.
 */
@Component
class LetterAccess {

    /** Centre posts that read every letter. */
    static final Set<String> LETTER_READERS = Set.of("camunda-admin", "supervisor", "leader", "assessor", "intake");

    /** The same centre posts as cases.CaseAccess, which reads every case of the centre. */
    static final Set<String> CASE_READERS = Set.of("camunda-admin", "intake", "assessor", "supervisor", "mediator",
            "visitor", "leader");

    private final Directory directory;
    private final HistoryService history;

    LetterAccess(Directory directory, HistoryService history) {
        this.directory = directory;
        this.history = history;
    }

    boolean mayRead(Letter letter, Authentication user) {
        return EngineIdentity.groups(user).stream().anyMatch(LETTER_READERS::contains) || isRecipient(letter, user);
    }

    boolean isRecipient(Letter letter, Authentication user) {
        if (user.getName().equals(letter.recipientUserId())) {
            return true;
        }
        if (letter.recipientUnitCode() == null) {
            return false;
        }
        String unitGroup = directory.unit(letter.recipientUnitCode()).map(Unit::groupId)
                .orElse("unit-" + letter.recipientUnitCode());
        return EngineIdentity.groups(user).contains(unitGroup);
    }

    /**
     * The rule of cases.CaseAccess: centre staff read every case, a unit the cases it was ever
     * asked to work on (a task with the unit as candidate group).
     */
    boolean mayReadCase(String caseNo, Authentication user) {
        List<String> groups = EngineIdentity.groups(user);
        if (groups.stream().anyMatch(CASE_READERS::contains)) {
            return true;
        }
        return groups.stream().filter(g -> g.startsWith("unit-")).anyMatch(unitGroup ->
                history.createHistoricTaskInstanceQuery()
                        .processInstanceBusinessKey(caseNo)
                        .taskHadCandidateGroup(unitGroup)
                        .count() > 0);
    }
}
