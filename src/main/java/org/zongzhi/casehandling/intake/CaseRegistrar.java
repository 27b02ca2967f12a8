package org.zongzhi.casehandling.intake;

import java.math.BigDecimal;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.cases.NewCase;
import org.zongzhi.casehandling.cases.Party;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.risk.RiskWarnings;

/**
 * 登记立案: a matter registered at the window (Tasklist start form) becomes a ledger row here; a
 * matter from the intake API arrives with its case number already. Either way the case number
 * becomes the business key, and the reporter's name and phone leave the process variables: they
 * live in the ledger only.
 */
@Component("caseRegistrar")
class CaseRegistrar implements JavaDelegate {

    /** Personal data the start form submits; kept in the ledger, never in the process. */
    private static final List<String> PERSONAL = List.of("reporterName", "reporterPhone", "reporterIdNumber");

    private final CaseLedger ledger;
    private final RiskWarnings riskWarnings;

    CaseRegistrar(CaseLedger ledger, RiskWarnings riskWarnings) {
        this.ledger = ledger;
        this.riskWarnings = riskWarnings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = (String) execution.getVariable("caseNo");
        String owner = firstContactOwner(execution);
        if (caseNo == null) {
            caseNo = ledger.register(newCase(execution, owner));
            execution.setVariable("caseNo", caseNo);
        }
        execution.setProcessBusinessKey(caseNo);
        PERSONAL.forEach(execution::removeVariable);
        // The decision tables read these; a form may leave them empty.
        execution.setVariable("peopleInvolved", longOr(execution.getVariable("peopleInvolved"), 1L));
        execution.setVariable("amountAtStake", doubleOr(execution.getVariable("amountAtStake"), 0.0));
        execution.setVariable("groupIncident", Boolean.TRUE.equals(execution.getVariable("groupIncident")));
        execution.setVariable("crossArea", Boolean.TRUE.equals(execution.getVariable("crossArea")));
        execution.setVariable("reopenCount", longOr(execution.getVariable("reopenCount"), 0L));
        execution.setVariable("firstContactOwner", owner);
        riskWarnings.evaluate(caseNo);
    }

    private static String firstContactOwner(DelegateExecution execution) {
        Object initiator = execution.getVariable("registeredBy");
        if (initiator instanceof String user && !user.isBlank()) {
            return user;
        }
        Object owner = execution.getVariable("firstContactOwner");
        return owner instanceof String user && !user.isBlank() ? user : ProcessActor.of(execution);
    }

    private static NewCase newCase(DelegateExecution execution, String owner) {
        String name = text(execution, "reporterName");
        String phone = text(execution, "reporterPhone");
        String idNumber = text(execution, "reporterIdNumber");
        Object amount = execution.getVariable("amountAtStake");
        Object people = execution.getVariable("peopleInvolved");
        String channel = text(execution, "channel");
        return new NewCase(
                channel == null ? Channel.WALK_IN : Channel.valueOf(channel),
                text(execution, "externalRef"),
                name, phone, idNumber,
                text(execution, "townshipCode"),
                text(execution, "villageCode"),
                text(execution, "address"),
                text(execution, "matterType"),
                text(execution, "summary"),
                amount instanceof Number n ? BigDecimal.valueOf(n.doubleValue()) : null,
                people instanceof Number n ? n.intValue() : null,
                null,
                owner,
                name == null ? List.of() : List.of(new Party("APPLICANT", name, phone, idNumber)));
    }

    private static String text(DelegateExecution execution, String name) {
        Object value = execution.getVariable(name);
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static Long longOr(Object value, long fallback) {
        return value instanceof Number n ? n.longValue() : fallback;
    }

    private static Double doubleOr(Object value, double fallback) {
        return value instanceof Number n ? n.doubleValue() : fallback;
    }
}
