package org.zongzhi.casehandling.callbacks;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.IntakeContinuation;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.process.ProcessKeys;
import org.zongzhi.casehandling.process.TaskKeys;

/**
 * 事事有回音 to the source: the court's and the hotline's own systems, on loopback, are told each
 * status of their cases once and in order, after the case change committed, whether or not they
 * are up at the time; the case never waits for them.
 */
@CaseHandlingTest
class StatusCallbackTest {

    private static final Duration DELIVERY_LIMIT = Duration.ofSeconds(20);

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    IntakeContinuation continuation;
    @Autowired
    CaseLedger ledger;
    @Autowired
    org.camunda.bpm.engine.RepositoryService repository;
    @Autowired
    StatusCallbackMapper outbox;
    @Autowired
    org.zongzhi.casehandling.directory.Directory directory;
    @Autowired
    ChannelStatusClient client;
    @Autowired
    org.springframework.transaction.PlatformTransactionManager transactions;
    @Autowired
    org.zongzhi.casehandling.settings.Settings settings;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private ChannelSystem channel;
    private String channelName;

    @BeforeEach
    void channelSystemOnLoopback() {
        channel = new ChannelSystem();
    }

    @AfterEach
    void takeTheCallbackAway() {
        jdbc.update("update channel_clients set callback_url = null, callback_secret_setting = null");
        channel.close();
    }

    private void callbackFor(String channelCode) {
        channelName = channelCode;
        jdbc.update("update channel_clients set callback_url = ?, callback_secret_setting = 'ZONGZHI_CALLBACK_KEY_TEST'"
                + " where channel = ?", channel.url(), channelCode);
    }

    @Test
    void theCourtIsToldEachStatusOfItsReferralOnceAndInOrderWithTheOutcome() throws Exception {
        callbackFor("COURT_REFERRAL");
        String reference = "（2026）示诉前调" + UUID.randomUUID().toString().substring(0, 6) + "号";
        String caseNo = submit("channel-court-referral", "COURT_REFERRAL", reference, "物业纠纷");
        ProcessInstance pi = caseProcess(caseNo);
        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "ZJJ");
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        complete(unit, TaskKeys.SIGN_FOR, "signDecision", "SIGN");
        complete(unit, TaskKeys.HANDLE, "handlingWay", "SELF", "handlingOutcome", "EXTENSION", "extensionDays", 5L,
                "extensionReason", "需等待房屋安全鉴定结果");
        complete(unit, TaskKeys.REVIEW_EXTENSION, "extensionApproved", "YES");
        complete(unit, TaskKeys.HANDLE, "handlingWay", "PEOPLE_MEDIATION", "handlingOutcome", "AGREEMENT",
                "agreementSummary", "物业公司承诺十日内修复电梯");
        complete(pi, TaskKeys.NOTIFY_CITIZEN, "notifyMethod", "PHONE", "notifyContent", "已电话告知群众办理结果。");
        complete(pi, TaskKeys.RETURN_VISIT, "reached", "YES", "satisfaction", "SATISFIED", "visitComment", "认可");
        assertThat(ledger.find(caseNo).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);

