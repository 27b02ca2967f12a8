package org.zongzhi.casehandling.engineguard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.directory.Centre;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.process.ProcessVariables;

/**
 * The window's start form (窗口登记) lists the centre's townships and villages from the directory.
 * Tasklist 7.24 loads no variables for a start form, so the task forms' way (a {@code valuesKey}
 * filled when the task is created) cannot work there; instead the form the engine serves is given
 * the directory's lists on its way out, and register-case.form itself names no place.
 */
@Component
class StartFormOptions {

    private final Directory directory;
    private final ObjectMapper json = new ObjectMapper();

    StartFormOptions(Directory directory) {
        this.directory = directory;
    }

    /** The deployed start form as the engine answered it, with the directory's places as choices. */
    byte[] withPlaces(byte[] form) throws IOException {
        JsonNode root = json.readTree(form);
        List<Centre> places = directory.centres(); // one read of the directory per form served
        Map<String, Centre> centres = places.stream().collect(Collectors.toMap(Centre::code, Function.identity()));
        fill(root.path("components"), places, centres);
        return json.writeValueAsBytes(root);
    }

    private void fill(JsonNode components, List<Centre> places, Map<String, Centre> centres) {
        for (JsonNode component : components) {
            String key = component.path("key").asText("");
            if (component instanceof ObjectNode field && ProcessVariables.TOWNSHIP_CODE.equals(key)) {
                ArrayNode values = field.putArray("values");
                places.stream().filter(c -> "TOWNSHIP".equals(c.level()))
                        .forEach(c -> values.addObject().put("label", shortName(c)).put("value", c.code()));
            } else if (component instanceof ObjectNode field && ProcessVariables.VILLAGE_CODE.equals(key)) {
                ArrayNode values = field.putArray("values");
                places.stream().filter(c -> "VILLAGE".equals(c.level()))
                        .forEach(c -> values.addObject().put("label", villageLabel(c, centres)).put("value", c.code()));
            }
            fill(component.path("components"), places, centres);
        }
    }

    /** 城关镇南街社区 → 南街社区（城关镇）: the village first, its township to tell two 新村 apart. */
    private static String villageLabel(Centre village, Map<String, Centre> centres) {
        Centre parent = centres.get(village.parentCode());
        String name = shortName(village);
        if (parent == null) {
            return name;
        }
        String township = shortName(parent);
        return (name.startsWith(township) && name.length() > township.length() ? name.substring(township.length()) : name)
                + "（" + township + "）";
    }

    /** 城关镇综治中心 → 城关镇: the place, as a clerk picks it. */
    private static String shortName(Centre centre) {
        return centre.name().replace("综治中心", "").replace("综治站", "").strip();
    }
}
