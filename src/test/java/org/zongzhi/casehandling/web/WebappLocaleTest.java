package org.zongzhi.casehandling.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Our zh.json must translate every key of the en.json that the Camunda webjar on the classpath
 * ships, so the next Camunda release's new keys fail this test instead of showing English.
 */
class WebappLocaleTest {

    private static final String APP = "META-INF/resources/webjars/camunda/app/";
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void everyShippedEnglishKeyHasAChineseTranslation(String app) throws IOException {
        JsonNode en = read(shippedEnglish(app));
        JsonNode zh = read(new ClassPathResource(APP + app + "/locales/zh.json"));
        List<String> missing = new ArrayList<>();
        List<String> english = new ArrayList<>();
        compare(en, zh, "", missing, english);

        assertThat(missing).as("keys of %s/en.json without zh", app).isEmpty();
        long strings = countStrings(en, "");
        assertThat(english.size()).as("%s values still equal to English: %s", app, english)
                .isLessThan((int) (strings * 0.03) + 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void chineseIsOfferedFirst(String app) throws IOException {
        String config = new ClassPathResource(APP + app + "/scripts/config.js")
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(config).containsPattern("availableLocales:\\s*\\['zh',\\s*'en'\\]");
    }

    /** The webjar's en.json, not ours: our jar has none, so the resolver finds Camunda's. */
    private static Resource shippedEnglish(String app) throws IOException {
        Resource[] found = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:" + APP + app + "/locales/en.json");
        assertThat(found).as("en.json of %s in the Camunda webjar", app).hasSize(1);
        assertThat(found[0].getURL().toString()).contains("camunda-webapp-webjar");
        return found[0];
    }

    private JsonNode read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return json.readTree(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
    }

    private static void compare(JsonNode en, JsonNode zh, String path, List<String> missing, List<String> english) {
        if (en.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = en.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String key = path + "/" + field.getKey();
                JsonNode other = zh == null ? null : zh.get(field.getKey());
                if (other == null) {
                    missing.add(key);
                } else {
                    compare(field.getValue(), other, key, missing, english);
                }
            }
        } else if (en.isArray()) {
            for (int i = 0; i < en.size(); i++) {
                compare(en.get(i), zh.isArray() && i < zh.size() ? zh.get(i) : null, path + "[" + i + "]", missing, english);
            }
        } else if (zh == null || zh.getNodeType() != en.getNodeType()) {
            missing.add(path);
        } else if (en.isTextual() && en.asText().matches(".*[A-Za-z]{3,}.*") && en.asText().equals(zh.asText())) {
            english.add(path + "=" + en.asText());
        }
    }

    private static long countStrings(JsonNode node, String path) {
        if (node.isContainerNode()) {
            long n = 0;
            for (JsonNode child : node) {
                n += countStrings(child, path);
            }
            return n;
        }
        return 1;
    }
}
