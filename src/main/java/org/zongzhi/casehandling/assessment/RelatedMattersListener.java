package org.zongzhi.casehandling.assessment;

import static org.zongzhi.casehandling.process.ProcessVariables.RELATED_CASES;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.RelatedCase;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * Before 研判定级: the possibly related matters (same person, or same village and matter type,
 * within 90 days) for the assessor to see, with links, and to merge (并单) if they are one matter.
 */
@Component("relatedMattersListener")
class RelatedMattersListener implements ExecutionListener {

    private final CaseLedger ledger;

    RelatedMattersListener(CaseLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void notify(DelegateExecution execution) {
        List<RelatedCase> related = ledger.related(CaseKey.of(execution));
        if (related.isEmpty()) {
            execution.removeVariable(RELATED_CASES);
            return;
        }
        execution.setVariable(RELATED_CASES, related.stream()
                .map(r -> "[" + r.caseNo() + "](/api/cases/" + r.caseNo() + ")（" + r.reasonLabel() + "，"
                        + r.matterType() + "，" + r.acceptedAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate() + "，"
                        + r.status().label() + "）")
                .collect(Collectors.joining("　")));
    }
}
