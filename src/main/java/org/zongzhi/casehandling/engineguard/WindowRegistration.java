package org.zongzhi.casehandling.engineguard;

import java.util.List;
import java.util.Map;

/**
 * Registration of a matter from caseHandling's start form in Tasklist, by our intake code: the
 * same validation, channel rules and ledger registration as {@code POST /api/cases}. The gate
 * hands it the form's checked values instead of letting the engine start the process.
 */
public interface WindowRegistration {

    record Registered(String processInstanceId, String processDefinitionId, String caseNo) {
    }

    /** A refusal in the clerk's words; nothing was written. */
    class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    Registered register(Map<String, Object> formValues, String user, List<String> groups);
}
