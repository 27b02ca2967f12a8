package org.zongzhi.casehandling.process;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Forms, BPMN and Java speak one vocabulary: {@link ProcessVariables}, {@link TaskKeys} and
 * {@link ProcessKeys}. A field renamed in Modeler, a typo in an expression or a Java string
 * literal that drifts from the form fails here, not on a clerk's screen.
 */
class ProcessVocabularyTest {

    private static final Path MAIN = Path.of("src/main/java/org/zongzhi/casehandling");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([^}]*)}");
    /** An identifier in an expression that is not a method call and not after a dot. */
    private static final Pattern NAME = Pattern.compile("(?<![.\\w'])([a-z][A-Za-z]+)\\b(?!\\s*\\()");
    private static final Set<String> EXPRESSION_WORDS = Set.of("execution", "task", "decisionResult", "and", "or",
            "not", "null", "true", "false", "empty", "eq", "ne", "lt", "gt", "le", "ge", "amp");
    private static final Set<String> FEEL_WORDS = Set.of("null", "true", "false", "and", "or", "not", "if", "then",
            "else", "in", "some", "every", "satisfies", "between", "instance", "of", "is");
    /** Where a BPMN file sets a variable: result variables, output parameters, multi-instance elements. */
    private static final Pattern BPMN_WRITE = Pattern.compile(
            "camunda:(?:resultVariable|elementVariable)=\"(\\w+)\"|<camunda:outputParameter name=\"(\\w+)\"");

    private static Map<String, String> variables;
    private static Map<String, String> formFields;
    private static Map<String, String> formReads;
    private static Map<String, String> shownOnly;
    private static Set<String> editable;
    private static Map<String, String> bpmnReads;
    private static Set<String> bpmnWrites;
    private static Set<String> dmnInputs;
    private static String javaOutsideVocabulary;

    @BeforeAll
    static void read() throws IOException {
        variables = constants(ProcessVariables.class);
        formFields = new TreeMap<>();
        formReads = new TreeMap<>();
        shownOnly = new TreeMap<>();
        editable = new TreeSet<>();
        ObjectMapper json = new ObjectMapper();
        for (Path form : files(Path.of("forms"), ".form")) {
            collect(json.readTree(form.toFile()), form.getFileName().toString());
        }
        bpmnReads = new TreeMap<>();
        bpmnWrites = new TreeSet<>();
        for (Path bpmn : files(Path.of("bpmn"), ".bpmn")) {
            Matcher write = BPMN_WRITE.matcher(Files.readString(bpmn));
            while (write.find()) {
                bpmnWrites.add(write.group(1) != null ? write.group(1) : write.group(2));
            }
            Matcher expression = EXPRESSION.matcher(Files.readString(bpmn));
            while (expression.find()) {
                Matcher quoted = Pattern.compile("getVariable\\('(\\w+)'\\)").matcher(expression.group(1));
                while (quoted.find()) {
                    bpmnReads.putIfAbsent(quoted.group(1), bpmn.getFileName() + ": ${" + expression.group(1) + "}");
                }
                Matcher name = NAME.matcher(expression.group(1).replaceAll("'[^']*'", "''"));
                while (name.find()) {
                    bpmnReads.putIfAbsent(name.group(1), bpmn.getFileName() + ": ${" + expression.group(1) + "}");
                }
            }
        }
        dmnInputs = new TreeSet<>();
        for (Path dmn : files(Path.of("bpmn"), ".dmn")) {
            Matcher input = Pattern.compile("<inputExpression[^>]*>\\s*<text>([^<]*)</text>").matcher(Files.readString(dmn));
            while (input.find()) {
                dmnInputs.add(input.group(1).strip());
            }
        }
        try (Stream<Path> java = Files.walk(MAIN)) {
            javaOutsideVocabulary = java.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> !p.startsWith(MAIN.resolve("process")))
                    .map(ProcessVocabularyTest::content)
                    .collect(Collectors.joining("\n"));
        }
    }

    @Test
    void everyFormFieldIsAProcessVariable() {
        Map<String, String> unknown = new TreeMap<>(formFields);
        unknown.keySet().removeAll(variables.values());
        assertThat(unknown).as("form fields (key → form) missing from ProcessVariables").isEmpty();
        Map<String, String> unknownReads = new TreeMap<>(formReads);
        unknownReads.keySet().removeAll(variables.values());
        assertThat(unknownReads).as("variables a form shows or tests (name → form) missing from ProcessVariables")
                .isEmpty();
    }

    /**
     * A value a form only shows (a read-only field, a {@code {{name}}} in a text) must come from
     * somewhere: our code sets it, the BPMN maps it, or an earlier form asked for it. What a person
     * fills in is kept by the ledger whatever its name (the trail's step values).
     */
    @Test
    void everyValueAFormOnlyShowsIsProvided() {
        Map<String, String> unprovided = new TreeMap<>(shownOnly);
        unprovided.putAll(formReads);
        unprovided.keySet().removeIf(name -> editable.contains(name) || bpmnWrites.contains(name)
                || usedInJava(constantOf(name)));
        assertThat(unprovided).as("values a form shows (name → form) that nothing provides").isEmpty();
    }

    @Test
    void everyVariableInAnExpressionIsDeclared() {
        Map<String, String> undeclared = new TreeMap<>(bpmnReads);
        undeclared.keySet().removeAll(variables.values());
        undeclared.keySet().removeAll(EXPRESSION_WORDS);
        undeclared.keySet().removeIf(ProcessVocabularyTest::isBean);
        assertThat(undeclared).as("names in BPMN expressions that are neither a process variable nor one of our beans")
                .isEmpty();
    }

    @Test
    void everyDeclaredVariableIsUsed() {
        Set<String> unused = new TreeSet<>();
        variables.forEach((constant, name) -> {
            if (!usedInJava(constant) && !formFields.containsKey(name) && !formReads.containsKey(name)
                    && !bpmnReads.containsKey(name) && !bpmnWrites.contains(name) && !dmnInputs.contains(name)) {
                unused.add(constant);
            }
        });
        assertThat(unused).as("ProcessVariables nobody uses").isEmpty();
    }

    @Test
    void javaNamesVariablesOnlyThroughTheVocabulary() {
        Matcher literal = Pattern.compile("(?:[gs]etVariable\\w*|removeVariable\\w*)\\(\\s*(?:[a-z][\\w.()]*,\\s*)?\"(\\w+)\"")
                .matcher(javaOutsideVocabulary);
        Set<String> literals = new TreeSet<>();
        while (literal.find()) {
            literals.add(literal.group(1));
        }
        assertThat(literals).as("process variables named by a string literal in Java instead of ProcessVariables")
                .isEmpty();
        Matcher taskKey = Pattern.compile("\"(Task_\\w+)\"").matcher(javaOutsideVocabulary);
        assertThat(taskKey.find()).as("a task key written as a literal: %s", taskKey.results().toList()).isFalse();
    }

    @Test
    void taskAndProcessKeysAreThoseOfTheBpmn() throws IOException {
        Set<String> userTasks = new TreeSet<>();
        Set<String> processes = new TreeSet<>();
        for (Path bpmn : files(Path.of("bpmn"), ".bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromFile(bpmn.toFile());
            model.getModelElementsByType(UserTask.class).forEach(task -> userTasks.add(task.getId()));
            model.getModelElementsByType(Process.class).forEach(process -> processes.add(process.getId()));
        }
        assertThat(new TreeSet<>(constants(TaskKeys.class).values())).isEqualTo(userTasks);
        assertThat(ProcessKeys.CASE_PROCESSES).containsExactlyInAnyOrderElementsOf(processes);
    }

    /** Candidates are a role, a unit chosen by the process, or one our code names (the court): never a fixed unit. */
    @Test
    void candidateGroupsAreRolesOrUnitsTheProcessChooses() throws IOException {
        Set<String> roles = java.util.Arrays.stream(Role.values()).map(Role::groupId).collect(Collectors.toSet());
        Set<String> wrong = new TreeSet<>();
        for (Path bpmn : files(Path.of("bpmn"), ".bpmn")) {
            Matcher groups = Pattern.compile("camunda:candidateGroups=\"([^\"]*)\"").matcher(Files.readString(bpmn));
            while (groups.find()) {
                for (String group : groups.group(1).split(",")) {
                    Matcher unit = Pattern.compile("unit-\\$\\{(\\w+)}").matcher(group.strip());
                    boolean ok = roles.contains(group.strip())
                            || (unit.matches() && variables.containsValue(unit.group(1)))
                            || (group.strip().matches("\\$\\{(\\w+)\\.\\w+\\(\\)}") && isBean(group.strip().substring(2,
                                    group.strip().indexOf('.'))));
                    if (!ok) {
                        wrong.add(bpmn.getFileName() + ": " + group);
                    }
                }
            }
        }
        assertThat(wrong).as("candidate groups that are neither a role, nor unit-${variable}, nor ${bean.method()}")
                .isEmpty();
    }

    /** The ledger's listener is attached by workflow.CaseTaskListenerPlugin, never copied into a task's XML. */
    @Test
    void noTaskCarriesTheLedgerListenerInItsXml() throws IOException {
        for (Path bpmn : files(Path.of("bpmn"), ".bpmn")) {
            assertThat(Files.readString(bpmn)).as(bpmn.toString()).doesNotContain("${caseTaskListener}");
        }
    }

    private static void collect(JsonNode node, String form) {
        for (JsonNode component : node.path("components")) {
            if (component.hasNonNull("key")) {
                String key = component.get("key").asText();
                formFields.putIfAbsent(key, form);
                if (component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false)) {
                    shownOnly.putIfAbsent(key, form);
                } else {
                    editable.add(key);
                }
            }
            String text = component.path("text").asText("") + " " + component.path("conditional").path("hide").asText("")
                    + " " + component.path("valuesKey").asText("");
            Matcher template = Pattern.compile("\\{\\{\\s*(\\w+)|(?<![.\\w\"])([a-z][A-Za-z]+)\\b(?!\\s*\\()")
                    .matcher(text.startsWith(" ") ? text : text.replaceAll("\"[^\"]*\"", ""));
            while (template.find()) {
                String name = template.group(1) != null ? template.group(1) : template.group(2);
                if (template.group(1) != null || (text.contains("=") && !FEEL_WORDS.contains(name))) {
                    formReads.putIfAbsent(name, form);
                }
            }
            collect(component, form);
        }
    }

    private boolean usedInJava(String constant) {
        return constant != null && Pattern.compile("\\b" + constant + "\\b").matcher(javaOutsideVocabulary).find();
    }

    private static String constantOf(String name) {
        return variables.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey)
                .findFirst().orElse(null);
    }

    private static boolean isBean(String name) {
        return Pattern.compile("@Component\\(\"" + name + "\"\\)").matcher(javaOutsideVocabulary).find();
    }

    private static Map<String, String> constants(Class<?> vocabulary) {
        Map<String, String> constants = new TreeMap<>();
        for (Field field : vocabulary.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                try {
                    constants.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }

    private static Set<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(suffix)).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static String content(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new IllegalStateException(path.toString(), e);
        }
    }
}
