package org.zongzhi.casehandling.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.TasklistUser;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.personaldata.PersonalDataReads;
import org.zongzhi.casehandling.time.ChinaTime;

/** The daily supervision list shows the late matter under its unit, as JSON and as CSV. */
@CaseHandlingTest
class DailySupervisionTest {

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
    PersonalDataReads reads;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anOverdueMatterIsListedUnderItsUnitWithDaysLateAndLetters() {
        ProcessInstance pi = window.register(Map.of(
                "reporterName", "马建华", "reporterPhone", "13300001111", "matterType", "医疗纠纷",
                "townshipCode", "SFX-CG", "summary", "手术后并发症赔偿争议", "peopleInvolved", 2L,
                "amountAtStake", 60000.0, "registeredBy", "wangfang"));
        String caseNo = (String) runtime.getVariable(pi.getId(), "caseNo");
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId(),
                Map.of("grade", "MAJOR", "mode", "TRANSFER", "leadUnit", "WJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        tasks.complete(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("signDecision", "SIGN"));
        Task handle = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
        Instant now = handle.getDueDate().toInstant().plusSeconds(2 * 86400 + 60);
        ClockUtil.setCurrentTime(Date.from(now));
        ZoneId china = ChinaTime.ZONE;
        long days = ChronoUnit.DAYS.between(handle.getDueDate().toInstant().atZone(china).toLocalDate(),
                now.atZone(china).toLocalDate()); // 2, or 3 when the due time is in the last minute of a day
        management.createJobQuery().processInstanceId(unit.getId()).executable().list()
                .forEach(job -> management.executeJob(job.getId()));

        ResponseEntity<String> json = rest.withBasicAuth("zhoujie", "zhoujie")
                .getForEntity("/api/supervision/daily", String.class);
        assertThat(json.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.getBody()).contains(caseNo).contains("县卫生健康局");
        assertThat(json.getBody()).containsPattern("\"caseNo\":\"" + caseNo + "\"[^}]*\"overdue\":true,\"daysOverdue\":" + days + ",\"lettersSent\":1");

        ResponseEntity<String> csv = rest.withBasicAuth("yangguang", "yangguang")
                .getForEntity("/api/supervision/daily?format=csv&reason=周例会通报", String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(reads.of(null)).anySatisfy(read -> {
            assertThat(read.userId()).isEqualTo("yangguang");
            assertThat(read.reason()).isEqualTo("周例会通报");
            assertThat(read.what()).contains("每日督办清单");
        });
        assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
        assertThat(csv.getBody()).contains("案件编号,承办单位").contains(caseNo + ",县卫生健康局,办理中,较大,医疗纠纷,");
        assertThat(csv.getBody()).containsPattern(caseNo + ",[^\\n]*,是," + days + ",1\\n");
    }

    @Test
    void anExportWithoutAReasonIsRefused() {
        int before = reads.of(null).size();
        for (String query : new String[] {"?format=csv", "?format=csv&reason=", "?format=CSV&reason={blank}"}) {
            ResponseEntity<String> refused = rest.withBasicAuth("yangguang", "yangguang")
                    .getForEntity("/api/supervision/daily" + query, String.class, "  ");
            assertThat(refused.getStatusCode()).as(query).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getBody()).as(query).contains("导出理由（reason）").doesNotContain("案件编号,承办单位");
        }
        assertThat(reads.of(null)).as("a refused export is no read").hasSize(before);
        assertThat(rest.withBasicAuth("yangguang", "yangguang").getForEntity("/api/supervision/daily", String.class)
                .getStatusCode()).as("the list on screen needs no reason").isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlySupervisionRolesReadTheList() {
        assertThat(rest.getForEntity("/api/supervision/daily", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("liuyang", "liuyang").getForEntity("/api/supervision/daily", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aMergedDuplicateIsNoLongerListedAsOpen() throws Exception {
        String survivor = (String) runtime.getVariable(window.register(neighbours("13300002222")).getId(), "caseNo");
        String duplicate = (String) runtime.getVariable(window.register(neighbours("13300003333")).getId(), "caseNo");
        assertThat(rowOf(duplicate)).as("registered, being assessed").isNotNull();

        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        assertThat(rest.withBasicAuth("zhaomin", "zhaomin").postForEntity("/api/cases/" + duplicate + "/merge",
                new HttpEntity<>("{\"into\":\"" + survivor + "\"}", headers), String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        assertThat(rowOf(duplicate)).as("并单: the duplicate is handled as part of %s", survivor).isNull();
        assertThat(rowOf(survivor)).isNotNull();
    }

    @Test
    void aLateFeedbackAfterTheUnitConcludedIsTheIntakePostsNotTheUnits() throws Exception {
        ProcessInstance pi = handledByHousing();
        String caseNo = (String) runtime.getVariable(pi.getId(), "caseNo");
        Task notify = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(notify.getTaskDefinitionKey()).isEqualTo("Task_NotifyCitizen");
        ClockUtil.setCurrentTime(Date.from(latest(notify.getDueDate(), handlingDue(caseNo)).plusSeconds(60)));

        JsonNode row = rowOf(caseNo);
        assertThat(row.get("unitName").asText()).isEqualTo("综治中心（受理员）");
        assertThat(row.get("unitCode").isNull()).isTrue();
        assertThat(row.get("step").asText()).isEqualTo("反馈办理结果");
        assertThat(row.get("overdue").asBoolean()).isTrue();
    }

    @Test
    void aReturnVisitWaitingForTheNextAttemptIsTheVisitorsPostsAndNotTheUnitsOverdue() throws Exception {
        ProcessInstance pi = handledByHousing();
        String caseNo = (String) runtime.getVariable(pi.getId(), "caseNo");
        TasklistUser.as(rest, "wangfang").submit(tasks.createTaskQuery().processInstanceId(pi.getId())
                .singleResult().getId(), Map.of("notifyMethod", "PHONE", "notifyContent", "已电话告知办理结果"));
        TasklistUser.as(rest, "chenjing").submit(tasks.createTaskQuery().processInstanceId(pi.getId())
                .singleResult().getId(), Map.of("reached", "NO", "visitComment", "电话无人接听"));
        assertThat(tasks.createTaskQuery().processInstanceId(pi.getId()).count()).as("waiting for the next day").isZero();
        // Long after the unit's own handling deadline, before the next attempt is made.
        ClockUtil.setCurrentTime(Date.from(handlingDue(caseNo).plusSeconds(60)));

        JsonNode row = rowOf(caseNo);
        assertThat(row.get("unitName").asText()).isEqualTo("综治中心（回访员）");
        assertThat(row.get("unitCode").isNull()).isTrue();
        assertThat(row.get("overdue").asBoolean()).as("nobody is late while the visit waits for its next try").isFalse();
        assertThat(row.get("status").asText()).isEqualTo("待回访");
    }

    /** A 物业纠纷 transferred to 住建局, signed for and concluded by its liaison: the citizen is to be told. */
    ProcessInstance handledByHousing() {
        ProcessInstance pi = window.register(Map.of(
                "reporterName", "马建华", "reporterPhone", "13300004444", "matterType", "物业纠纷",
                "townshipCode", "SFX-CG", "summary", "电梯长期停运，物业拒不维修", "peopleInvolved", 3L,
                "amountAtStake", 3000.0, "registeredBy", "wangfang"));
        TasklistUser.as(rest, "zhaomin").submit(tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult()
                .getId(), Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        TasklistUser housing = TasklistUser.as(rest, "dongliang");
        housing.submit(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("signDecision", "SIGN"));
        housing.submit(tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult().getId(),
                Map.of("handlingWay", "ADMIN_MEDIATION", "handlingOutcome", "AGREEMENT",
                        "agreementSummary", "物业十日内修复电梯"));
        return pi;
    }

    static Map<String, Object> neighbours(String phone) {
        return Map.of("reporterName", "刘桂兰", "reporterPhone", phone, "matterType", "邻里纠纷",
                "townshipCode", "SFX-XS", "summary", "邻居加装空调外机噪音扰民", "peopleInvolved", 2L,
                "amountAtStake", 0.0, "registeredBy", "wangfang");
    }

    Instant handlingDue(String caseNo) {
        return jdbc.queryForObject("select due_at from cases where case_no = ?", java.time.OffsetDateTime.class,
                caseNo).toInstant();
    }

    static Instant latest(Date a, Instant b) {
        return a.toInstant().isAfter(b) ? a.toInstant() : b;
    }

    /** The case's row of the daily list as the supervisor reads it, or null when it is not listed. */
    JsonNode rowOf(String caseNo) throws Exception {
        ResponseEntity<String> list = rest.withBasicAuth("zhoujie", "zhoujie")
                .getForEntity("/api/supervision/daily", String.class);
        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode found = null;
        for (JsonNode row : json.readTree(list.getBody()).get("matters")) {
            if (row.get("caseNo").asText().equals(caseNo)) {
                assertThat(found).as("one row for %s", caseNo).isNull();
                found = row;
            }
        }
        return found;
    }
}
