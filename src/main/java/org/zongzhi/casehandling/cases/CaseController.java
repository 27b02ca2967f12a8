package org.zongzhi.casehandling.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.web.NotFoundException;
import org.zongzhi.casehandling.web.EngineIdentity;

/** The case ledger over HTTP, for staff and for units' own systems. */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "案件台账")
class CaseController {

    private final CaseLedger ledger;
    private final CaseAccess access;

    CaseController(CaseLedger ledger, CaseAccess access) {
        this.ledger = ledger;
        this.access = access;
    }

    record CaseView(CaseRecord caseRecord, String statusLabel, List<CaseReference> references, List<Party> parties,
                    List<CaseEvent> trail) {
    }

    /** A case and its whole trail; a case that is not the caller's looks exactly like a missing one. */
    @GetMapping("/{caseNo}")
    @Operation(summary = "查询案件及其办理轨迹", description = "无权查看的案件与不存在的案件一样返回 404")
    CaseView get(@PathVariable String caseNo, Authentication user) {
        CaseRecord record = ledger.find(caseNo)
                .filter(c -> access.mayRead(caseNo, EngineIdentity.groups(user)))
                .orElseThrow(() -> new NotFoundException("案件 " + caseNo + " 不存在或无权查看"));
        return new CaseView(record, record.status().label(), ledger.references(caseNo), ledger.parties(caseNo),
                ledger.trail(caseNo));
    }
}
