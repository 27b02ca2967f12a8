package org.zongzhi.casehandling.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.cases.Channel;

/** The OpenAPI document and Swagger UI: open without login, in Chinese, with a working example per channel. */
@CaseHandlingTest
class ApiDocumentationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    JsonNode apiDocs() throws Exception {
        ResponseEntity<String> docs = rest.getForEntity("/v3/api-docs", String.class);
        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(docs.getBody());
    }

    JsonNode intakeExamples(JsonNode docs) {
        return docs.at("/paths/~1api~1cases/post/requestBody/content/application~1json/examples");
    }

    @Test
    void apiDocsAreOpenWithoutLoginAndDescribeOurApiInChinese() throws Exception {
        JsonNode docs = apiDocs();

        assertThat(docs.at("/info/title").asText()).isEqualTo("综治中心案件办理系统 API");
        assertThat(docs.get("paths").has("/api/cases")).isTrue();
        assertThat(docs.get("paths").has("/api/catalog")).isTrue();
        List<String> paths = new ArrayList<>();
        docs.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).allMatch(p -> p.startsWith("/api/"));
        assertThat(docs.at("/paths/~1api~1cases/post/summary").asText()).isEqualTo("登记事项（一个口子进）");
        assertThat(docs.at("/paths/~1api~1cases/post/tags/0").asText()).isEqualTo("信息汇集");
        assertThat(docs.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(docs.at("/security/0").has("basicAuth")).isTrue();
        assertThat(docs.at("/components/schemas/IntakeRequest/properties/matterType/description").asText())
                .contains("事项类型");
        assertThat(docs.at("/components/schemas/IntakeReporter/properties/idNumber/description").asText())
                .contains("公民身份号码");

        JsonNode examples = intakeExamples(docs);
        assertThat(examples.size()).isEqualTo(8);
        List<String> channels = new ArrayList<>();
        examples.forEach(e -> channels.add(e.at("/value/channel").asText()));
        assertThat(channels).containsExactlyInAnyOrderElementsOf(
                Arrays.stream(Channel.values()).map(Channel::name).toList());
    }

    @Test
    void swaggerUiOpensWithoutLogin() {
        // /swagger-ui.html redirects to /swagger-ui/index.html; the test client follows it.
        ResponseEntity<String> page = rest.getForEntity("/swagger-ui.html", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("swagger-ui");

        ResponseEntity<String> config = rest.getForEntity("/v3/api-docs/swagger-config", String.class);
        assertThat(config.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(config.getBody()).contains("/v3/api-docs");
    }

    @Test
    void everyIntakeExampleIsAcceptedFromItsChannelsLogin() throws Exception {
        JsonNode examples = intakeExamples(apiDocs());
        assertThat(examples.size()).isEqualTo(8);
        for (Map.Entry<String, JsonNode> example : (Iterable<Map.Entry<String, JsonNode>>) examples::fields) {
            JsonNode body = example.getValue().get("value");
            String channel = body.get("channel").asText();
            String login = jdbc.queryForObject("select user_id from channel_clients where channel = ?", String.class,
                    channel);
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.APPLICATION_JSON);
            ResponseEntity<String> response = rest.withBasicAuth(login, login)
                    .postForEntity("/api/cases", new HttpEntity<>(json.writeValueAsString(body), headers), String.class);

            assertThat(response.getStatusCode().value()).as("example %s posted as %s: %s", example.getKey(), login,
                    response.getBody()).isIn(200, 201);
            assertThat(json.readTree(response.getBody()).get("caseNo").asText()).startsWith("SFX-");
        }
    }
}
