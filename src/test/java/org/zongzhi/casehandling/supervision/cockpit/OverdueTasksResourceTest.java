package org.zongzhi.casehandling.supervision.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.letters.LetterIssuer;
import org.zongzhi.casehandling.process.ProcessKeys;
import org.zongzhi.casehandling.process.TaskKeys;
import org.zongzhi.casehandling.time.ChinaTime;
import org.zongzhi.casehandling.web.WebappLogin;

/**
 * The 逾期督办 data behind the Cockpit plugin, over HTTP as the dashboard fetches it: only for a
 * logged-in user, and only the overdue tasks that user may read.
 */
@CaseHandlingTest
class OverdueTasksResourceTest {

    static final String DATA = "/camunda/api/cockpit/plugin/overdue-supervision/default/overdue-tasks";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    WindowClerk window;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    LetterIssuer letters;

    final ObjectMapper json = new ObjectMapper();
    HousingCase housing;

    @BeforeEach
    void aCaseInHandlingAtHousing() {
        housing = HousingCase.start(window, runtime, tasks, management);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anonymousCallersAreRefused() {
        assertThat(rest.getForEntity(DATA, String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTaskBeforeItsDeadlineIsNotListed() throws Exception {
        ClockUtil.setCurrentTime(Date.from(housing.handlingDue().minusSeconds(60)));
        assertThat(rowOf(overdueAs("zhoujie", "cockpit"))).isNull();
    }

    @Test
    void supervisorSeesTheOverdueTaskWithItsUnitDaysAndLetters() throws Exception {
        housing.lateBy(Duration.ofDays(1).plusHours(1));
        housing.runDueJobs(management);
        assertThat(letters.forCase(housing.caseNo())).hasSize(1);

        JsonNode overdue = overdueAs("zhoujie", "cockpit");
        JsonNode row = rowOf(overdue);
        assertThat(row).as("the row of %s in %s", housing.caseNo(), overdue).isNotNull();
        assertThat(row.get("unit").asText()).isEqualTo("县住房和城乡建设局");
        assertThat(row.get("taskName").asText()).isEqualTo("办理交办事项");
        assertThat(row.get("processInstanceId").asText()).isEqualTo(housing.unitInstanceId());
        assertThat(row.get("lettersSent").asInt()).isEqualTo(1);
        long days = ChronoUnit.DAYS.between(housing.handlingDue().atZone(ChinaTime.ZONE).toLocalDate(),
                ClockUtil.now().toInstant().atZone(ChinaTime.ZONE).toLocalDate());
        assertThat(row.get("daysOverdue").asLong()).isEqualTo(days).isGreaterThanOrEqualTo(1);
        assertThat(row.get("due").asText()).endsWith("+08:00")
                .startsWith(housing.handlingDue().atZone(ChinaTime.ZONE).toLocalDate().toString());
        assertThat(overdue.get("asOf").asText()).endsWith("+08:00");
    }

    @Test
    void aLateReturnVisitIsListedUnderTheVisitorsPost() throws Exception {
        tasks.complete(tasks.createTaskQuery().processInstanceId(housing.unitInstanceId()).singleResult().getId(),
                java.util.Map.of("handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "AGREEMENT",
                        "agreementSummary", "物业公司同意维修外墙"));
        String main = runtime.createProcessInstanceQuery().processInstanceBusinessKey(housing.caseNo())
                .processDefinitionKey(ProcessKeys.CASE_HANDLING).singleResult().getId();
        tasks.complete(tasks.createTaskQuery().processInstanceId(main).singleResult().getId(),
                java.util.Map.of("notifyMethod", "PHONE", "notifyContent", "已电话告知群众办理结果。"));
        org.camunda.bpm.engine.task.Task visit = tasks.createTaskQuery().processInstanceId(main).singleResult();
        assertThat(visit.getTaskDefinitionKey()).isEqualTo(TaskKeys.RETURN_VISIT);
        ClockUtil.setCurrentTime(Date.from(visit.getDueDate().toInstant().plusSeconds(3600)));

        JsonNode row = StreamSupport.stream(overdueAs("zhoujie", "cockpit").get("tasks").spliterator(), false)
                .filter(t -> visit.getId().equals(t.get("taskId").asText())).findFirst().orElse(null);
        assertThat(row).as("the late 回访评价 is on the panel").isNotNull();
        assertThat(row.get("taskName").asText()).isEqualTo("回访评价");
        assertThat(row.get("unit").asText()).isEqualTo("回访员");
        assertThat(row.get("caseNo").asText()).isEqualTo(housing.caseNo());
    }

    @Test
    void theUnitsOwnLiaisonSeesItButAnotherUnitsLiaisonDoesNot() throws Exception {
        housing.lateBy(Duration.ofDays(1).plusHours(1));
        housing.runDueJobs(management);

        assertThat(rowOf(overdueAs("dongliang", "tasklist"))).as("住建局's own liaison").isNotNull();
        JsonNode court = overdueAs("liuyang", "tasklist");
        assertThat(rowOf(court)).as("法院's liaison").isNull();
        assertThat(court.get("tasks").toString()).doesNotContain("县住房和城乡建设局");
    }

    @Test
    void cockpitGetsThePluginScript() {
        ResponseEntity<String> script = rest.getForEntity(
                "/camunda/api/cockpit/plugin/overdue-supervision/static/app/plugin.js", String.class);
        assertThat(script.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(script.getBody()).contains("cockpit.dashboard", "逾期督办");
    }

    private JsonNode rowOf(JsonNode overdue) {
        return StreamSupport.stream(overdue.get("tasks").spliterator(), false)
                // The handling task: a risk warning the case raised is work of the case too.
                .filter(t -> housing.caseNo().equals(t.get("caseNo").asText())
                        && housing.unitInstanceId().equals(t.get("processInstanceId").asText()))
                .findFirst().orElse(null);
    }

    /** The list as the dashboard of this user's webapp session gets it. */
    private JsonNode overdueAs(String user, String app) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.COOKIE, logIn(user, app));
        headers.setAccept(List.of(MediaType.APPLICATION_JSON));
        ResponseEntity<String> response = rest.exchange(DATA, HttpMethod.GET, new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode()).as("%s: %s", user, response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private String logIn(String user, String app) {
        WebappLogin login = WebappLogin.of(rest, user, app);
        assertThat(login.status()).as("%s logs into %s", user, app).isEqualTo(HttpStatus.OK);
        return login.cookies();
    }
}
