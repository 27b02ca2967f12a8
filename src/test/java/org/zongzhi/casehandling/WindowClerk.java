package org.zongzhi.casehandling;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.engineguard.WindowRegistration;

/**
 * Registers a matter as a window clerk does with Tasklist's start form: the same code path the
 * engine API gate calls, with the same checks. {@code registeredBy} names the clerk (default wangfang).
 * {@link #register} also does what the job executor does right after the answer
 * ({@link IntakeContinuation}), so the case waits at 研判定级; {@link #acknowledge} stops at the answer.
 */
@Component
public class WindowClerk {

    private final WindowRegistration window;
    private final RuntimeService runtime;
    private final IntakeContinuation continuation;

    WindowClerk(WindowRegistration window, RuntimeService runtime, IntakeContinuation continuation) {
        this.window = window;
        this.runtime = runtime;
        this.continuation = continuation;
    }

    /** The case registered and carried on to its first task (研判定级), as a clerk sees it a moment later. */
    public ProcessInstance register(Map<String, Object> formFields) {
        ProcessInstance process = acknowledge(formFields);
        continuation.runIn(process.getId());
        return process;
    }

    /** The case as the answer to the clerk leaves it: committed, its 登记立案 continuation pending. */
    public ProcessInstance acknowledge(Map<String, Object> formFields) {
        Map<String, Object> fields = new HashMap<>(formFields);
        String clerk = (String) fields.getOrDefault("registeredBy", "wangfang");
        fields.remove("registeredBy");
        WindowRegistration.Registered registered = window.register(fields, clerk, List.of("intake"));
        return runtime.createProcessInstanceQuery().processInstanceId(registered.processInstanceId()).singleResult();
    }
}
