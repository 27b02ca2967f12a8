package org.zongzhi.casehandling.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server reads a form's rules as form-js does: a field is required when it is shown. */
class RequiredFieldsTest {

    /** As an administrator might change it in Modeler: a reason required only for a refusal. */
    static final String FORM = """
            {"id": "review", "components": [
              {"type": "radio", "key": "decision", "label": "审批意见", "validate": {"required": true},
               "values": [{"label": "同意", "value": "YES"}, {"label": "不同意", "value": "NO"}]},
              {"type": "textarea", "key": "refusalReason", "label": "不同意理由",
               "validate": {"required": true, "minLength": 5},
               "conditional": {"hide": "=decision != \\"NO\\""}},
              {"type": "number", "key": "days", "label": "延期天数", "validate": {"min": 1, "max": 30}},
              {"type": "textfield", "key": "shown", "label": "只读", "disabled": true, "validate": {"required": true}}
            ]}""";

    static java.util.List<String> problems(Map<String, Object> values) {
        return RequiredFields.missing(new ByteArrayInputStream(FORM.getBytes(StandardCharsets.UTF_8)), values::get);
    }

    @Test
    void aConditionalFieldIsRequiredOnlyWhenTheFormShowsIt() {
        assertThat(problems(Map.of("decision", "YES"))).isEmpty();
        assertThat(problems(Map.of("decision", "NO"))).containsExactly("不同意理由");
        assertThat(problems(Map.of())).containsExactly("审批意见");
    }

    @Test
    void lengthAndRangeRulesOfTheFormHoldOnTheServer() {
        Map<String, Object> values = new HashMap<>(Map.of("decision", "NO", "refusalReason", "不行"));
        values.put("days", 45L);
        assertThat(problems(values)).containsExactly("不同意理由（至少5个字）", "延期天数（不能大于30）");
        values.put("refusalReason", "材料不全，需补充鉴定");
        values.put("days", 0L);
        assertThat(problems(values)).containsExactly("延期天数（不能小于1）");
    }
}
