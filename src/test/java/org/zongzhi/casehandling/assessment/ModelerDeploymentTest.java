package org.zongzhi.casehandling.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;

/**
 * An administrator changes a threshold of gradeCase in Camunda Modeler and deploys it to the
 * running server: the same multipart call Modeler makes. The next case is graded by the new version.
 */
@CaseHandlingTest
class ModelerDeploymentTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    WindowClerk window;

    @Test
    void deployingAChangedGradingTableFromModelerGradesTheNextCaseByIt() throws IOException {
        String original = Files.readString(Path.of("bpmn", "grade-case.dmn"), StandardCharsets.UTF_8);
        String lowered = original.replace("<text>&gt;= 50</text>", "<text>&gt;= 20</text>")
                .replace("重大：涉及50人及以上", "重大：涉及20人及以上");
        assertThat(lowered).isNotEqualTo(original);
        int versionBefore = repository.createDecisionDefinitionQuery().decisionDefinitionKey("gradeCase")
                .latestVersion().singleResult().getVersion();
        assertThat(gradeOfACaseWith(25)).isEqualTo("MAJOR");

        try {
            assertThat(deployAsModelerDoes("admin", "admin", lowered).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(repository.createDecisionDefinitionQuery().decisionDefinitionKey("gradeCase")
                    .latestVersion().singleResult().getVersion()).isEqualTo(versionBefore + 1);
            assertThat(gradeOfACaseWith(25)).isEqualTo("SIGNIFICANT");
        } finally {
            deployAsModelerDoes("admin", "admin", original);
        }
        assertThat(gradeOfACaseWith(25)).isEqualTo("MAJOR");
    }

    @Test
    void onlyAnAdministratorMayDeploy() {
        assertThat(deployAsModelerDoes("zhaomin", "zhaomin", "<x/>").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(deployAsModelerDoes("zhaolei", "wrong", "<x/>").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String gradeOfACaseWith(long people) {
        ProcessInstance pi = window.register(Map.of(
                "reporterName", "钱文", "reporterPhone", "13700000000", "matterType", "劳动争议",
                "townshipCode", "SFX-XS", "summary", "工地拖欠工资", "peopleInvolved", people,
                "amountAtStake", 50000.0, "registeredBy", "wangfang"));
        return (String) runtime.getVariable(pi.getId(), "grade");
    }

    private ResponseEntity<String> deployAsModelerDoes(String user, String password, String dmn) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("deployment-name", "grade-case");
        body.add("deployment-source", "Camunda Modeler");
        body.add("enable-duplicate-filtering", "true");
        body.add("grade-case.dmn", new ByteArrayResource(dmn.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return "grade-case.dmn";
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return rest.withBasicAuth(user, password).postForEntity("/engine-rest/deployment/create",
                new HttpEntity<>(body, headers), String.class);
    }
}
