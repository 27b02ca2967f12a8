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
 */
@Component
public class WindowClerk {

    private final WindowRegistration window;
    private final RuntimeService runtime;

    WindowClerk(WindowRegistration window, RuntimeService runtime) {
        this.window = window;
        this.runtime = runtime;
    }

    public ProcessInstance register(Map<String, Object> formFields) {
        Map<String, Object> fields = new HashMap<>(formFields);
        String clerk = (String) fields.getOrDefault("registeredBy", "wangfang");
        fields.remove("registeredBy");
        WindowRegistration.Registered registered = window.register(fields, clerk, List.of("intake"));
        return runtime.createProcessInstanceQuery().processInstanceId(registered.processInstanceId()).singleResult();
    }
}
