package org.zongzhi.casehandling.engineguard;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.externaltask.ExternalTaskQueryTopicBuilder;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.zongzhi.casehandling.process.ProcessVariables;
import org.zongzhi.casehandling.process.UnitGroups;
import org.zongzhi.casehandling.web.PrintableText;

/**
 * A unit's own system pulling its 交办单 as external tasks, with a unit member's login: the only
 * external-task work a login other than the system administrator's may do through the engine API.
 * <ul>
 *   <li>fetchAndLock: only topics {@code order-<its unit>}, as itself (workerId = the login), and
 *       only the variables an order needs;</li>
 *   <li>complete: only a task it has locked, of its unit's topic, with no variable but
 *       {@code unitOrderRef} (its own number for the order, text).</li>
 * </ul>
 * The gate checks and then does the work itself, without the caller's engine identity: the unit
 * holds no engine permission on process instances, so nothing else is opened to it by this.
 */
final class UnitExternalTasks {

    static final Pattern FETCH = Pattern.compile("external-task/fetchAndLock");
    static final Pattern COMPLETE = Pattern.compile("external-task/([^/]+)/complete");
    /** What a unit's system reads of its order; the case itself is at GET /api/cases/{no}. */
    private static final List<String> READABLE = List.of(ProcessVariables.UNIT, ProcessVariables.MATTER_TYPE,
            ProcessVariables.GRADE, ProcessVariables.MODE, ProcessVariables.SUMMARY);
    private static final Set<String> COMPLETION_VARIABLES = Set.of(ProcessVariables.UNIT_ORDER_REF);
    private static final int MAX_TASKS = 50;
    private static final long MAX_LOCK_MILLIS = 24L * 60 * 60 * 1000;
    private static final int MAX_REFERENCE = 64;

    /** An answer to the caller: HTTP status and JSON body (null: none). */
    record Answer(int status, JsonNode body, String refusal) {
        static Answer refused(int status, String message) {
            return new Answer(status, null, message);
        }
    }

    private final ProcessEngine engine;
    private final ObjectMapper json;

    UnitExternalTasks(ProcessEngine engine, ObjectMapper json) {
        this.engine = engine;
        this.json = json;
    }

    static boolean handles(String path) {
        return FETCH.matcher(path).matches() || COMPLETE.matcher(path).matches();
    }

    Answer handle(String path, Caller caller, JsonNode body) {
        Set<String> topics = new TreeSet<>();
        caller.groups().forEach(g -> UnitGroups.unitCode(g).ifPresent(code -> topics.add(UnitGroups.orderTopic(code))));
        if (topics.isEmpty()) {
            return Answer.refused(403, "只有单位账号可以领取交办单（外部任务）");
        }
        if (body == null) {
            return Answer.refused(400, "请求体不是有效的 JSON");
        }
        if (!caller.user().equals(body.path("workerId").asText(null))) {
            return Answer.refused(400, "workerId 必须是本账号（" + caller.user() + "）");
        }
        Matcher complete = COMPLETE.matcher(path);
        return complete.matches() ? complete(complete.group(1), caller, topics, body) : fetch(caller, topics, body);
    }

