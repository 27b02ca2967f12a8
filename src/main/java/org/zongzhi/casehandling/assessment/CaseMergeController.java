package org.zongzhi.casehandling.assessment;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.audit.PersonalDataRead;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.cases.CaseReference;
import org.zongzhi.casehandling.cases.RelatedCase;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.web.EngineIdentity;
import org.zongzhi.casehandling.web.NotFoundException;

/**
 * 并单, decided by 研判员 (or an administrator): GET /api/cases/{caseNo}/related lists the possibly
 * related matters with who reported them (phone masked), POST /api/cases/{caseNo}/merge merges.
 */
@RestController
class CaseMergeController {

    static final Set<String> DECIDERS = Role.groupIds(Role.ASSESSOR, Role.ADMIN);

    private final CaseMerger merger;
    private final CaseLedger ledger;
    private final ApplicationEventPublisher events;

    CaseMergeController(CaseMerger merger, CaseLedger ledger, ApplicationEventPublisher events) {
        this.merger = merger;
        this.ledger = ledger;
        this.events = events;
    }

    record Related(String caseNo, String reason, String matterType, OffsetDateTime acceptedAt, String status,
                   String reporterName, String reporterPhone) {
    }

    record Merge(String into) {
    }

    record Merged(String caseNo, String into, List<CaseReference> references) {
    }

    /** Whether two registrations are one matter is judged by who reported them: a read of personal data. */
    @GetMapping("/api/cases/{caseNo}/related")
    @Operation(summary = "查看可能关联的事项", description = "90日内同一当事人或同村同类的事项及其反映人（电话脱敏），"
            + "仅研判员和管理员可查看，每次查看记入审计")
    List<Related> related(@PathVariable String caseNo, Authentication user, HttpServletRequest request) {
        if (EngineIdentity.groups(user).stream().noneMatch(DECIDERS::contains)) {
            throw new AuthorizationException(user.getName(), "READ_RELATED", "case", caseNo);
        }
        if (ledger.find(caseNo).isEmpty()) {
            throw new NotFoundException("案件 " + caseNo + " 不存在");
        }
        List<Related> related = ledger.related(caseNo).stream().map(this::view).toList();
        events.publishEvent(new PersonalDataRead(user.getName(), caseNo, "关联事项", null, request.getRemoteAddr()));
        return related;
    }

    private Related view(RelatedCase r) {
        CaseRecord other = ledger.find(r.caseNo()).orElseThrow().masked();
        return new Related(r.caseNo(), r.reasonLabel(), r.matterType(), r.acceptedAt(), r.status().label(),
                other.reporterName(), other.reporterPhone());
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
