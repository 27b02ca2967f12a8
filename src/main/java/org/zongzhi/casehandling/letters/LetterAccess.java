package org.zongzhi.casehandling.letters;

import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseAccess;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Unit;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.process.UnitGroups;
import org.zongzhi.casehandling.web.EngineIdentity;

/**
 * Who may read and acknowledge a letter: the centre staff who follow escalations read every
 * letter; the recipient (the unit's members, the leader it is addressed to, or the members of the
 * centre post it is addressed to) reads and
 * acknowledges their own.
 */
@Component
class LetterAccess {

    /** Centre posts that read every letter. */
    static final Set<String> LETTER_READERS = Role.groupIds(Role.ADMIN, Role.SUPERVISOR, Role.LEADER, Role.ASSESSOR, Role.INTAKE);

    private final Directory directory;
    private final CaseAccess cases;

    LetterAccess(Directory directory, CaseAccess cases) {
        this.directory = directory;
        this.cases = cases;
    }

    boolean mayRead(Letter letter, Authentication user) {
        return EngineIdentity.groups(user).stream().anyMatch(LETTER_READERS::contains) || isRecipient(letter, user);
    }

    boolean isRecipient(Letter letter, Authentication user) {
        if (user.getName().equals(letter.recipientUserId())) {
            return true;
        }
        if (letter.recipientPost() != null && EngineIdentity.groups(user).contains(letter.recipientPost())) {
            return true;
        }
        if (letter.recipientUnitCode() == null) {
            return false;
        }
        String unitGroup = directory.unit(letter.recipientUnitCode()).map(Unit::groupId)
                .orElse(UnitGroups.of(letter.recipientUnitCode()));
        return EngineIdentity.groups(user).contains(unitGroup);
    }

    /** The letters of a case are read by whoever may read the case. */
    boolean mayReadCase(String caseNo, Authentication user) {
        return cases.mayRead(caseNo, EngineIdentity.groups(user));
    }
}
