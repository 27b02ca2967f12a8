package org.zongzhi.casehandling.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.time.ChinaTime;

/** What an operator relies on: health, info, and history cleanup only at night. */
@CaseHandlingTest
class OperationsTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    HistoryService history;

    @Test
    void healthIsUpWithoutLoginAndInfoNamesTheApplication() {
        ResponseEntity<Map<String, Object>> health = rest.exchange("/actuator/health", HttpMethod.GET, null,
                new ParameterizedTypeReference<>() {});
        assertThat(health.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(health.getBody()).containsEntry("status", "UP").doesNotContainKey("components");

        String info = rest.getForObject("/actuator/info", String.class);
        assertThat(info).contains("综治中心案件办理系统").contains("7.24.0");
    }

    @Test
    void historyCleanupIsScheduledForTheNightWindowInChinaTime() {
        List<Job> jobs = history.findHistoryCleanupJobs();
        assertThat(jobs).isNotEmpty();
        for (Job job : jobs) {
            ZonedDateTime due = job.getDuedate().toInstant().atZone(ChinaTime.ZONE);
            assertThat(due.getHour()).as("cleanup due at %s", due).isBetween(1, 4);
        }
    }
}
