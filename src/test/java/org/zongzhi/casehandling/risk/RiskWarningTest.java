package org.zongzhi.casehandling.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.casehandling.process.ProcessVariables.CASE_NO;

import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.cases.CaseEvent;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.personaldata.PersonalDataLookup;
import org.zongzhi.casehandling.process.ProcessKeys;

/** Each warning rule fires at its threshold and not one below it; a hit gives the 研判员 a task. */
@CaseHandlingTest
class RiskWarningTest {

    @Autowired
    RuntimeService runtime;

    @Autowired
    WindowClerk window;

    @Autowired
    TaskService tasks;
    @Autowired
    CaseLedger ledger;
    @Autowired
    RiskWarnings warnings;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    PersonalDataLookup lookup;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    String register(String phone, String village, String township, String matterType) {
        String pi = window.register(Map.of(
                "reporterName", "测试人", "reporterPhone", phone, "matterType", matterType,
                "townshipCode", township, "villageCode", village, "summary", matterType + "事项",
                "peopleInvolved", 2L, "amountAtStake", 0.0, "registeredBy", "wangfang")).getId();
        return (String) runtime.getVariable(pi, CASE_NO);
    }

    static String mobile() {
        return "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    List<Task> warningTasksFor(String caseNo) {
        return tasks.createTaskQuery().processDefinitionKey(ProcessKeys.RISK_WARNING).processVariableValueEquals("caseNo", caseNo)
                .list();
    }

    @Test
    void thirdMatterOfOnePersonWithinNinetyDaysRaisesAWarning() {
        String phone = mobile();
        register(phone, "SFX-CG-NJ", "SFX-CG", "婚姻家庭纠纷");
        String second = register(phone, "SFX-CG-NJ", "SFX-CG", "消费纠纷");
        assertThat(warnings.forCase(second)).as("two matters: below the threshold").isEmpty();

        String third = register(phone, "SFX-CG-NJ", "SFX-CG", "劳动争议");

        assertThat(warnings.forCase(third)).singleElement().satisfies(w -> {
            assertThat(w.ruleCode()).isEqualTo("SAME_PERSON");
            assertThat(w.caseCount()).isEqualTo(3);
            assertThat(w.territoryCode()).isEqualTo("SFX-CG");
            assertThat(w.unitCode()).isEqualTo("RSJ");
        });
        assertThat(warnings.forCase(second)).as("every counted case is marked").hasSize(1);
        RiskWarning warning = warnings.forCase(third).get(0);
        assertThat(warning.subjectKey()).as("keyed by the phone's keyed hash, not the phone")
                .isEqualTo("P:" + lookup.phone(phone));
        assertThat(warning.subject()).isEqualTo("同一当事人（手机 " + phone.substring(0, 3) + "****"
                + phone.substring(7) + "）");
        ResponseEntity<String> answer = rest.withBasicAuth("zhaomin", "zhaomin")
                .getForEntity("/api/cases/" + third + "/risk-warnings", String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains("SAME_PERSON").doesNotContain(phone);
        Task task = warningTasksFor(third).get(0);
        assertThat(tasks.getIdentityLinksForTask(task.getId())).anyMatch(l -> "assessor".equals(l.getGroupId()));
        assertThat(ledger.trail(third)).extracting(CaseEvent::kind).contains("RISK_WARNING");

        tasks.complete(task.getId(), Map.of("riskMeasures", "约谈当事人，联合排查家庭和劳资矛盾"));
        assertThat(warnings.forCase(third).get(0).handledAt()).isNotNull();
    }

    @Test
    void fifthMatterOfOneTypeInOneVillageWithinThirtyDaysRaisesAWarning() {
        for (int i = 0; i < 4; i++) {
            register(mobile(), "SFX-CG-BG", "SFX-CG", "社会救助");
        }
        assertThat(jdbc.queryForObject("select count(*) from risk_warnings where rule_code = 'SAME_VILLAGE_TYPE'"
                + " and subject_key = 'V:SFX-CG-BG:社会救助' and handled_at is null", Integer.class)).isZero();

        String fifth = register(mobile(), "SFX-CG-BG", "SFX-CG", "社会救助");

        assertThat(warnings.forCase(fifth)).extracting(RiskWarning::ruleCode).contains("SAME_VILLAGE_TYPE");
        assertThat(warningTasksFor(fifth)).hasSize(1);
    }

    @Test
    void aTypeRisingByHalfWeekOnWeekRaisesAWarning() {
        String type = "交通事故纠纷";
        // Last week: 4 matters of the type.
        ClockUtil.setCurrentTime(Date.from(java.time.Instant.now().minus(Duration.ofDays(7))));
        for (int i = 0; i < 4; i++) {
            register(mobile(), "SFX-DH-LJZ", "SFX-DH", type);
        }
        ClockUtil.reset();
        long thisWeekBefore = jdbc.queryForObject("select count(*) from cases where matter_type = ? and accepted_at >= "
                + "date_trunc('week', now() at time zone 'Asia/Shanghai') at time zone 'Asia/Shanghai'", Long.class, type);
        assertThat(thisWeekBefore).as("the test owns this matter type").isZero();
        String last = null;
        for (int i = 0; i < 5; i++) {
            last = register(mobile(), "SFX-DH-LJZ", "SFX-DH", type);
        }
        assertThat(warnings.forCase(last)).extracting(RiskWarning::ruleCode).as("5 against 4 is +25%").doesNotContain("TYPE_SURGE");
        last = register(mobile(), "SFX-DH-LJZ", "SFX-DH", type);
        assertThat(warnings.forCase(last)).extracting(RiskWarning::ruleCode).as("6 against 4 is +50%").contains("TYPE_SURGE");
    }

    @Test
    void anAdministratorChangesAThresholdAndOthersMayNot() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        HttpEntity<String> body = new HttpEntity<>("{\"threshold\":4}", headers);
        assertThat(rest.withBasicAuth("zhaomin", "zhaomin").exchange("/api/risk-rules/SAME_PERSON", HttpMethod.PUT,
                body, String.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("admin", "admin").exchange("/api/risk-rules/SAME_PERSON", HttpMethod.PUT,
                new HttpEntity<>("{\"threshold\":0}", headers), String.class).getBody()).contains("阈值");
        try {
            assertThat(rest.withBasicAuth("admin", "admin").exchange("/api/risk-rules/SAME_PERSON", HttpMethod.PUT,
                    body, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(warnings.rules()).filteredOn(r -> r.code().equals("SAME_PERSON"))
                    .singleElement().extracting(RiskRule::threshold).isEqualTo(4);
        } finally {
            jdbc.update("update risk_rules set threshold = 3 where code = 'SAME_PERSON'");
        }
    }
}
