package org.zongzhi.casehandling.cases;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Tasklist checks a Camunda Form's required fields in the browser only. This repeats the check
 * on the server from the same deployed form, so a REST completion cannot skip a field either.
 * Fields with a display condition are left to the step's own rules (their FEEL is not evaluated here).
 */
public final class RequiredFields {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RequiredFields() {
    }

    /** Labels of the unconditionally required fields of a form that have no value. */
    public static List<String> missing(InputStream form, Function<String, Object> values) {
        JsonNode root;
        try (InputStream in = form) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Deployed form is not valid JSON", e);
        }
        List<String> missing = new ArrayList<>();
        collect(root.path("components"), values, missing);
        return missing;
    }

    private static void collect(JsonNode components, Function<String, Object> values, List<String> missing) {
        for (JsonNode component : components) {
            if (component.has("components")) {
                collect(component.path("components"), values, missing);
            }
            boolean required = component.path("validate").path("required").asBoolean(false);
            boolean conditional = component.has("conditional");
            boolean readonly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
            String key = component.path("key").asText(null);
            if (required && !conditional && !readonly && key != null && isEmpty(values.apply(key))) {
                missing.add(component.path("label").asText(key));
            }
        }
    }

    public static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
    }

    /** The 400 a user reads: which fields are missing, in their words. */
    public static StepRefusedException rejection(String step, List<String> missing) {
        return new StepRefusedException(step, missing);
    }
}
