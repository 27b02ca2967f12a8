package org.zongzhi.casehandling.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Modeler element templates in bpmn/element-templates are valid against Camunda 7's
 * element-templates JSON schema (vendored from @camunda/element-templates-json-schema), and say
 * what the repository's processes and beans do: a template that names a bean nobody has, or a
 * topic no process uses, would give an administrator a task that fails at run time.
 */
class ElementTemplatesTest {

    private static final Path TEMPLATES = Path.of("bpmn", "element-templates");
    private static final Path MAIN = Path.of("src", "main", "java");
    private static final Pattern BEAN = Pattern.compile("^\\$\\{(\\w+)}$");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;
    private static List<Path> templates;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = ElementTemplatesTest.class.getResourceAsStream("/element-templates-schema/schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        try (Stream<Path> files = Files.list(TEMPLATES)) {
            templates = files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void thereIsATemplateForEachKindOfServiceTask() {
        assertThat(templates).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "department-call.json", "letter-delivery.json", "channel-status-notice.json", "unit-pulls-order.json");
    }

    @Test
    void everyTemplateIsValidAgainstTheElementTemplatesSchema() throws IOException {
        for (Path template : templates) {
            Set<ValidationMessage> problems = schema.validate(JSON.readTree(template.toFile()));
            assertThat(problems).as("%s against the Camunda 7 element-templates schema", template).isEmpty();
        }
    }

    @Test
    void theSchemaRefusesABrokenTemplate() throws IOException {
        ObjectNode broken = (ObjectNode) JSON.readTree(TEMPLATES.resolve("channel-status-notice.json").toFile());
        // A checkbox cannot be bound to an input parameter, and a template needs appliesTo.
        ((ObjectNode) broken.withArray("properties").get(1)).put("type", "Boolean");
        broken.remove("appliesTo");
        assertThat(schema.validate(broken)).isNotEmpty();
    }

    @Test
    void templateIdsAreUniqueAndChineseNamed() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Path template : templates) {
            JsonNode root = JSON.readTree(template.toFile());
            assertThat(ids.add(root.get("id").asText())).as("id of %s", template).isTrue();
            assertThat(root.get("name").asText()).as("name of %s", template).containsPattern("\\p{IsHan}");
        }
    }

    @Test
    void everyBeanATemplateCallsExists() throws IOException {
        String sources;
        try (Stream<Path> java = Files.walk(MAIN)) {
            sources = String.join("\n", java.filter(p -> p.toString().endsWith(".java")).map(ElementTemplatesTest::read)
                    .toList());
        }
        for (Path template : templates) {
            for (String bean : beans(JSON.readTree(template.toFile()))) {
                assertThat(sources).as("bean %s named by %s", bean, template).contains("@Component(\"" + bean + "\")");
            }
        }
    }

    @Test
    void theTemplatesSayWhatTheRepositorysProcessesDo() throws IOException {
        String processes = read(Path.of("bpmn", "unit-handling.bpmn")) + read(Path.of("bpmn", "supervision-ladder.bpmn"));
        assertThat(processes).contains("camunda:asyncBefore=\"true\" camunda:delegateExpression=\"${orderDispatcher}\"")
                .contains("camunda:asyncBefore=\"true\" camunda:delegateExpression=\"${letterDelivery}\"")
                .contains("camunda:type=\"external\" camunda:topic=\"order-${unit}\"")
                .contains("<camunda:executionListener delegateExpression=\"${orderPickup}\" event=\"end\" />");
        JsonNode notice = JSON.readTree(TEMPLATES.resolve("channel-status-notice.json").toFile());
        assertThat(notice.findValuesAsText("name")).contains(ProcessVariables.NOTICE_TEXT);
        JsonNode pull = JSON.readTree(TEMPLATES.resolve("unit-pulls-order.json").toFile());
        assertThat(pull.findValuesAsText("value")).contains(UnitGroups.ORDER_TOPIC_PREFIX + "${" + ProcessVariables.UNIT + "}");
    }

    private static List<String> beans(JsonNode template) {
        List<String> beans = new ArrayList<>();
        for (JsonNode property : template.get("properties")) {
            Matcher bean = BEAN.matcher(property.path("value").asText());
            if (bean.matches()) {
                beans.add(bean.group(1));
            }
        }
        return beans;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
