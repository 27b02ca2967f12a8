package org.zongzhi.casehandling.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.directory.Centre;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Person;
import org.zongzhi.casehandling.directory.Unit;
import org.zongzhi.casehandling.process.ProcessVariables;
import org.zongzhi.casehandling.process.Role;

/**
 * The choices of a task form's directory selects (units, townships, leaders) come from the
 * centre's own directory, not from the form: a select names a list with {@code valuesKey} and the
 * task gets that list as a task-local JSON variable when it is created, which Tasklist's form-js
 * reads as the options. Only the lists the task's deployed form asks for are set.
 */
@Component
class FormOptions {

    static final String UNITS = ProcessVariables.UNIT_OPTIONS;
    static final String TOWNSHIPS = ProcessVariables.TOWNSHIP_OPTIONS;
    static final String LEADERS = ProcessVariables.LEADER_OPTIONS;

    private static final ObjectMapper JSON = new ObjectMapper();
    /** 常驻, 轮驻, 随叫随驻: the order a dispatcher thinks of the departments in. */
    private static final List<String> STATIONING = List.of("RESIDENT", "ROTATING", "ON_CALL");

    private final Directory directory;

    FormOptions(Directory directory) {
        this.directory = directory;
    }

    void offer(DelegateTask task) {
        for (String key : valuesKeys(task)) {
            List<Map<String, String>> options = switch (key) {
                case UNITS -> units();
                case TOWNSHIPS -> townships();
                case LEADERS -> leaders();
                default -> null; // a list the process itself provides
            };
            if (options != null) {
                task.setVariableLocal(key, SpinValues.jsonValue(json(options)).create());
            }
        }
    }

    /** Every unit that can be given a matter: departments (by stationing), then the township centres. */
    List<Map<String, String>> units() {
        return directory.units().stream()
                .sorted(Comparator.comparing((Unit u) -> "DEPARTMENT".equals(u.kind()) ? 0 : 1)
                        .thenComparing(u -> u.stationing() == null ? 9 : STATIONING.indexOf(u.stationing())))
                .map(u -> option(u.name(), u.code())).toList();
    }

    List<Map<String, String>> townships() {
        return directory.centres().stream().filter(c -> "TOWNSHIP".equals(c.level()))
                .map((Centre c) -> option(c.name().replace("综治中心", ""), c.code())).toList();
    }

    List<Map<String, String>> leaders() {
        return directory.withRole(Role.LEADER).stream()
                .map((Person p) -> option(p.post() == null ? p.name() : p.name() + "·" + p.post(), p.userId()))
                .toList();
    }

    /**
     * The valuesKey of every field of the task's deployed form. Read without the caller's rights:
     * the user who completed the previous step need not be allowed to see the task it created.
     */
    private static Set<String> valuesKeys(DelegateTask task) {
        UserTask element = task.getBpmnModelElementInstance();
        if (element == null || element.getCamundaFormRef() == null) {
            return Set.of();
        }
        CommandContext context = Context.getCommandContext();
        context.disableAuthorizationCheck();
        try (InputStream form = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
            Set<String> keys = new TreeSet<>();
            collect(JSON.readTree(form).path("components"), keys);
            return keys;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the form of task " + task.getTaskDefinitionKey()
                    + " of process instance " + task.getProcessInstanceId(), e);
        } finally {
            context.enableAuthorizationCheck();
        }
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            if (component.hasNonNull("valuesKey")) {
                keys.add(component.get("valuesKey").asText());
            }
            collect(component.path("components"), keys);
        }
    }

    private static Map<String, String> option(String label, String value) {
        Map<String, String> option = new LinkedHashMap<>();
        option.put("label", label);
        option.put("value", value);
        return option;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
