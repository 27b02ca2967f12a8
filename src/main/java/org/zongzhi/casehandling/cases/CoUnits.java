package org.zongzhi.casehandling.cases;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.camunda.spin.json.SpinJsonNode;

/** The co-units of a 联办 arrive as a JSON array from Tasklist or a list from Java; read both. */
public final class CoUnits {

    private CoUnits() {
    }

    public static List<String> codes(Object value) {
        List<String> codes = new ArrayList<>();
        if (value instanceof SpinJsonNode json && json.isArray()) {
            json.elements().forEach(e -> codes.add(e.stringValue()));
        } else if (value instanceof Collection<?> list) {
            list.forEach(e -> codes.add(String.valueOf(e)));
        } else if (value instanceof String s && !s.isBlank()) {
            for (String code : s.split("[,，\\s]+")) {
                if (!code.isBlank()) {
                    codes.add(code.strip());
                }
            }
        }
        return codes;
    }
}
