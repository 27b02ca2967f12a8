package org.zongzhi.casehandling.assignment;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.WindowClerk;
import org.zongzhi.casehandling.cases.CaseEvent;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.process.TaskKeys;

/**
 * 县妇联 has no endpoint; its own system pulls its 交办单 as external tasks through the engine API
 * with a unit login (demo: fanghui), real HTTP on loopback. It sees only its unit's orders,
 * completes only what it locked with only its own order number, and the case moves on to 签收.
 */
@CaseHandlingTest
class UnitPullsOrdersTest {

    @LocalServerPort
    int port;
    @Autowired
    WindowClerk window;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    CaseLedger ledger;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theUnitsSystemFetchesOnlyItsOwnOrdersCompletesThemAndTheCaseMovesOn() throws Exception {
        ProcessInstance pi = window.register(Map.of(
                "reporterName", "李红梅", "reporterPhone", "13800138123", "channel", "WALK_IN",
                "matterType", "婚姻家庭纠纷", "townshipCode", "SFX-CG", "summary", "夫妻因抚养问题争吵，请求妇联调解",
                "peopleInvolved", 2L, "amountAtStake", 0.0, "registeredBy", "wangfang"));
        String caseNo = (String) runtime.getVariable(pi.getId(), "caseNo");
        String assess = tasks.createTaskQuery().processInstanceId(pi.getId()).singleResult().getId();
        tasks.complete(assess, Map.of("grade", "GENERAL", "mode", "TRANSFER", "leadUnit", "FL"));
        ProcessInstance unit = runtime.createProcessInstanceQuery().superProcessInstanceId(pi.getId()).singleResult();
        management.executeJob(management.createJobQuery().processInstanceId(unit.getId()).singleResult().getId());
        assertThat(tasks.createTaskQuery().processInstanceId(unit.getId()).count()).as("no 签收 before the pull").isZero();

        // Another unit's login: nothing of its own to fetch, and 妇联's topic is refused.
        HttpResponse<String> court = post("liuyang", "/engine-rest/external-task/fetchAndLock",
                fetch("liuyang", "order-FY"));
        assertThat(court.statusCode()).as(court.body()).isEqualTo(200);
        assertThat(json.readTree(court.body())).isEmpty();
        HttpResponse<String> foreign = post("liuyang", "/engine-rest/external-task/fetchAndLock",
                fetch("liuyang", "order-FL"));
        assertThat(foreign.statusCode()).isEqualTo(403);
        assertThat(foreign.body()).contains("只能领取本单位的交办单");
        assertThat(post("fanghui", "/engine-rest/external-task/fetchAndLock", fetch("liuyang", "order-FL"))
                .statusCode()).as("a worker id of someone else").isEqualTo(400);

        HttpResponse<String> fetched = post("fanghui", "/engine-rest/external-task/fetchAndLock",
                fetch("fanghui", "order-FL"));
        assertThat(fetched.statusCode()).as(fetched.body()).isEqualTo(200);
        JsonNode orders = json.readTree(fetched.body());
        JsonNode order = null;
        for (JsonNode o : orders) {
            if (caseNo.equals(o.get("businessKey").asText())) {
                order = o;
            }
        }
        assertThat(order).as("妇联's order for %s in %s", caseNo, orders).isNotNull();
        assertThat(order.get("topicName").asText()).isEqualTo("order-FL");
        assertThat(order.at("/variables/summary/value").asText()).isEqualTo("夫妻因抚养问题争吵，请求妇联调解");
        assertThat(order.get("variables").has("reporterPhone")).isFalse();
        assertThat(fetched.body()).doesNotContain("13800138123").doesNotContain("李红梅");
        String taskId = order.get("id").asText();

        assertThat(post("liuyang", "/engine-rest/external-task/" + taskId + "/complete",
                "{\"workerId\":\"liuyang\"}").statusCode()).as("another unit completes it").isEqualTo(404);
        HttpResponse<String> smuggled = post("fanghui", "/engine-rest/external-task/" + taskId + "/complete",
                "{\"workerId\":\"fanghui\",\"variables\":{\"signDecision\":{\"value\":\"SIGN\",\"type\":\"String\"}}}");
        assertThat(smuggled.statusCode()).isEqualTo(400);
        assertThat(smuggled.body()).contains("signDecision");
        HttpResponse<String> done = post("fanghui", "/engine-rest/external-task/" + taskId + "/complete",
                "{\"workerId\":\"fanghui\",\"variables\":{\"unitOrderRef\":{\"value\":\"FL-2026-017\",\"type\":\"String\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);

        Task sign = tasks.createTaskQuery().processInstanceId(unit.getId()).singleResult();
        assertThat(sign.getTaskDefinitionKey()).isEqualTo(TaskKeys.SIGN_FOR);
        assertThat(ledger.trail(caseNo)).extracting(CaseEvent::detail)
                .contains("单位系统已领取交办单：县妇女联合会（单位编号 FL-2026-017）");
        assertThat(runtime.getVariable(unit.getId(), "signDecision")).isNull();
    }

    @Test
    void otherExternalTaskWorkStaysWithTheSystemAdministrator() throws Exception {
        assertThat(post("fanghui", "/engine-rest/external-task/some-id/bpmnError",
                "{\"workerId\":\"fanghui\",\"errorCode\":\"x\"}").statusCode()).isEqualTo(403);
        assertThat(post("wangfang", "/engine-rest/external-task/fetchAndLock", fetch("wangfang", "order-FL"))
                .statusCode()).as("a person of no unit").isEqualTo(403);
    }

    private static String fetch(String worker, String topic) {
        return "{\"workerId\":\"" + worker + "\",\"maxTasks\":10,\"topics\":[{\"topicName\":\"" + topic
                + "\",\"lockDuration\":60000}]}";
    }

    private HttpResponse<String> post(String login, String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Authorization", "Basic " + Base64.getEncoder()
                                .encodeToString((login + ":" + login).getBytes(UTF_8)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(UTF_8));
    }
}
