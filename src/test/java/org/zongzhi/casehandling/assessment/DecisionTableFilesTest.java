package org.zongzhi.casehandling.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.xml.instance.DomElement;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What the engine and Modeler need from each decision file: the engine refuses to deploy a decision
 * without historyTimeToLive, and Modeler shows no DRD without a DMNDI shape.
 */
class DecisionTableFilesTest {

    private static final String DMNDI = "https://www.omg.org/spec/DMN/20191111/DMNDI/";

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({"grade-case.dmn, gradeCase", "route-case.dmn, routeCase", "time-limits.dmn, timeLimits"})
    void eachDecisionTableDeploysWithHistoryTimeToLiveAndOpensWithADiagram(String file, String key)
            throws IOException {
        DmnModelInstance model;
        try (InputStream dmn = Files.newInputStream(Path.of("bpmn", file))) {
            model = Dmn.readModelFromStream(dmn);
        }

        Decision decision = model.getModelElementById(key);
        assertThat(decision).as("decision %s in %s", key, file).isNotNull();
        assertThat(decision.getCamundaHistoryTimeToLiveString()).isEqualTo("P3650D");
        assertThat(((DecisionTable) decision.getExpression()).getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(model.getDocument().getRootElement().getChildElementsByNameNs(DMNDI, "DMNDI"))
                .flatExtracting(di -> di.getChildElementsByNameNs(DMNDI, "DMNDiagram"))
                .flatExtracting(diagram -> diagram.getChildElementsByNameNs(DMNDI, "DMNShape"))
                .extracting((DomElement shape) -> shape.getAttribute("dmnElementRef"))
                .containsExactly(key);
    }
}
