package org.zongzhi.casehandling.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every user task of every process in bpmn/ names its time-limit step, the time-limits table gives
 * that step a time limit for every grade, the escalation ladder chases it from rung 1, and its form
 * shows the limit's basis: no task a user holds can sit without a deadline or be late unnoticed.
 */
class EveryUserTaskHasATimeLimitTest {

    static final List<String> GRADES = List.of("GENERAL", "MAJOR", "SIGNIFICANT");
    /** Steps shown on the daily list and the Cockpit panel but deliberately not chased with letters. */
    static final List<String> LISTED_ONLY = List.of("RISK_WARNING");

    static DmnEngine dmn;
    static DmnDecision timeLimits;
    static DmnDecision ladder;
    /** "process file: task id (name)" → its timeLimitStep, or null. */
    static final Map<String, String> steps = new TreeMap<>();
    static final Map<String, String> forms = new TreeMap<>();

    @BeforeAll
    static void readModels() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream in = Files.newInputStream(Path.of("bpmn", "time-limits.dmn"))) {
            timeLimits = dmn.parseDecision("timeLimits", in);
        }
        try (InputStream in = Files.newInputStream(Path.of("bpmn", "escalation-ladder.dmn"))) {
            ladder = dmn.parseDecision("escalationLadder", in);
        }
        try (Stream<Path> files = Files.list(Path.of("bpmn"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
                BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
                for (UserTask task : model.getModelElementsByType(UserTask.class)) {
                    String where = file.getFileName() + ": " + task.getId() + " (" + task.getName() + ")";
                    steps.put(where, timeLimitStep(task));
                    forms.put(where, task.getCamundaFormRef());
                }
            }
        }
        assertThat(steps).as("user tasks found in bpmn/").hasSizeGreaterThan(10);
    }

    @Test
    void everyUserTaskNamesItsTimeLimitStep() {
        List<String> without = steps.entrySet().stream().filter(e -> e.getValue() == null).map(Map.Entry::getKey)
                .toList();
        assertThat(without).as("user tasks without camunda:property timeLimitStep").isEmpty();
    }

    @Test
    void everyStepHasATimeLimitForEveryGrade() {
        List<String> problems = new ArrayList<>();
        steps.forEach((task, step) -> {
            for (String grade : GRADES) {
                var result = dmn.evaluateDecisionTable(timeLimits,
                        Variables.createVariables().putValue("step", step).putValue("grade", grade));
                if (result.isEmpty()) {
                    problems.add(task + " " + step + "/" + grade + ": no rule");
                    continue;
                }
                String dueIn = result.getFirstResult().getEntry("dueIn");
                String countIn = result.getFirstResult().getEntry("countIn");
                boolean positive = dueIn.contains("T") ? !Duration.parse(dueIn).isNegative()
                        && !Duration.parse(dueIn).isZero() : Period.parse(dueIn).getDays() > 0;
                if (!positive || !List.of("HOURS", "CALENDAR_DAYS", "WORKING_DAYS").contains(countIn)
                        || ((String) result.getFirstResult().getEntry("basis")).isBlank()) {
                    problems.add(task + " " + step + "/" + grade + ": " + result.getFirstResult().getEntryMap());
                }
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyStepButTheListedOnesIsChasedFromTheFirstRungOfTheLadder() {
        List<String> unchased = new ArrayList<>();
        steps.forEach((task, step) -> {
            if (step != null && !LISTED_ONLY.contains(step) && dmn.evaluateDecisionTable(ladder,
                    Variables.createVariables().putValue("step", step).putValue("rung", 1)).isEmpty()) {
                unchased.add(task + " " + step);
            }
        });
        assertThat(unchased).as("steps with no rung 1 in escalation-ladder.dmn").isEmpty();
    }

    @Test
    void everyFormOfATaskWithATimeLimitShowsItsBasis() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<String> silent = new ArrayList<>();
        for (Map.Entry<String, String> task : forms.entrySet()) {
            JsonNode form = json.readTree(Path.of("forms", task.getValue() + ".form").toFile());
            if (!form.toString().contains("\"key\":\"dueBasis\"")) {
                silent.add(task.getKey() + " → forms/" + task.getValue() + ".form");
            }
        }
        assertThat(silent).as("forms without the read-only field dueBasis (办理时限依据)").isEmpty();
    }

    private static String timeLimitStep(UserTask task) {
        if (task.getExtensionElements() == null) {
            return null;
        }
        return task.getExtensionElements().getElementsQuery().filterByType(
                        org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class).list().stream()
                .flatMap(p -> p.getCamundaProperties().stream())
                .filter(p -> "timeLimitStep".equals(p.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    }
}