    private Answer fetch(Caller caller, Set<String> topics, JsonNode body) {
        int maxTasks = body.path("maxTasks").asInt(0);
        if (maxTasks < 1 || maxTasks > MAX_TASKS) {
            return Answer.refused(400, "maxTasks 必须是1至" + MAX_TASKS + "之间的整数");
        }
        JsonNode requested = body.path("topics");
        if (!requested.isArray() || requested.isEmpty()) {
            return Answer.refused(400, "topics 不能为空");
        }
        Map<String, Long> locks = new HashMap<>();
        for (JsonNode topic : requested) {
            String name = topic.path("topicName").asText("");
            long lock = topic.path("lockDuration").asLong(0);
            if (!topics.contains(name)) {
                return Answer.refused(403, "只能领取本单位的交办单（" + String.join("、", topics) + "），不能领取“"
                        + name + "”");
            }
            if (lock < 1 || lock > MAX_LOCK_MILLIS) {
                return Answer.refused(400, "lockDuration 必须是1至" + MAX_LOCK_MILLIS + "毫秒");
            }
            locks.put(name, lock);
        }
        List<LockedExternalTask> locked = asSystem(() -> {
            ExternalTaskQueryTopicBuilder query = null;
            for (Map.Entry<String, Long> topic : locks.entrySet()) {
                query = (query == null ? engine.getExternalTaskService().fetchAndLock(maxTasks, caller.user(),
                        body.path("usePriority").asBoolean(false)) : query)
                        .topic(topic.getKey(), topic.getValue()).variables(READABLE);
            }
            return query.execute();
        });
        ArrayNode answer = json.createArrayNode();
        for (LockedExternalTask task : locked) {
            ObjectNode dto = answer.addObject();
            dto.put("id", task.getId());
            dto.put("topicName", task.getTopicName());
            dto.put("workerId", task.getWorkerId());
            dto.put("lockExpirationTime", task.getLockExpirationTime().toInstant().toString());
            dto.put("businessKey", task.getBusinessKey());
            dto.put("processInstanceId", task.getProcessInstanceId());
            dto.put("processDefinitionKey", task.getProcessDefinitionKey());
            dto.put("activityId", task.getActivityId());
            dto.putNull("retries");
            dto.put("priority", task.getPriority());
            ObjectNode variables = dto.putObject("variables");
            task.getVariables().forEach((name, value) -> {
                ObjectNode variable = variables.putObject(name);
                variable.put("type", "String");
                variable.put("value", value == null ? null : value.toString());
                variable.putObject("valueInfo");
            });
        }
        return new Answer(200, answer, null);
    }

    private Answer complete(String taskId, Caller caller, Set<String> topics, JsonNode body) {
        ExternalTask task = asSystem(() -> engine.getExternalTaskService().createExternalTaskQuery()
                .externalTaskId(taskId).singleResult());
        if (task == null || !topics.contains(task.getTopicName())) {
            return Answer.refused(404, "没有本单位的外部任务 " + taskId);
        }
        if (!caller.user().equals(task.getWorkerId()) || task.getLockExpirationTime() == null
                || task.getLockExpirationTime().before(ClockUtil.getCurrentTime())) {
            return Answer.refused(403, "只能完成本账号已领取且仍在锁定期内的任务 " + taskId);
        }
        if (body.has("localVariables") && !body.path("localVariables").isEmpty()) {
            return Answer.refused(400, "不接受 localVariables");
        }
        Map<String, Object> variables = new HashMap<>();
        JsonNode submitted = body.path("variables");
        if (!submitted.isMissingNode() && !submitted.isNull() && !submitted.isObject()) {
            return Answer.refused(400, "variables 必须是对象");
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = submitted.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            Optional<String> problem = referenceProblem(field.getKey(), field.getValue());
            if (problem.isPresent()) {
                return Answer.refused(400, problem.get());
            }
            variables.put(field.getKey(), field.getValue().path("value").asText());
        }
        asSystem(() -> {
            engine.getExternalTaskService().complete(taskId, caller.user(), variables);
            return null;
        });
        return new Answer(204, null, null);
    }

    private static Optional<String> referenceProblem(String name, JsonNode variable) {
        if (!COMPLETION_VARIABLES.contains(name)) {
            return Optional.of("领取交办单只能提交 " + COMPLETION_VARIABLES + "，不能提交“" + name + "”");
        }
        JsonNode value = variable.path("value");
        String type = variable.path("type").asText("String");
        if (!value.isTextual() || !"String".equals(type)) {
            return Optional.of(name + " 必须是文本");
        }
        if (value.asText().length() > MAX_REFERENCE) {
            return Optional.of(name + " 不能超过" + MAX_REFERENCE + "个字符");
        }
        String problem = PrintableText.problem(value.asText());
        return problem == null ? Optional.empty() : Optional.of(name + problem);
    }

    private <T> T asSystem(java.util.function.Supplier<T> work) {
        IdentityService identity = engine.getIdentityService();
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }
}
