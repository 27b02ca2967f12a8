package org.zongzhi.casehandling.supervision.cockpit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.StreamSupport;
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
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.supervision.LetterIssuer;

/**
 * The 逾期督办 data behind the Cockpit plugin, over HTTP as the dashboard fetches it: only for a
 * logged-in user, and only the overdue tasks that user may read.
 */
@CaseHandlingTest
class OverdueTasksResourceTest {

    static final String DATA = "/camunda/api/cockpit/plugin/overdue-supervision/default/overdue-tasks";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
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
        housing = HousingCase.start(runtime, tasks, management);
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
        long days = ChronoUnit.DAYS.between(housing.handlingDue().atZone(CHINA).toLocalDate(),
                ClockUtil.now().toInstant().atZone(CHINA).toLocalDate());
        assertThat(row.get("daysOverdue").asLong()).isEqualTo(days).isGreaterThanOrEqualTo(1);
        assertThat(row.get("due").asText()).endsWith("+08:00")
                .startsWith(housing.handlingDue().atZone(CHINA).toLocalDate().toString());
        assertThat(overdue.get("asOf").asText()).endsWith("+08:00");
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
                .filter(t -> housing.caseNo().equals(t.get("caseNo").asText()))
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

    /** Logs in as the webapps' login page does; returns the session's cookies. */
    private String logIn(String user, String app) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/" + app + "/default/", String.class);
        List<String> cookies = new ArrayList<>(cookies(page));
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst()
                .map(c -> c.substring("XSRF-TOKEN=".length()))
                .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie from the " + app + " page"));
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", user);
        form.add("password", user);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", token);
        headers.set(HttpHeaders.COOKIE, String.join("; ", cookies));
        ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/" + app,
                new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode()).as("%s logs into %s", user, app).isEqualTo(HttpStatus.OK);
        // A new session id after login (session fixation protection) replaces the old cookie.
        for (String fresh : cookies(login)) {
            String name = fresh.substring(0, fresh.indexOf('=') + 1);
            cookies.removeIf(c -> c.startsWith(name));
            cookies.add(fresh);
        }
        return String.join("; ", cookies);
    }

    private static List<String> cookies(ResponseEntity<?> response) {
        return response.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .map(c -> c.indexOf(';') < 0 ? c : c.substring(0, c.indexOf(';')))
                .toList();
    }
}