        await(() -> channel.taken().size() >= 5, "five statuses delivered");
        Thread.sleep(1000); // a duplicate would arrive within a few rounds
        List<JsonNode> updates = bodies(channel.taken());
        assertThat(updates).extracting(u -> u.get("step").asText())
                .containsExactly("ACCEPTED", "ASSIGNED", "EXTENDED", "CONCLUDED", "CLOSED");
        assertThat(updates).extracting(u -> u.get("stepLabel").asText())
                .containsExactly("已受理", "已交办", "已延期", "已办理完毕", "已办结");
        assertThat(updates).allSatisfy(u -> {
            assertThat(u.get("caseNo").asText()).isEqualTo(caseNo);
            assertThat(u.get("channelReference").asText()).isEqualTo(reference);
            assertThat(u.get("occurredAt").asText()).isNotBlank();
        });
        assertThat(updates.get(1).get("result").asText()).contains("县住房和城乡建设局");
        assertThat(updates.get(2).get("result").asText()).contains("5天").contains("房屋安全鉴定");
        assertThat(updates.get(3).get("result").asText()).as("the court learns the outcome")
                .isEqualTo("办理交办事项：人民调解，调解成功");
        assertThat(channel.received()).as("each once").hasSize(5);
        assertThat(channel.received()).extracting(ChannelSystem.Received::deliveryId).doesNotHaveDuplicates();
        assertThat(channel.received().toString()).doesNotContain("13907310001").doesNotContain("test-key");
        ChannelSystem.Received first = channel.received().get(0);
        assertThat(first.signature()).isEqualTo("hmac-sm3="
                + ChannelStatusClient.sign("test-key-for-the-loopback-channel", first.timestamp(), first.body()));
    }

    @Test
    void aChannelDownForAWhileGetsItsStatusesLaterInOrderAndTheCaseNeverWaits() throws Exception {
        callbackFor("HOTLINE_12345");
        channel.answer(503);
        String caseNo = submit("channel-hotline-12345", "HOTLINE_12345", "12345-" + UUID.randomUUID(), "邻里纠纷");
        ProcessInstance pi = caseProcess(caseNo);
        long started = System.nanoTime();
        complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "ON_SPOT");
        complete(pi, TaskKeys.MEDIATE_ON_SPOT, "onSpotResolved", "YES", "agreementSummary", "双方同意共同修缮围墙");
        complete(pi, TaskKeys.NOTIFY_CITIZEN, "notifyMethod", "PHONE", "notifyContent", "已电话告知群众办理结果。");
        complete(pi, TaskKeys.RETURN_VISIT, "reached", "YES", "satisfaction", "SATISFIED", "visitComment", "认可");
        assertThat(ledger.find(caseNo).orElseThrow().status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("the case went on while the channel was down")
                .isLessThan(Duration.ofSeconds(10));

        await(() -> channel.received().size() >= 3, "three failed attempts");
        assertThat(bodies(channel.received())).as("a later status never overtakes the failed first one")
                .extracting(u -> u.get("step").asText()).containsOnly("ACCEPTED");
        JsonNode stuck = adminGet("/api/status-callbacks/stuck");
        assertThat(stuck.get("title").asText()).isEqualTo("未送达渠道的办理状态（事事有回音）");
        List<JsonNode> mine = listOf(stuck.get("updates")).stream()
                .filter(u -> u.get("caseNo").asText().equals(caseNo)).toList();
        assertThat(mine).extracting(u -> u.get("stepLabel").asText()).containsExactly("已受理", "已办理完毕", "已办结");
        assertThat(mine.get(0).get("state").asText()).isEqualTo("投递失败，将自动重试");
        assertThat(mine.get(0).get("lastError").asText()).contains("HTTP 503");
        assertThat(mine.get(0).get("channelLabel").asText()).isEqualTo("12345热线");
        assertThat(mine.get(1).get("state").asText()).isEqualTo("等待本案前一条回音送达后投递");
        assertThat(adminGetStatus("/api/status-callbacks/stuck", "wangfang")).as("administrators only").isEqualTo(403);

        channel.answer(200);
        await(() -> channel.taken().size() >= 3, "delivered once the channel is back");
        assertThat(bodies(channel.taken())).extracting(u -> u.get("step").asText())
                .containsExactly("ACCEPTED", "CONCLUDED", "CLOSED");
        assertThat(bodies(channel.taken()).get(1).get("result").asText()).isEqualTo("当场调解：已当场化解");
        assertThat(listOf(adminGet("/api/status-callbacks/stuck").get("updates")))
                .noneMatch(u -> u.get("caseNo").asText().equals(caseNo));
    }

    @Test
    void aModelledChannelNoticeTaskTellsTheChannelWithoutWaitingForIt() throws Exception {
        callbackFor("HOTLINE_12345");
        String caseNo = submit("channel-hotline-12345", "HOTLINE_12345", "12345-" + UUID.randomUUID(), "邻里纠纷");
        await(() -> channel.taken().size() >= 1, "已受理 delivered");
        channel.answer(503);
        repository.createDeployment().addClasspathResource("processes/channel-notice.bpmn").deploy();

        ProcessInstance notice = runtime.startProcessInstanceByKey("testChannelNotice", caseNo);

        assertThat(notice.isEnded()).as("the process does not wait for the channel").isTrue();
        channel.answer(200);
        await(() -> channel.taken().size() >= 2, "进展通知 delivered");
        JsonNode update = json.readTree(channel.taken().get(1).body());
        assertThat(update.get("step").asText()).isEqualTo("NOTICE");
        assertThat(update.get("stepLabel").asText()).isEqualTo("进展通知");
        assertThat(update.get("result").asText()).isEqualTo("已召开会商研判会，确定由县司法局牵头办理");
        assertThat(update.get("caseNo").asText()).isEqualTo(caseNo);
    }

    @Test
    void threeNodesPollingOneDatabaseDeliverEachStatusOnceAndInOrderPerCase() throws Exception {
        callbackFor("HOTLINE_12345");
        channel.slow(50).answer(503);
        List<String> cases = new java.util.ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String caseNo = submit("channel-hotline-12345", "HOTLINE_12345", "12345-" + UUID.randomUUID(), "邻里纠纷");
            ProcessInstance pi = caseProcess(caseNo);
            complete(pi, TaskKeys.ASSESS_CASE, "grade", "GENERAL", "mode", "ON_SPOT");
            complete(pi, TaskKeys.MEDIATE_ON_SPOT, "onSpotResolved", "YES", "agreementSummary", "和解");
            cases.add(caseNo);
        }
        // Two more nodes beside this server's own poller, on the same database, all rounds at once.
        List<StatusCallbackPoller> nodes = List.of(
                new StatusCallbackPoller(outbox, directory, client, transactions, settings),
                new StatusCallbackPoller(outbox, directory, client, transactions, settings));
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
        try {
            for (StatusCallbackPoller node : nodes) {
                pool.submit(() -> {
                    while (running.get()) {
                        node.poll();
                        Thread.sleep(20);
                    }
                    return null;
                });
            }
            channel.answer(200);
            await(() -> channel.taken().size() >= 12, "two statuses of six cases");
            Thread.sleep(1000);
        } finally {
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
        }
        assertThat(channel.taken()).extracting(ChannelSystem.Received::deliveryId).doesNotHaveDuplicates().hasSize(12);
        for (String caseNo : cases) {
            List<String> steps = new java.util.ArrayList<>();
            for (JsonNode update : bodies(channel.received())) {
                if (update.get("caseNo").asText().equals(caseNo)) {
                    steps.add(update.get("step").asText());
                }
            }
            assertThat(steps).as("what %s's channel was sent, in order", caseNo)
                    .endsWith("ACCEPTED", "CONCLUDED").filteredOn("CONCLUDED"::equals).hasSize(1);
        }
    }

    @Test
    void aChannelWithoutACallbackGetsNothingQueued() throws Exception {
        String caseNo = submit("channel-police-110", "POLICE_110", "110-" + UUID.randomUUID(), "邻里纠纷");
        assertThat(jdbc.queryForObject("select count(*) from status_callbacks where case_no = ?", Long.class, caseNo))
                .isZero();
    }

    private String submit(String login, String channelCode, String reference, String matterType) throws Exception {
        Map<String, Object> matter = Map.of(
                "channel", channelCode,
                "externalRef", reference,
                "reporter", Map.of("name", "张秀英", "phone", "13907310001"),
                "place", Map.of("townshipCode", "SFX-DH", "villageCode", "SFX-DH-HW", "address", "河湾村三组"),
                "matterType", matterType,
                "summary", "群众反映" + matterType + "，请求协调处理。");
        HttpResponse<String> receipt = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/cases"))
                        .header("Authorization", basic(login)).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(matter), UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        String caseNo = json.readTree(receipt.body()).get("caseNo").asText();
        continuation.runFor(caseNo);
        return caseNo;
    }

    private ProcessInstance caseProcess(String caseNo) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseNo)
                .processDefinitionKey(ProcessKeys.CASE_HANDLING).singleResult();
    }

    private void complete(ProcessInstance pi, String taskKey, Object... keyValues) {
        Map<String, Object> variables = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            variables.put((String) keyValues[i], keyValues[i + 1]);
        }
        tasks.complete(tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(taskKey)
                .singleResult().getId(), variables);
    }

    private List<JsonNode> bodies(List<ChannelSystem.Received> received) throws Exception {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (ChannelSystem.Received r : received) {
            nodes.add(json.readTree(r.body()));
        }
        return nodes;
    }

    private static List<JsonNode> listOf(JsonNode array) {
        List<JsonNode> nodes = new java.util.ArrayList<>();
        array.forEach(nodes::add);
        return nodes;
    }

    private JsonNode adminGet(String path) throws Exception {
        HttpResponse<String> answer = get(path, "admin");
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return json.readTree(answer.body());
    }

    private int adminGetStatus(String path, String login) throws Exception {
        return get(path, login).statusCode();
    }

    private HttpResponse<String> get(String path, String login) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", basic(login)).GET().build(), HttpResponse.BodyHandlers.ofString(UTF_8));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + DELIVERY_LIMIT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("%s within %s", what, DELIVERY_LIMIT).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static String basic(String login) {
        return "Basic " + Base64.getEncoder().encodeToString((login + ":" + login).getBytes(UTF_8));
    }
}
