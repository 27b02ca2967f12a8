package org.zongzhi.casehandling.assessment;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseReference;
import org.zongzhi.casehandling.web.EngineIdentity;

/** POST /api/cases/{caseNo}/merge {"into": "..."}: 并单, decided by 研判员 (or an administrator). */
@RestController
class CaseMergeController {

    static final Set<String> DECIDERS = Set.of("assessor", "camunda-admin");

    private final CaseMerger merger;
    private final CaseLedger ledger;

    CaseMergeController(CaseMerger merger, CaseLedger ledger) {
        this.merger = merger;
        this.ledger = ledger;
    }

    record Merge(String into) {
    }

    record Merged(String caseNo, String into, List<CaseReference> references) {
    }

    @PostMapping("/api/cases/{caseNo}/merge")
    Merged merge(@PathVariable String caseNo, @RequestBody Merge body, Authentication user) {
        if (EngineIdentity.groups(user).stream().noneMatch(DECIDERS::contains)) {
            throw new AuthorizationException(user.getName(), "MERGE", "case", caseNo);
        }
        if (body == null || body.into() == null || body.into().isBlank()) {
            throw new BadUserRequestException("请填写并入的案件编号（into）");
        }
        merger.merge(caseNo, body.into().strip(), user.getName());
        return new Merged(caseNo, body.into().strip(), ledger.references(body.into().strip()));
    }
}
