package org.zongzhi.casehandling.supervision;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.zongzhi.casehandling.CaseHandlingTest;
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
}
