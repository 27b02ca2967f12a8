package org.zongzhi.casehandling.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.Page;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
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
import org.zongzhi.casehandling.IntakeContinuation;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.cases.NewCase;

/**
 * Many channels at once, as on a busy morning: the answer no longer waits for the case before it,
 * and still every accepted matter has the next number, one channel reference is one case, and
 * every case arrives at 研判定级.
 */
@CaseHandlingTest
class ConcurrentIntakeTest {

    static final int REQUESTS = 40;
    /** Five references sent four times each (a channel retrying), twenty sent once. */
    static final int REPEATED = 5;
    static final int REPEATS = 4;

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ObjectMapper json;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CaseLedger ledger;
    @Autowired
    TaskService tasks;
    @Autowired
    IntakeContinuation continuation;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    ManagementService management;
    @Autowired
    ProcessEngineConfigurationImpl engineConfiguration;

    @Test
    void fortyConcurrentIntakesGetGaplessNumbersOneCasePerReferenceAndAllReachAssessment() throws Exception {
        List<Map<String, Object>> matters = new ArrayList<>();
        for (int r = 0; r < REPEATED; r++) {
            Map<String, Object> matter = IntakeApiTest.hotlineMatter();
            for (int i = 0; i < REPEATS; i++) {
                matters.add(matter);
            }
        }
        while (matters.size() < REQUESTS) {
            matters.add(IntakeApiTest.hotlineMatter());
        }
        Collections.shuffle(matters);
        int distinct = REQUESTS - REPEATED * (REPEATS - 1);
        Map<Integer, Long> countersBefore = counters();
        TreeSet<String> heldBefore = reservations(false);

        List<JsonNode> receipts = sendAtOnce(matters);

        Map<String, String> caseByReference = new HashMap<>();
        TreeSet<String> created = new TreeSet<>();
        for (int i = 0; i < REQUESTS; i++) {
            JsonNode receipt = receipts.get(i);
            String reference = (String) matters.get(i).get("externalRef");
            String caseNo = receipt.get("caseNo").asText();
            assertThat(caseByReference.putIfAbsent(reference, caseNo)).as("reference %s", reference)
                    .isIn(null, caseNo);
            if (receipt.get("created").asBoolean()) {
                assertThat(created.add(caseNo)).as("%s answered as new twice", caseNo).isTrue();
            }
        }
        assertThat(caseByReference).hasSize(distinct);
        assertThat(created).containsExactlyInAnyOrderElementsOf(caseByReference.values());
        assertThat(jdbc.queryForObject("select count(*) from cases where channel = 'HOTLINE_12345'"
                + " and external_ref = any (?)", Long.class, (Object) caseByReference.keySet().toArray(String[]::new)))
                .isEqualTo(distinct);

        // The repeated references took a number too before their insert failed; each was given back
        // and is the next one given out: with what the counter passed, every number is a case or
        // waits for the next registration, none is lost.
        long last = counters().get(year(created.first()));
        TreeSet<String> givenBack = reservations(true);
        TreeSet<String> passed = new TreeSet<>(heldBefore);
        LongStream.rangeClosed(countersBefore.getOrDefault(year(created.first()), 0L) + 1, last)
                .forEach(n -> passed.add("SFX-%d-%06d".formatted(year(created.first()), n)));
        TreeSet<String> accounted = new TreeSet<>(created);
        accounted.addAll(reservations(false));
        assertThat(accounted).as("cases and numbers held after the burst").isEqualTo(passed);
        assertThat(reservations(false)).as("numbers still held after every request was answered")
                .isEqualTo(givenBack);
        List<String> next = new ArrayList<>();
        for (int i = 0; i < givenBack.size(); i++) {
            next.add(ledger.register(new NewCase(Channel.GRID, null, null, null, null, "SFX-XS", "SFX-XS-SM", null,
                    "邻里纠纷", "网格员上报：楼道堆物", null, 2, null, "system", List.of())));
        }
        assertThat(next).as("the next registrations take the numbers given back, lowest first")
                .containsExactlyElementsOf(givenBack);
        assertThat(reservations(false)).isEmpty();
        assertThat(counters().get(year(created.first()))).as("counter after the numbers were given out again")
                .isEqualTo(last);

        // The job executor's pool runs the continuations side by side: risk rules and related matters at once.
        runContinuationsSideBySide(created);
        for (String caseNo : created) {
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey("Task_AssessCase")
                    .count()).as(caseNo).isEqualTo(1);
            assertThat(ledger.find(caseNo).orElseThrow().status()).as(caseNo).isEqualTo(CaseStatus.ASSESSING);
        }
    }

    @Test
    void theJobExecutorTakesARegisteredCaseBeforeLettersAlreadyDue() {
        if (repository.createProcessDefinitionQuery().processDefinitionKey("testLetterStorm").count() == 0) {
            repository.createDeployment().addClasspathResource("processes/letter-storm.bpmn").deploy();
        }
        List<String> storm = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String late = ledger.register(new NewCase(Channel.GRID, null, null, null, null, "SFX-XS", "SFX-XS-SM",
                    null, "邻里纠纷", "网格员上报：占道堆物", null, 2, null, "system", List.of()));
            storm.add(runtime.startProcessInstanceByKey("testLetterStorm", late, Map.of("caseNo", late, "unit",
                    "SFX-XS", "matterType", "邻里纠纷", "handlingDue", Date.from(Instant.now().minusSeconds(600)))).getId());
        }
        ResponseEntity<String> answer = rest.withBasicAuth(IntakeApiTest.HOTLINE, IntakeApiTest.HOTLINE).postForEntity(
                "/api/cases", json(IntakeApiTest.hotlineMatter()), String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.CREATED);
        String caseNo = json.convertValue(read(answer).get("caseNo"), String.class);
        String intakeJob = continuation.pending(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey("caseHandling").singleResult().getId()).getId();
        List<String> lateLetters = storm.stream().map(pi -> management.createJobQuery().processInstanceId(pi)
                .timers().singleResult().getId()).toList();

        // The acquisition the job executor runs, in its order, without locking anything.
        List<String> order = engineConfiguration.getCommandExecutorTxRequired().execute(context -> context
                .getJobManager().findNextJobsToExecute(new Page(0, 1000)).stream().map(job -> job.getId()).toList());
        try {
            assertThat(order).contains(intakeJob).containsAll(lateLetters);
            assertThat(lateLetters).allSatisfy(letter -> assertThat(order.indexOf(intakeJob))
                    .as("position of %s's continuation before the due letter timer %s", caseNo, letter)
                    .isLessThan(order.indexOf(letter)));
        } finally {
            storm.forEach(pi -> runtime.deleteProcessInstance(pi, "test over"));
            continuation.runFor(caseNo);
        }
    }

    private HttpEntity<String> json(Map<String, Object> matter) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        try {
            return new HttpEntity<>(json.writeValueAsString(matter), headers);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(ResponseEntity<String> response) {
        try {
            return json.readTree(response.getBody());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<JsonNode> sendAtOnce(List<Map<String, Object>> matters) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
            for (Map<String, Object> matter : matters) {
                String body = json.writeValueAsString(matter);
                Callable<ResponseEntity<String>> call = () -> {
                    start.await();
                    HttpHeaders headers = new HttpHeaders();
                    headers.setContentType(MediaType.APPLICATION_JSON);
                    return rest.withBasicAuth(IntakeApiTest.HOTLINE, IntakeApiTest.HOTLINE)
                            .postForEntity("/api/cases", new HttpEntity<>(body, headers), String.class);
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<JsonNode> receipts = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : answers) {
                ResponseEntity<String> response = answer.get(120, TimeUnit.SECONDS);
                assertThat(response.getStatusCode()).as(response.getBody()).isIn(HttpStatus.CREATED, HttpStatus.OK);
                receipts.add(json.readTree(response.getBody()));
            }
            return receipts;
        } finally {
            pool.shutdownNow();
        }
    }

    private void runContinuationsSideBySide(TreeSet<String> caseNos) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> runs = new ArrayList<>();
            for (String caseNo : caseNos) {
                runs.add(pool.submit(() -> continuation.runFor(caseNo)));
            }
            for (Future<String> run : runs) {
                run.get(120, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int year(String caseNo) {
        return Integer.parseInt(caseNo.split("-")[1]);
    }

    /** Numbers taken and not (yet) on a case; only those given back if asked. */
    private TreeSet<String> reservations(boolean givenBackOnly) {
        return new TreeSet<>(jdbc.queryForList("select format('SFX-%s-%s', year, lpad(sequence::text, 6, '0'))"
                + " from number_reservations where series = 'case:SFX'" + (givenBackOnly ? " and released" : ""),
                String.class));
    }

    private Map<Integer, Long> counters() {
        Map<Integer, Long> counters = new HashMap<>();
        jdbc.query("select year, last_value from case_number_counters where centre_code = 'SFX'",
                row -> {
                    counters.put(row.getInt(1), row.getLong(2));
                });
        return counters;
    }
}
