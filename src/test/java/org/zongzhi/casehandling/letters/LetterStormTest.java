package org.zongzhi.casehandling.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.zongzhi.casehandling.process.ProcessVariables.CASE_NO;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_DUE;
import static org.zongzhi.casehandling.process.ProcessVariables.MATTER_TYPE;
import static org.zongzhi.casehandling.process.ProcessVariables.UNIT;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import com.zaxxer.hikari.HikariDataSource;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingApplication;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.cases.NewCase;
import org.zongzhi.casehandling.personaldata.PersonalDataKeys;

/**
 * The storm: 1,200 timers due at once, two per case racing to issue the same 《工作提示函》, fired
 * by two server nodes (two process engines with job executors) on one database. Every case gets
 * exactly one letter for its rung, and the letter numbers of the year have no gap.
 */
@CaseHandlingTest
class LetterStormTest {

    static final int CASES = 600;

    @Autowired
    CaseLedger ledger;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    DataSource dataSource;
    @Autowired
    ManagementService management;
    @Autowired
    PersonalDataKeys personalDataKeys;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoNodesFiringTwelveHundredDueTimersIssueOneLetterPerCaseKindAndStep() throws Exception {
        deployStormProcess();
        int year = OffsetDateTime.now().getYear();
        long before = jdbc.queryForObject("select coalesce(max(sequence), 0) from letters where kind = 'REMINDER'"
                + " and centre_code = 'SFX' and year = ?", Long.class, year);
        Date due = Date.from(Instant.now().minusSeconds(60));
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            String caseNo = ledger.register(new NewCase(Channel.GRID, null, null, null, null, "SFX-XS", "SFX-XS-SM",
                    null, "邻里纠纷", "网格员上报：邻里噪音纠纷", null, 2, null, "system", List.of()));
            cases.add(caseNo);
            Map<String, Object> vars = new HashMap<>();
            vars.put(CASE_NO, caseNo);
            vars.put(UNIT, "SFX-XS");
            vars.put(MATTER_TYPE, "邻里纠纷");
            vars.put(HANDLING_DUE, due);
            runtime.startProcessInstanceByKey("testLetterStorm", caseNo, vars); // two timers per case:
            runtime.startProcessInstanceByKey("testLetterStorm", caseNo, vars); // the same letter, raced
        }

        Instant start = Instant.now();
        try (ConfigurableApplicationContext nodeA = node("stormNodeA");
             ConfigurableApplicationContext nodeB = node("stormNodeB")) {
            long left = Long.MAX_VALUE;
            Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
            while (left > 0 && Instant.now().isBefore(deadline)) {
                Thread.sleep(500);
                left = runtime.createProcessInstanceQuery().processDefinitionKey("testLetterStorm").count();
            }
            assertThat(left).as("storm instances still running").isZero();
        }
        Duration took = Duration.between(start, Instant.now());
        System.out.printf("letter storm: %d timers on 2 nodes in %d ms (%.0f timers/s)%n",
                2 * CASES, took.toMillis(), 2 * CASES * 1000.0 / took.toMillis());

        List<Map<String, Object>> perCase = jdbc.queryForList("select case_no, count(*) as n from letters"
                + " where case_no = any(?) group by case_no", (Object) cases.toArray(new String[0]));
        assertThat(perCase).hasSize(CASES).allSatisfy(row -> assertThat(((Number) row.get("n")).intValue()).isEqualTo(1));
        // The nodes run every due job of the database, so a late step of another test's case may
        // take a number of the same series meanwhile: the series as a whole has no gap.
        List<Long> ours = jdbc.queryForList("select sequence from letters where case_no = any(?) order by sequence",
                Long.class, (Object) cases.toArray(new String[0]));
        assertThat(ours).hasSize(CASES).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).isGreaterThan(before));
        List<Long> sequences = jdbc.queryForList("select sequence from letters where kind = 'REMINDER'"
                + " and centre_code = 'SFX' and year = ? and sequence > ? order by sequence", Long.class, year, before);
        assertThat(sequences.get(0)).isEqualTo(before + 1);
        assertThat(sequences.get(sequences.size() - 1)).as("no gap").isEqualTo(before + sequences.size());
        assertThat(runtime.createIncidentQuery().processDefinitionKeyIn("testLetterStorm").count()).isZero();
    }

    @Test
    void theIssuingJobRunTwiceGivesOneLetterAndOneNumber() {
        deployStormProcess();
        String caseNo = ledger.register(new NewCase(Channel.GRID, null, null, null, null, "SFX-XS", "SFX-XS-SM",
                null, "邻里纠纷", "网格员上报：占道堆物", null, 2, null, "system", List.of()));
        Map<String, Object> vars = Map.of("caseNo", caseNo, "unit", "SFX-XS", "matterType", "邻里纠纷",
                "handlingDue", Date.from(Instant.now().minusSeconds(60)));
        for (int run = 0; run < 2; run++) {
            String pi = runtime.startProcessInstanceByKey("testLetterStorm", caseNo, vars).getId();
            management.executeJob(management.createJobQuery().processInstanceId(pi).singleResult().getId());
        }
        assertThat(jdbc.queryForObject("select count(*) from letters where case_no = ?", Integer.class, caseNo))
                .isEqualTo(1);
    }

    private void deployStormProcess() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("testLetterStorm").count() == 0) {
            repository.createDeployment().addClasspathResource("processes/letter-storm.bpmn").deploy();
        }
    }

    /** Another server on the same database, as a second node of a cluster would be. */
    private ConfigurableApplicationContext node(String engineName) throws Exception {
        String url;
        try (Connection c = dataSource.getConnection()) {
            url = c.getMetaData().getURL();
        }
        return new SpringApplicationBuilder(CaseHandlingApplication.class)
                .web(WebApplicationType.NONE)
                // Every node of a cluster reads the others' sealed personal data: the same keys.
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres",
                        // The embedded server asks every connection for its password.
                        "--spring.datasource.password=" + ((HikariDataSource) dataSource).getPassword(),
                        "--zongzhi.pii.key=" + personalDataKeys.format(),
                        "--camunda.bpm.process-engine-name=" + engineName,
                        "--zongzhi.supervision.default-leader=yangguang",
                        "--camunda.bpm.job-execution.enabled=true",
                        "--spring.autoconfigure.exclude="
                                + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration");
    }
}
