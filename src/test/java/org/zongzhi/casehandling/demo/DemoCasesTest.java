package org.zongzhi.casehandling.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.process.ProcessKeys;
import org.zongzhi.casehandling.process.TaskKeys;

/**
 * A new user of the demo opens Tasklist and Cockpit and finds work at once, in every role, some of
 * it late, and the letters of the late work are sent as soon as the job executor runs.
 */
// Its own engine name and no web layer: Camunda's engine and webapp registries are static, and a
// second engine called "default" would take the shared test server's REST API over.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "zongzhi.demo.cases=true", "camunda.bpm.process-engine-name=demoCasesTest",
        "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"})
@ActiveProfiles({"demo", "test"})
class DemoCasesTest {

    @Autowired
    TaskService tasks;
    @Autowired
    IdentityService identity;
    @Autowired
    ManagementService management;
    @Autowired
    HistoryService history;
    @Autowired
    CaseLedger ledger;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void noEngineUser() {
        identity.clearAuthentication();
    }

    long tasksOf(String user, List<String> groups, String taskKey) {
        identity.setAuthentication(user, groups);
        try {
            return tasks.createTaskQuery().taskDefinitionKey(taskKey).taskCandidateGroupIn(groups)
                    .includeAssignedTasks().count();
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void everyRoleFindsWorkAtEveryStep() {
        assertThat(ledger.count()).isEqualTo(DemoCases.MATTERS.size());
        assertThat(tasksOf("zhaomin", List.of("assessor"), TaskKeys.ASSESS_CASE)).isGreaterThanOrEqualTo(6);
        assertThat(tasks.createTaskQuery().taskDefinitionKey(TaskKeys.CONSULTATION_MEETING).count()).isEqualTo(2);
        assertThat(tasksOf("zhenghua", List.of("mediator"), TaskKeys.MEDIATE_ON_SPOT)).isEqualTo(2);
        assertThat(tasksOf("dongliang", List.of("liaison", "unit-ZJJ"), TaskKeys.SIGN_FOR)).isEqualTo(1);
        assertThat(tasksOf("dongliang", List.of("liaison", "unit-ZJJ"), TaskKeys.HANDLE)).isEqualTo(2);
        assertThat(tasksOf("zhoujie", List.of("supervisor"), TaskKeys.REVIEW_EXTENSION)).isEqualTo(1);
        assertThat(tasksOf("wangfang", List.of("intake"), TaskKeys.NOTIFY_CITIZEN)).isEqualTo(2);
        assertThat(tasksOf("chenjing", List.of("visitor"), TaskKeys.RETURN_VISIT)).isEqualTo(2);
        assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(ProcessKeys.CASE_HANDLING).finished()
                .count()).isEqualTo(2);
    }

    @Test
    void someWorkIsLateAndItsLettersGoOutOnceTheJobExecutorRuns() {
        assertThat(tasks.createTaskQuery().taskDefinitionKey(TaskKeys.HANDLE).dueBefore(new Date()).count())
                .as("handling past its deadline").isGreaterThanOrEqualTo(3);
        // What the job executor does right after start (it is off in tests): the due timers fire.
        for (int round = 0; round < 3; round++) {
            List<Job> due = management.createJobQuery().executable().timers().list();
            due.forEach(job -> management.executeJob(job.getId()));
            management.createJobQuery().executable().messages().list()
                    .forEach(job -> management.executeJob(job.getId()));
        }
        assertThat(jdbc.queryForObject("select count(*) from letters where kind = 'REMINDER'", Integer.class))
                .as("a 工作提示函 to each unit late with its handling").isGreaterThanOrEqualTo(3);
    }
}
