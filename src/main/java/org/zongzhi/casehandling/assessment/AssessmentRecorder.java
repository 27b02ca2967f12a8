package org.zongzhi.casehandling.assessment;

import static org.zongzhi.casehandling.process.ProcessVariables.CO_CONTRIBUTIONS;
import static org.zongzhi.casehandling.process.ProcessVariables.CO_UNITS;
import static org.zongzhi.casehandling.process.ProcessVariables.CO_UNIT_CODES;
import static org.zongzhi.casehandling.process.ProcessVariables.GRADE;
import static org.zongzhi.casehandling.process.ProcessVariables.LEAD_UNIT;
import static org.zongzhi.casehandling.process.ProcessVariables.MODE;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseTerms;
import org.zongzhi.casehandling.cases.CoUnits;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.directory.Directory;

/**
 * 记录研判结论: writes the confirmed grade and responsible unit to the ledger and leaves the
 * co-units of a 联办 as a plain list for the multi-instance task.
 */
@Component("assessmentRecorder")
class AssessmentRecorder implements JavaDelegate {

    private final CaseLedger ledger;
    private final Directory directory;

    AssessmentRecorder(CaseLedger ledger, Directory directory) {
        this.ledger = ledger;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = CaseKey.of(execution);
        String grade = (String) execution.getVariable(GRADE);
        String mode = (String) execution.getVariable(MODE);
        boolean onSpot = "ON_SPOT".equals(mode);
        String unit = onSpot ? null : (String) execution.getVariable(LEAD_UNIT);
        List<String> coUnits = "JOINT".equals(mode) ? CoUnits.codes(execution.getVariable(CO_UNITS)) : List.of();
        execution.setVariable(CO_UNIT_CODES, Variables.objectValue(new ArrayList<>(coUnits))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        execution.removeVariable(CO_CONTRIBUTIONS);

        StringBuilder detail = new StringBuilder("研判结论：").append(CaseTerms.label(CaseTerms.GRADES, grade)).append("，")
                .append(CaseTerms.label(CaseTerms.MODES, mode));
        if (unit != null) {
            detail.append("，牵头单位 ").append(directory.unitName(unit));
        }
        if (!coUnits.isEmpty()) {
            detail.append("，协办单位 ").append(String.join("、", coUnits.stream().map(directory::unitName).toList()));
        }
        ledger.recordAssessment(caseNo, grade, unit, ProcessActor.of(execution), detail.toString());
    }
}
