package org.zongzhi.casehandling.workflow;

import java.util.List;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A step refused the user's input: required fields missing or a value that does not fit. It is a
 * form validation failure in Camunda's terms, so the engine REST API and Tasklist answer 400 with
 * this message instead of a 500.
 */
public class StepRefusedException extends FormFieldValidationException {

    private final List<String> problems;

    StepRefusedException(String step, List<String> problems) {
        super(problems, "“" + step + "”未完成，请填写：" + String.join("、", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
