package org.zongzhi.casehandling.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.calledProcessInstance;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.zongzhi.casehandling.process.CaseHandlingProcessTest.vars;
import static org.zongzhi.casehandling.process.CaseHandlingProcessTest.walkIn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Unit;
import org.zongzhi.casehandling.workflow.StepRefusedException;

/**
 * What a task form offers and prefills, as Tasklist reads it ({@code form-variables}): the
 * directory's units, townships and leaders as the choices of its selects, and, after a citizen was
 * not satisfied, empty fields for whatever the previous round typed.
 */
@CaseHandlingTest
class FormRoundsAndOptionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    ProcessEngine engine;
    @Autowired
    WindowClerk window;
    @Autowired
    TaskService tasks;
    @Autowired
    FormService forms;
    @Autowired
    ManagementService management;
    @Autowired
    Directory directory;
    @Autowired
    TestRestTemplate rest;

    @BeforeEach
    void initAssertions() {
        init(engine);
    }

    @Test
    void directorySelectsOfTheFormsOfferTheDirectorysUnitsTownshipsAndLeaders() throws Exception {
        ProcessInstance pi = window.register(walkIn("物业纠纷", 3, 3000));
        Task assess = task(pi, "Task_AssessCase");
        VariableMap shown = forms.getTaskFormVariables(assess.getId(), null, false);

        JsonNode units = options(shown, "unitOptions");
        assertThat(units).hasSize(directory.units().size());
        assertThat(units).extracting(o -> o.get("value").asText() + "=" + o.get("label").asText())
                .contains("ZJJ=县住房和城乡建设局", "SFX-DH=东河乡综治中心");
        assertThat(units.get(0).get("label").asText()).as("resident departments first").isEqualTo("县人民法院");
        assertThat(options(shown, "townshipOptions")).extracting(o -> o.get("label").asText())
                .containsExactly("城关镇", "东河乡", "西山镇");
        assertThat(options(shown, "leaderOptions")).extracting(o -> o.get("value").asText())
                .containsExactlyInAnyOrder("yangguang", "xugang");
        assertThat(options(shown, "leaderOptions").toString()).contains("杨光·县委政法委副书记、中心主任");

        // The choice is still checked against the directory on the server.
        assertThatThrownBy(() -> tasks.complete(assess.getId(), vars("grade", "GENERAL", "mode", "TRANSFER",
                "leadUnit", "XYZ"))).isInstanceOf(StepRefusedException.class).hasMessageContaining("未知单位 XYZ");
        assertThatThrownBy(() -> tasks.complete(assess.getId(), vars("grade", "SIGNIFICANT", "mode", "LEADER",
                "leadUnit", "ZJJ", "leader", "wangfang"))).isInstanceOf(StepRefusedException.class)
                .hasMessageContaining("wangfang 不是领导");

        tasks.complete(assess.getId(), vars("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = calledProcessInstance(pi);
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        Task sign = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
        assertThat(tasks.getVariablesLocal(sign.getId())).as("only the lists its form names")
                .containsKey("unitOptions").doesNotContainKeys("leaderOptions", "townshipOptions");
    }

    /**
     * Tasklist loads no variables for a start form, so the window's form gets the directory's
     * places on its way out of the engine API, for the clerk who may open it.
     */
    @Test
    void theWindowsStartFormOffersTheDirectorysTownshipsAndVillages() throws Exception {
        ResponseEntity<String> form = rest.withBasicAuth("wangfang", "wangfang").getForEntity(
                "/engine-rest/process-definition/key/caseHandling/deployed-start-form", String.class);
        assertThat(form.getStatusCode().value()).as(form.getBody()).isEqualTo(200);
        Map<String, List<String>> choices = new java.util.HashMap<>();
        collectChoices(JSON.readTree(form.getBody()).path("components"), choices);
        assertThat(choices.get("townshipCode")).containsExactly("城关镇=SFX-CG", "东河乡=SFX-DH", "西山镇=SFX-XS");
        assertThat(choices.get("villageCode")).contains("南街社区（城关镇）=SFX-CG-NJ", "河湾村（东河乡）=SFX-DH-HW")
                .hasSize(6);
    }

    private static void collectChoices(JsonNode components, Map<String, List<String>> choices) {
        for (JsonNode component : components) {
            if (component.has("values")) {
                List<String> values = new ArrayList<>();
                component.path("values").forEach(v -> values.add(v.path("label").asText() + "=" + v.path("value").asText()));
                choices.put(component.path("key").asText(), values);
            }
            collectChoices(component.path("components"), choices);
        }
    }

    @Test
    void noFormHardCodesADirectoryCodeAsAChoice() throws IOException {
        List<String> codes = new ArrayList<>(directory.units().stream().map(Unit::code).toList());
        codes.addAll(List.of("yangguang", "xugang"));
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("forms"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".form")).sorted().toList()) {
                staticValues(JSON.readTree(file.toFile()).path("components"), file, codes, found);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void afterTheCitizenIsNotSatisfiedEachFormOfTheNewRoundOpensEmpty() {
        ProcessInstance pi = window.register(walkIn("物业纠纷", 3, 3000));
        tasks.complete(task(pi, "Task_AssessCase").getId(), vars("grade", "GENERAL", "mode", "TRANSFER",
                "leadUnit", "ZJJ", "assessmentNote", "转住建局"));
        handleAndVisit(pi, "物业公司承诺十日内修复电梯", "DISSATISFIED", "电梯仍未修好");

        Task again = task(pi, "Task_AssessCase");
        VariableMap assessForm = forms.getTaskFormVariables(again.getId(), null, true);
        assertThat(assessForm).as("the decision stands as the new round's starting point")
                .containsEntry("grade", "GENERAL").containsEntry("mode", "TRANSFER").containsEntry("leadUnit", "ZJJ")
                .doesNotContainKeys("assessmentNote", "handlingOutcome", "agreementSummary", "satisfaction",
                        "visitComment", "notifyContent", "signDecision");
        tasks.complete(again.getId(), vars("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));

        ProcessInstance unit = calledProcessInstance(pi);
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        Task sign = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
        assertThat(forms.getTaskFormVariables(sign.getId(), null, true)).doesNotContainKeys("signDecision", "returnReason");
        tasks.complete(sign.getId(), vars("signDecision", "SIGN"));
        Task handle = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
        assertThat(forms.getTaskFormVariables(handle.getId(), null, true))
                .doesNotContainKeys("handlingWay", "handlingOutcome", "agreementSummary", "handlingNote");
        tasks.complete(handle.getId(), vars("handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "AGREEMENT",
                "agreementSummary", "开发商更换电梯主板"));

        Task notify = task(pi, "Task_NotifyCitizen");
        assertThat(forms.getTaskFormVariables(notify.getId(), null, true))
                .doesNotContainKeys("notifyMethod", "notifyContent");
        assertThat(forms.getTaskFormVariables(notify.getId(), null, true))
                .as("this round's result is shown").containsEntry("agreementSummary", "开发商更换电梯主板");
        tasks.complete(notify.getId(), vars("notifyMethod", "PHONE", "notifyContent", "已告知"));
        Task visit = task(pi, "Task_ReturnVisit");
        assertThat(forms.getTaskFormVariables(visit.getId(), null, true))
                .doesNotContainKeys("reached", "satisfaction", "visitComment");
        tasks.complete(visit.getId(), vars("reached", "YES", "satisfaction", "SATISFIED"));
        assertThat(pi).isEnded();
    }

    private void handleAndVisit(ProcessInstance pi, String agreement, String satisfaction, String comment) {
        ProcessInstance unit = calledProcessInstance(pi);
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                vars("signDecision", "SIGN"));
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                vars("handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", "AGREEMENT", "agreementSummary", agreement,
                        "handlingNote", "第一轮"));
        tasks.complete(task(pi, "Task_NotifyCitizen").getId(), vars("notifyMethod", "PHONE", "notifyContent", "已告知"));
        tasks.complete(task(pi, "Task_ReturnVisit").getId(), vars("reached", "YES", "satisfaction", satisfaction,
                "visitComment", comment));
    }

    private Task task(ProcessInstance pi, String key) {
        Task task = tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).singleResult();
        assertThat(task).as("task %s", key).isNotNull();
        return task;
    }

    /** A list as Tasklist gets it: a JSON variable, parsed in the browser. */
    private static JsonNode options(Map<String, Object> shown, String key) throws IOException {
        TypedValue value = ((VariableMap) shown).getValueTyped(key);
        assertThat(value).as(key).isNotNull();
        assertThat(value.getType().getName()).as("Tasklist parses only JSON variables").isEqualTo("json");
        return JSON.readTree(value.getValue().toString());
    }

    private static void staticValues(JsonNode components, Path file, List<String> codes, List<String> found) {
        for (JsonNode component : components) {
            for (JsonNode option : component.path("values")) {
                if (codes.contains(option.path("value").asText())) {
                    found.add(file.getFileName() + " " + component.path("key").asText() + "=" + option.path("value").asText());
                }
            }
            staticValues(component.path("components"), file, codes, found);
        }
    }
}
