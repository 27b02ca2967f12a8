package org.zongzhi.casehandling.casefile;

import java.util.List;
import java.util.Set;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.audit.PersonalDataRead;
import org.zongzhi.casehandling.cases.CaseAccess;
import org.zongzhi.casehandling.cases.CaseEvent;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.cases.CaseReference;
import org.zongzhi.casehandling.cases.Party;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.web.EngineIdentity;
import org.zongzhi.casehandling.web.NotFoundException;

/**
 * The case ledger over HTTP, for staff and for units' own systems. Phones and ID numbers are
 * masked in every answer; those who handle cases at the centre see them in full only by asking
 * for them with a reason, and every read of the people's data is published for the audit trail.
 */
@RestController
@RequestMapping("/api/cases")
@Tag(name = "案件台账")
class CaseController {

    /** Who works with the citizen at the centre and may need a full number: 受理员, 研判员, 调解员, 回访员. */
    static final Set<String> HANDLERS = Role.groupIds(Role.INTAKE, Role.ASSESSOR, Role.MEDIATOR, Role.VISITOR);
    static final int MAX_REASON_LENGTH = 200;

    private final CaseLedger ledger;
    private final CaseAccess access;
    private final ApplicationEventPublisher events;

    CaseController(CaseLedger ledger, CaseAccess access, ApplicationEventPublisher events) {
        this.ledger = ledger;
        this.access = access;
        this.events = events;
    }

    record CaseView(CaseRecord caseRecord, String statusLabel, List<CaseReference> references, List<Party> parties,
                    List<CaseEvent> trail) {
    }

    record Person(String name, String phone, String idNumber) {
    }

    record PersonalData(String caseNo, Person reporter, List<Party> parties) {
    }

    /** A case and its whole trail; a case that is not the caller's looks exactly like a missing one. */
    @GetMapping("/{caseNo}")
    @Operation(summary = "查询案件及其办理轨迹", description = "无权查看的案件与不存在的案件一样返回 404；"
            + "联系电话和身份证号码以脱敏形式返回，完整信息见 /personal-data")
    CaseView get(@PathVariable String caseNo, Authentication user, HttpServletRequest request) {
        CaseRecord record = readable(caseNo, user);
        CaseView view = new CaseView(record.masked(), record.statusLabel(), ledger.references(caseNo),
                ledger.parties(caseNo).stream().map(Party::masked).toList(), ledger.trail(caseNo));
        events.publishEvent(new PersonalDataRead(user.getName(), caseNo, "案件详情", null, request.getRemoteAddr()));
        return view;
    }

    /** The full phones and ID numbers, for a handler who states why (PIPL: minimum necessary, on record). */
    @GetMapping("/{caseNo}/personal-data")
    @Operation(summary = "查看完整联系电话和身份证号码", description = "仅限受理员、研判员、调解员、回访员，"
            + "须填写查看理由（reason）；每次查看均记入审计")
    ResponseEntity<PersonalData> reveal(@PathVariable String caseNo,
                                        @Parameter(description = "查看理由，如：电话联系当事人核实诉求")
                                        @RequestParam(required = false) String reason,
                                        Authentication user, HttpServletRequest request) {
        CaseRecord record = readable(caseNo, user);
        if (EngineIdentity.groups(user).stream().noneMatch(HANDLERS::contains)) {
            throw new AuthorizationException(user.getName(), "READ_PERSONAL_DATA", "case", caseNo);
        }
        String stated = reason == null ? "" : reason.strip();
        if (stated.isEmpty()) {
            throw new BadUserRequestException("请填写查看完整个人信息的理由（reason），例如：电话联系当事人核实诉求");
        }
        if (stated.length() > MAX_REASON_LENGTH) {
            throw new BadUserRequestException("查看理由（reason）不能超过" + MAX_REASON_LENGTH + "个字，收到"
                    + stated.length() + "个字");
        }
        PersonalData data = new PersonalData(caseNo,
                new Person(record.reporterName(), record.reporterPhone(), record.reporterIdNumber()),
                ledger.parties(caseNo));
        events.publishEvent(new PersonalDataRead(user.getName(), caseNo, "完整联系电话和身份证号码", stated,
                request.getRemoteAddr()));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(data);
    }

    private CaseRecord readable(String caseNo, Authentication user) {
        return ledger.find(caseNo)
                .filter(c -> access.mayRead(caseNo, EngineIdentity.groups(user)))
                .orElseThrow(() -> new NotFoundException("案件 " + caseNo + " 不存在或无权查看"));
    }
}
