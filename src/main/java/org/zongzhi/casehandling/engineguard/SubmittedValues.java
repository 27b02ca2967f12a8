package org.zongzhi.casehandling.engineguard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.zongzhi.casehandling.web.PrintableText;

/**
 * Checks the variables of a completion ({@code {"name": {"value": …, "type": …}}}, as the engine
 * REST API takes them) against the task's deployed form: only the form's editable fields, each
 * with a value of its kind and, for a choice, one of the declared values. Read-only facts may come
 * back unchanged, never altered.
 */
final class SubmittedValues {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TEXT = 4000;
    private static final Set<String> NUMBER_TYPES = Set.of("Integer", "Long", "Short", "Double");

    private SubmittedValues() {
    }

    /**
     * Each problem in the user's words, naming the field; empty when the submission fits the form.
     * With {@code checkChoices} false a choice may be any text: for a start form whose values our
     * intake checks against the catalogue itself, in its own words.
     */
    static List<String> problems(FormFields form, JsonNode variables, Function<String, Object> current,
                                 boolean checkChoices) {
        List<String> problems = new ArrayList<>();
        if (variables == null || variables.isNull() || variables.isMissingNode()) {
            return problems;
        }
        if (!variables.isObject()) {
            problems.add("variables 必须是一个 JSON 对象");
            return problems;
        }
        variables.fields().forEachRemaining(entry -> {
            String key = entry.getKey();
            FormFields.Field field = form.byKey().get(key);
            if (field == null) {
                problems.add("表单中没有字段“" + key + "”，不能提交");
                return;
            }
            String problem = problem(checkChoices ? field : field.anyChoice(), entry.getValue(), current);
            if (problem != null) {
                problems.add(field.named() + problem);
            }
        });
        return problems;
    }

    /** The submitted values as plain Java values (String, Long, Double, Boolean, List), after {@link #problems}. */
    static Map<String, Object> values(FormFields form, JsonNode variables) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (variables == null || !variables.isObject()) {
            return values;
        }
        variables.fields().forEachRemaining(entry -> {
            FormFields.Field field = form.byKey().get(entry.getKey());
            JsonNode value = entry.getValue().path("value");
            if (field == null || value.isNull() || value.isMissingNode()) {
                return;
            }
            values.put(entry.getKey(), switch (field.kind()) {
                case NUMBER -> value.isIntegralNumber() ? (Object) value.longValue() : (Object) value.doubleValue();
                case BOOLEAN -> value.booleanValue();
                case CHOICES -> choices(value);
                default -> value.asText();
            });
        });
        return values;
    }

    private static String problem(FormFields.Field field, JsonNode submitted, Function<String, Object> current) {
        if (!submitted.isObject()) {
            return "的提交格式不正确";
        }
        String type = submitted.path("type").isTextual() ? submitted.path("type").asText() : null;
        JsonNode value = submitted.path("value");
        boolean empty = value.isNull() || value.isMissingNode() || "Null".equals(type);
        if (!field.editable()) {
            return sameAsCurrent(value, empty, current.apply(field.key())) ? null : "是只读字段，不能修改";
        }
        if (empty) {
            return null;
        }
        return switch (field.kind()) {
            case TEXT -> type != null && !"String".equals(type) || !value.isTextual() ? "必须是文字"
                    : value.asText().length() > MAX_TEXT ? "不能超过" + MAX_TEXT + "个字符"
                    : PrintableText.problem(value.asText());
            case NUMBER -> type != null && !NUMBER_TYPES.contains(type) || !value.isNumber() ? "必须是数字"
                    : !Double.isFinite(value.doubleValue()) ? "必须是数字"
                    : field.integer() && !isWhole(value) ? "必须是整数" : null;
            case BOOLEAN -> type != null && !"Boolean".equals(type) || !value.isBoolean() ? "必须是“是”或“否”" : null;
            case CHOICE -> type != null && !"String".equals(type) || !value.isTextual() ? "必须是一个选项"
                    : declared(field, value.asText());
            case CHOICES -> choicesProblem(field, type, submitted);
        };
    }

    private static String choicesProblem(FormFields.Field field, String type, JsonNode submitted) {
        boolean jsonObject = "Object".equals(type)
                && "application/json".equals(submitted.path("valueInfo").path("serializationDataFormat").asText());
        if (type != null && !"Json".equals(type) && !jsonObject) {
            return "必须是选项列表";
        }
        List<String> chosen = choices(submitted.path("value"));
        if (chosen == null) {
            return "必须是选项列表";
        }
        for (String value : chosen) {
            String problem = declared(field, value);
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    /** A list arrives as a JSON text (Tasklist sends Json and Object values serialised) or as an array. */
    private static List<String> choices(JsonNode value) {
        JsonNode array = value;
        if (value.isTextual()) {
            try {
                array = JSON.readTree(value.asText());
            } catch (IOException e) {
                return null;
            }
        }
        if (array == null || !array.isArray()) {
            return null;
        }
        List<String> values = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isTextual()) {
                return null;
            }
            values.add(item.asText());
        }
        return values;
    }

    private static String declared(FormFields.Field field, String value) {
        if (field.values().isEmpty() || field.values().contains(value)) {
            return null;
        }
        return "的值“" + value + "”不是可选项之一";
    }

    private static boolean isWhole(JsonNode value) {
        return value.isIntegralNumber() || value.doubleValue() == Math.rint(value.doubleValue());
    }

    private static boolean sameAsCurrent(JsonNode value, boolean empty, Object current) {
        if (empty || current == null) {
            return empty && current == null;
        }
        if (current instanceof Number n && value.isNumber()) {
            return n.doubleValue() == value.doubleValue();
        }
        if (current instanceof Boolean b && value.isBoolean()) {
            return b == value.booleanValue();
        }
        return value.isTextual() && Objects.equals(current.toString(), value.asText());
    }
}
