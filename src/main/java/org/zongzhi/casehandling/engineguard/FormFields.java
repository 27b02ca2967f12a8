package org.zongzhi.casehandling.engineguard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The input fields of a deployed Camunda Form (form-js JSON), read from the form file itself: what a
 * completion of its task may set, with each field's kind and, for choices, the declared values. A
 * field added in Modeler is accepted without a line of Java.
 */
record FormFields(String formId, Map<String, Field> byKey) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** form-js components that carry a value; text, image, spacer, button and group do not. */
    static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "checklist", "radio",
            "select", "taglist", "datetime");

    enum Kind { TEXT, NUMBER, BOOLEAN, CHOICE, CHOICES }

    /**
     * One input. {@code editable} is false for disabled and read-only fields (facts shown to the
     * user); {@code values} is empty when the options come from a variable (dynamic options).
     */
    record Field(String key, String label, Kind kind, boolean editable, boolean integer, List<String> values) {

        Field anyChoice() {
            return new Field(key, label, kind, editable, integer, List.of());
        }

        String named() {
            return "“" + label + "”（" + key + "）";
        }
    }

    static FormFields parse(InputStream form) {
        JsonNode root;
        try (InputStream in = form) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Deployed form is not valid JSON", e);
        }
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(root.path("components"), fields);
        return new FormFields(root.path("id").asText(""), Map.copyOf(fields));
    }

    Optional<Field> field(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    private static void collect(JsonNode components, Map<String, Field> fields) {
        for (JsonNode component : components) {
            collect(component.path("components"), fields);
            String type = component.path("type").asText("");
            String key = component.path("key").asText(null);
            if (key == null || !INPUT_TYPES.contains(type)) {
                continue;
            }
            boolean editable = !component.path("readonly").asBoolean(false)
                    && !component.path("disabled").asBoolean(false);
            List<String> values = new ArrayList<>();
            component.path("values").forEach(v -> values.add(v.path("value").asText()));
            fields.put(key, new Field(key, component.path("label").asText(key), kind(type), editable,
                    component.path("decimalDigits").asInt(-1) == 0, List.copyOf(values)));
        }
    }

    private static Kind kind(String type) {
        return switch (type) {
            case "number" -> Kind.NUMBER;
            case "checkbox" -> Kind.BOOLEAN;
            case "radio", "select" -> Kind.CHOICE;
            case "checklist", "taglist" -> Kind.CHOICES;
            default -> Kind.TEXT;
        };
    }
}
