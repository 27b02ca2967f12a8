package org.zongzhi.casehandling.workflow;

import java.util.Map;

/**
 * A person completed a step of a case and its trail line is written (published inside the
 * completion's transaction; listen after commit to act on what was decided).
 *
 * @param caseNo the case (the business key, never a variable a completion could set)
 * @param taskKey the step's task key ({@code TaskKeys})
 * @param actor who completed it
 * @param values what the form showed and the person entered, by field key, as stored (codes, not labels)
 */
public record StepCompleted(String caseNo, String taskKey, String actor, Map<String, Object> values) {

    public StepCompleted {
        values = Map.copyOf(values);
    }

    /** An entered value as text, or null. */
    public String text(String key) {
        Object value = values.get(key);
        return value == null ? null : value.toString();
    }
}
