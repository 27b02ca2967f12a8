package org.zongzhi.casehandling.feedback;

import static org.zongzhi.casehandling.process.ProcessVariables.CO_CONTRIBUTIONS;
import static org.zongzhi.casehandling.process.ProcessVariables.CO_UNITS;
import static org.zongzhi.casehandling.process.ProcessVariables.GRADE;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE_BASIS;
import static org.zongzhi.casehandling.process.ProcessVariables.LEADER;
import static org.zongzhi.casehandling.process.ProcessVariables.LEAD_UNIT;
import static org.zongzhi.casehandling.process.ProcessVariables.MODE;
import static org.zongzhi.casehandling.process.ProcessVariables.REOPEN_COUNT;
import static org.zongzhi.casehandling.process.ProcessVariables.UNREACHED_VISITS;
import static org.zongzhi.casehandling.process.ProcessVariables.VISIT_COMMENT;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.ProcessActor;

/**
 * 不满意: the case goes back to 研判, keeping its history, and its reopen count grows. The next
 * round decides afresh: what people typed on the forms of the steps after 研判 (签收, 办理, 反馈,
 * 回访 …) is removed, so each form of the new round opens empty; the trail keeps what was said.
 * The 研判 decision itself (grade, route, units, leader) stays as the new round's starting point,
 * as the suggestion is in the first round; its opinion is written anew.
 */
@Component("caseReopener")
class CaseReopener implements JavaDelegate {

    /** The start form registers the case itself; the 研判 form opens the new round. */
    private static final String START_FORM = "register-case";
    private static final Set<String> ASSESSMENT_DECISION = Set.of(GRADE, MODE, LEAD_UNIT, CO_UNITS, LEADER);
    /** Kept by the process, not typed on a form, yet of the old round. */
    private static final Set<String> ROUND_STATE = Set.of(HANDLING_DUE, HANDLING_DUE_BASIS, UNREACHED_VISITS,
            CO_CONTRIBUTIONS);

    private static final ObjectMapper JSON = new ObjectMapper();

    private final CaseLedger ledger;

    CaseReopener(CaseLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = CaseKey.of(execution);
        long count = ((Number) execution.getVariable(REOPEN_COUNT)).longValue() + 1;
        execution.setVariable(REOPEN_COUNT, count);
        Object comment = execution.getVariable(VISIT_COMMENT);
        Set<String> stale = new TreeSet<>(ROUND_STATE);
        stale.addAll(typedOnForms(execution));
        stale.removeAll(ASSESSMENT_DECISION);
        stale.forEach(execution::removeVariable);
        ledger.reopen(caseNo, ProcessActor.of(execution), "群众不满意，第" + count + "次重新研判"
                + (comment == null ? "" : "：" + comment));
    }

    /** The keys of every field a user fills in on the task forms deployed with this process. */
    static Set<String> typedOnForms(DelegateExecution execution) {
        RepositoryService repository = execution.getProcessEngineServices().getRepositoryService();
        String deployment = repository.getProcessDefinition(execution.getProcessDefinitionId()).getDeploymentId();
        Map<String, JsonNode> forms = new HashMap<>();
        for (String name : repository.getDeploymentResourceNames(deployment)) {
            if (name.endsWith(".form")) {
                try (InputStream in = repository.getResourceAsStream(deployment, name)) {
                    JsonNode form = JSON.readTree(in);
                    forms.put(form.path("id").asText(name), form);
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read form " + name + " of deployment " + deployment, e);
                }
            }
        }
        forms.remove(START_FORM);
        Set<String> keys = new TreeSet<>();
        forms.values().forEach(form -> editableKeys(form.path("components"), keys));
        return keys;
    }

    private static void editableKeys(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            boolean readonly = component.path("readonly").asBoolean(false) || component.path("disabled").asBoolean(false);
            if (!readonly && component.hasNonNull("key")) {
                keys.add(component.get("key").asText());
            }
            editableKeys(component.path("components"), keys);
        }
    }
}
