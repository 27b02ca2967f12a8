package org.zongzhi.casehandling.letters;

import static org.zongzhi.casehandling.process.ProcessVariables.LAST_LETTER_ID;

import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.assignment.DepartmentClient;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.cases.TrailEvent;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Unit;

/**
 * 送达督办函件 (asynchronous: runs after the letter's transaction has committed, retried, then an
 * incident): pushes the letter to the recipient unit's own system when it has one. Every
 * recipient also finds it on its task and through the API, where it acknowledges it.
 */
@Component("letterDelivery")
class LetterDelivery implements JavaDelegate {

    /** What a unit's system receives: enough to fetch the PDF with its own login. */
    record LetterNotice(long letterId, String letterNo, String kind, String title, String caseNo, String unitCode,
                        OffsetDateTime replyDue, OffsetDateTime issuedAt, String pdfPath) {
    }

    private final LetterIssuer letters;
    private final Directory directory;
    private final DepartmentClient client;
    private final CaseLedger ledger;

    LetterDelivery(LetterIssuer letters, Directory directory, DepartmentClient client, CaseLedger ledger) {
        this.letters = letters;
        this.directory = directory;
        this.client = client;
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object id = execution.getVariable(LAST_LETTER_ID);
        if (!(id instanceof Number letterId)) {
            return; // this rung issued no letter (the leader's task)
        }
        Letter letter = letters.find(letterId.longValue()).orElseThrow(() -> new IllegalStateException(
                "Letter " + id + " of case " + CaseKey.of(execution) + " is not in the letters table"));
        if (letter.recipientUserId() != null || letter.recipientUnitCode() == null) {
            return; // addressed to a leader: read in the system
        }
        Unit unit = directory.unit(letter.recipientUnitCode()).orElseThrow(() -> new IllegalStateException(
                "Letter " + letter.letterNo() + " is addressed to unit " + letter.recipientUnitCode()
                        + ", which is not in the directory"));
        if (unit.endpointUrl() == null || unit.endpointUrl().isBlank()) {
            return;
        }
        client.deliver(unit.endpointUrl(), new LetterNotice(letter.id(), letter.letterNo(), letter.kind().name(),
                        letter.kind().label(), letter.caseNo(), unit.code(), letter.replyDue(), letter.issuedAt(),
                        "/api/letters/" + letter.id() + "/pdf"),
                "letter-" + letter.id(), letter.caseNo(), unit.code());
        ledger.recordStep(letter.caseNo(), null, ProcessActor.SYSTEM, TrailEvent.LETTER_DELIVERED,
                "《" + letter.kind().label() + "》" + letter.letterNo() + "已推送至" + unit.name() + "系统");
    }
}
