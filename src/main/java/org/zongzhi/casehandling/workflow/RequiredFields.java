package org.zongzhi.casehandling.workflow;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.context.VariableContext;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.zongzhi.casehandling.cases.StepValue;

/**
 * Tasklist checks a Camunda Form's rules in the browser only. This repeats them on the server from
 * the same deployed form, so a REST completion cannot skip them either and a form changed in
 * Modeler stays consistent without Java: a required field is required when the form shows it (its
 * {@code conditional.hide} FEEL expression is evaluated with the task's values, as form-js does),
 * and min, max, minLength, maxLength and pattern hold for a value that was given.
 */
public final class RequiredFields {

    private static final Logger log = LoggerFactory.getLogger(RequiredFields.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FeelEngine FEEL = new ScalaFeelEngineFactory().createInstance();

    private RequiredFields() {
    }

    /** A deployed form's JSON. */
    public static JsonNode read(InputStream form) {
        try (InputStream in = form) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Deployed form is not valid JSON", e);
        }
    }

    /** What is wrong with a completion, field by field in the user's words (label and why). */
    public static List<String> missing(InputStream form, Function<String, Object> values) {
        return missing(read(form), values);
    }

    public static List<String> missing(JsonNode form, Function<String, Object> values) {
        List<String> problems = new ArrayList<>();
        for (JsonNode component : shownInputs(form, values)) {
            collect(component, values, problems);
        }
        return problems;
    }

    /**
     * What the person entered: every field the form showed and let them fill in, with a value, in
     * the form's order; a choice as its label (调解成功), not its code.
     */
    public static List<StepValue> entered(JsonNode form, Function<String, Object> values) {
        List<StepValue> entered = new ArrayList<>();
        for (JsonNode component : shownInputs(form, values)) {
            String key = component.path("key").asText();
            Object value = values.apply(key);
            if (!isEmpty(value)) {
                entered.add(new StepValue(key, component.path("label").asText(key),
                        shown(options(component, values), value)));
            }
        }
        return entered;
    }

    /** The fields form-js shows and lets the user fill in, given the values (conditions evaluated). */
    private static List<JsonNode> shownInputs(JsonNode form, Function<String, Object> values) {
        List<JsonNode> inputs = new ArrayList<>();
        shownInputs(form.path("components"), values, inputs);
        return inputs;
    }

    private static void shownInputs(JsonNode components, Function<String, Object> values, List<JsonNode> inputs) {
        for (JsonNode component : components) {
            if (hidden(component, values)) {
                continue; // form-js neither shows nor validates a hidden field, nor anything inside it
            }
            if (component.has("components")) {
                shownInputs(component.path("components"), values, inputs);
            }
            boolean readonly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
            if (!readonly && component.hasNonNull("key") && !"button".equals(component.path("type").asText())) {
                inputs.add(component);
            }
        }
    }

    /** A select's choices: its own, or the list its {@code valuesKey} names (the directory's, set on the task). */
    private static JsonNode options(JsonNode component, Function<String, Object> values) {
        if (!component.hasNonNull("valuesKey")) {
            return component.path("values");
        }
        Object list = values.apply(component.get("valuesKey").asText());
        try {
            return list == null ? JSON.createArrayNode()
                    : list instanceof Collection<?> plain ? JSON.valueToTree(plain) : JSON.readTree(list.toString());
        } catch (IOException e) {
            return JSON.createArrayNode(); // the codes themselves are shown then
        }
    }

    private static String shown(JsonNode options, Object value) {
        if (value instanceof Boolean b) {
            return b ? "是" : "否";
        }
        if (value instanceof Collection<?> many) {
            return String.join("、", many.stream().map(v -> optionLabel(options, String.valueOf(v))).toList());
        }
        return optionLabel(options, String.valueOf(value));
    }

    private static String optionLabel(JsonNode options, String value) {
        for (JsonNode option : options) {
            if (value.equals(option.path("value").asText())) {
                return option.path("label").asText(value);
            }
        }
        return value;
    }

    private static void collect(JsonNode component, Function<String, Object> values, List<String> problems) {
        String key = component.path("key").asText();
        String label = component.path("label").asText(key);
        JsonNode validate = component.path("validate");
        Object value = values.apply(key);
        if (isEmpty(value)) {
            if (validate.path("required").asBoolean(false)) {
                problems.add(label);
            }
            return;
        }
        String problem = ruleBroken(validate, value);
        if (problem != null) {
            problems.add(label + "（" + problem + "）");
        }
    }

    private static boolean hidden(JsonNode component, Function<String, Object> values) {
        String hide = component.path("conditional").path("hide").asText("");
        if (hide.isBlank()) {
            return false;
        }
        String expression = hide.startsWith("=") ? hide.substring(1) : hide;
        try {
            return Boolean.TRUE.equals(FEEL.evaluateSimpleExpression(expression, new Lookup(values)));
        } catch (RuntimeException e) {
            // Shown is the safe reading: its rules then apply, as they would to a field without condition.
            log.warn("Cannot evaluate the display condition '{}' of form field {}: {}", hide,
                    component.path("key").asText("?"), e.getMessage());
            return false;
        }
    }

    private static String ruleBroken(JsonNode validate, Object value) {
        if (value instanceof Number number) {
            if (validate.has("min") && number.doubleValue() < validate.path("min").asDouble()) {
                return "不能小于" + validate.path("min").asText();
            }
            if (validate.has("max") && number.doubleValue() > validate.path("max").asDouble()) {
                return "不能大于" + validate.path("max").asText();
            }
            return null;
        }
        if (value instanceof String text) {
            int length = text.strip().length();
            if (validate.has("minLength") && length < validate.path("minLength").asInt()) {
                return "至少" + validate.path("minLength").asInt() + "个字";
            }
            if (validate.has("maxLength") && length > validate.path("maxLength").asInt()) {
                return "不能超过" + validate.path("maxLength").asInt() + "个字";
            }
            if (validate.has("pattern") && !matches(validate.path("pattern").asText(), text)) {
                return "格式不正确";
            }
        }
        return null;
    }

    /** As form-js: {@code new RegExp(pattern).test(value)}, a match anywhere unless anchored. */
    private static boolean matches(String pattern, String text) {
        try {
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException e) {
            return true;
        }
    }

    public static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof Collection<?> c && c.isEmpty());
    }

    /** The 400 a user reads: which fields are missing or wrong, in their words. */
    public static StepRefusedException rejection(String step, List<String> problems) {
        return new StepRefusedException(step, problems);
    }

    /** The task's values as FEEL sees them; a name without a value is null, as in form-js. */
    private record Lookup(Function<String, Object> values) implements VariableContext {

        @Override
        public TypedValue resolve(String variableName) {
            return Variables.untypedValue(values.apply(variableName));
        }

        @Override
        public boolean containsVariable(String variableName) {
            return true;
        }

        @Override
        public Set<String> keySet() {
            return Set.of();
        }
    }
}
