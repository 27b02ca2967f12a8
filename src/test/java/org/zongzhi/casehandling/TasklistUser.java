package org.zongzhi.casehandling;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.Map;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A demo user submitting a task's form as Tasklist does: {@code POST task/{id}/submit-form} on the
 * engine's API with their own login (demo password = user id), so the engine's authorization, the
 * gate that lets through only the form's fields and the step's own checks all apply. Values are
 * typed as form-js sends them: text, whole numbers as Long, a taglist as a JSON array.
 */
public record TasklistUser(TestRestTemplate rest, String user) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static TasklistUser as(TestRestTemplate rest, String user) {
        return new TasklistUser(rest, user);
    }

    /** Submits the form; anything but 204 fails the test with the answer Tasklist would show. */
    public void submit(String taskId, Map<String, ?> fields) {
        ResponseEntity<String> answer = trySubmit(taskId, fields);
        assertThat(answer.getStatusCode().value()).as("%s submits task %s with %s: %s", user, taskId, fields,
                answer.getBody()).isEqualTo(204);
    }

    public ResponseEntity<String> trySubmit(String taskId, Map<String, ?> fields) {
        ObjectNode variables = JSON.createObjectNode();
        fields.forEach((key, value) -> {
            ObjectNode typed = variables.putObject(key);
            if (value instanceof Collection<?> list) {
                typed.put("value", JSON.valueToTree(list).toString());
                typed.put("type", "Json");
            } else if (value instanceof Long || value instanceof Integer) {
                typed.put("value", ((Number) value).longValue());
                typed.put("type", "Long");
            } else if (value instanceof Boolean b) {
                typed.put("value", b);
                typed.put("type", "Boolean");
            } else {
                typed.put("value", String.valueOf(value));
                typed.put("type", "String");
            }
        });
        ObjectNode body = JSON.createObjectNode();
        body.set("variables", variables);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.withBasicAuth(user, user).postForEntity("/engine-rest/task/" + taskId + "/submit-form",
                new HttpEntity<>(body.toString(), headers), String.class);
    }
}
