package org.zongzhi.casehandling.engineguard;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.zongzhi.casehandling.process.ProcessKeys;

/**
 * The trust boundary in front of the engine's REST API, both {@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine}: what a logged-in user may change through it.
 * <ul>
 *   <li>a task completion ({@code complete}, {@code submit-form}, {@code resolve}) carries only
 *       the editable fields of the task's deployed form, each with a value that fits the field;</li>
 *   <li>caseHandling's start form is registered by our intake code, like {@code POST /api/cases};
 *       no guarded process is started through the engine's API;</li>
 *   <li>三员分立: users, groups, memberships, authorizations and tenants are changed by the security
 *       administrator only, within {@link AdministratorDuties}; everything else by the system
 *       administrator only; the engine's operation log by nobody;</li>
 *   <li>a unit's login may fetch and lock its unit's orders (topic {@code order-<unit>}) and complete
 *       what it locked, with its own number for the order only ({@link UnitExternalTasks});</li>
 *   <li>anyone else may change nothing but this: claim, unclaim, comment, their own profile and
 *       password, and read-only queries sent as POST.</li>
 * </ul>
 * Reads pass untouched: the engine's authorizations decide them. A webapp request whose CSRF token
 * does not match passes untouched too, so that Camunda's own CSRF filter refuses it.
 */
class EngineApiGate extends OncePerRequestFilter {

    private static final int MAX_BODY = 1024 * 1024;
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern QUERY = Pattern.compile(
            "(task|process-instance|execution|variable-instance|job|external-task)(/count)?");
    private static final Pattern FILTER_QUERY = Pattern.compile("filter/[^/]+/(list|count|singleResult)");
    private static final Pattern TASK_WORK = Pattern.compile("task/[^/]+/(claim|unclaim|comment/create)");
    private static final Pattern HISTORY_WRITE = Pattern.compile(
            ".*(delete|removal-time|cleanup|annotation|batch).*");
    private static final Pattern COMPLETION = Pattern.compile("task/([^/]+)/(complete|submit-form|resolve)");
    private static final Pattern ENGINE_PREFIX = Pattern.compile(
            "^(Cannot submit task form|Cannot complete task|Cannot resolve task) [^:]*: ");
    private static final Pattern START_FORM = Pattern.compile(
            "process-definition/(key/([^/]+)(/tenant-id/[^/]+)?|([^/]+))/deployed-start-form");
    private static final Pattern START = Pattern.compile(
            "process-definition/(key/([^/]+)(/tenant-id/[^/]+)?|([^/]+))/(start|submit-form)");

    /** Looked up per request: a servlet filter is built before the engine, which must wait for Flyway. */
    private final ObjectProvider<ProcessEngine> engine;
    private final ObjectProvider<WindowRegistration> window;
    private final ObjectProvider<StartFormOptions> startFormOptions;
    private final AdministratorDuties duties;
    private final ObjectMapper json = new ObjectMapper();

    EngineApiGate(ObjectProvider<ProcessEngine> engine, ObjectProvider<WindowRegistration> window,
                  ObjectProvider<StartFormOptions> startFormOptions) {
        this.startFormOptions = startFormOptions;
        this.engine = engine;
        this.window = window;
        this.duties = new AdministratorDuties(engine);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EngineApiPath> target = EngineApiPath.of(request);
        Optional<Caller> caller = target.flatMap(t -> caller(request, t));
        var startForm = target.map(t -> START_FORM.matcher(t.path())).filter(java.util.regex.Matcher::matches);
        if ("GET".equals(request.getMethod()) && startForm.isPresent()) {
            startFormWithPlaces(startForm.get(), request, response, chain);
            return;
        }
        if (READS.contains(request.getMethod()) || target.isEmpty() || caller.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = body(request);
        if (body == null) {
            refuse(response, 413, "请求体过大（上限1MB）");
            return;
        }
        String path = target.get().path();
        if ("POST".equals(request.getMethod()) && UnitExternalTasks.handles(path) && !caller.get().systemAdmin()) {
            // A unit's system pulling its orders: checked and done here (see UnitExternalTasks).
            UnitExternalTasks.Answer answer = new UnitExternalTasks(engine.getObject(), json)
                    .handle(path, caller.get(), parse(body));
            if (answer.refusal() != null) {
                refuse(response, answer.status(), answer.refusal());
            } else {
                response.setStatus(answer.status());
                if (answer.body() != null) {
                    response.setContentType("application/json;charset=UTF-8");
                    response.getOutputStream().write(json.writeValueAsBytes(answer.body()));
                }
            }
            return;
        }
        var completion = COMPLETION.matcher(path);
        var start = START.matcher(path);
        if (completion.matches()) {
            List<String> problems = completionProblems(completion.group(1), body);
            if (!problems.isEmpty()) {
                refuse(response, 400, String.join("；", problems));
                return;
            }
            completeInUsersWords(new CachedBodyRequest(request, body), response, chain);
            return;
        } else if (start.matches()) {
            handleStart(start, caller.get(), body, response, request, chain);
            return;
        } else if (AdministratorDuties.OPERATION_LOG.matcher(path).matches()) {
            refuse(response, 403, "操作日志记录管理员的操作，任何人不得删除或批注（" + request.getMethod() + " " + path + "）");
            return;
        } else if (AdministratorDuties.IDENTITY.matcher(path).matches()) {
            Optional<String> refusal = caller.get().securityAdmin()
                    ? duties.securityAdminRefusal(request.getMethod(), path, parseOrEmpty(body), caller.get())
                    : mayChange(request.getMethod(), path, caller.get()) ? Optional.empty()
                    : Optional.of("只有安全管理员可以管理用户、组、成员关系、授权和租户");
            if (refusal.isPresent()) {
                refuse(response, 403, "无权通过接口执行此操作（" + request.getMethod() + " " + path + "）：" + refusal.get());
                return;
            }
        } else if (!caller.get().systemAdmin() && !mayChange(request.getMethod(), path, caller.get())) {
            refuse(response, 403, "无权通过接口执行此操作（" + request.getMethod() + " " + path
                    + "）：只有系统管理员可以直接修改部署、流程、任务或变量");
            return;
        }
        chain.doFilter(new CachedBodyRequest(request, body), response);
    }

    /**
     * caseHandling's start form as the engine serves it (its own authorization checks apply), with
     * the directory's townships and villages as choices ({@link StartFormOptions}).
     */
    private void startFormWithPlaces(java.util.regex.Matcher startForm, HttpServletRequest request,
                                     HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        ProcessDefinition definition = answer.getStatus() == 200 ? definition(startForm.group(2), startForm.group(4)) : null;
        if (definition != null && ProcessKeys.CASE_HANDLING.equals(definition.getKey())) {
            byte[] form = startFormOptions.getObject().withPlaces(answer.getContentAsByteArray());
            answer.resetBuffer();
            response.setContentLength(form.length);
            response.getOutputStream().write(form);
            return;
        }
        answer.copyBodyToResponse();
    }

    /**
     * The engine's API puts "Cannot submit task form &lt;task id&gt;: " before a refusal of the step's
     * rules; Tasklist shows it as it is. The clerk reads the Chinese reason alone.
     */
    private void completeInUsersWords(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, answer);
        if (answer.getStatus() == 400) {
            JsonNode error = parse(answer.getContentAsByteArray());
            String message = error == null ? null : error.path("message").asText(null);
            var prefix = message == null ? null : ENGINE_PREFIX.matcher(message);
            if (prefix != null && prefix.find()) {
                ((ObjectNode) error).put("message", message.substring(prefix.end()));
                answer.resetBuffer();
                byte[] rewritten = json.writeValueAsBytes(error);
                answer.setContentLength(rewritten.length);
                answer.getOutputStream().write(rewritten);
            }
        }
        answer.copyBodyToResponse();
    }

    /** What a user who is not an administrator may change through the engine's API. */
    private static boolean mayChange(String method, String path, Caller caller) {
        if ("POST".equals(method)) {
            return QUERY.matcher(path).matches() || FILTER_QUERY.matcher(path).matches()
                    || TASK_WORK.matcher(path).matches() || "identity/password-policy".equals(path)
                    || path.startsWith("history/") && !HISTORY_WRITE.matcher(path).matches();
        }
        return "PUT".equals(method) && (path.equals("user/" + caller.user() + "/profile")
                || path.equals("user/" + caller.user() + "/credentials"));
    }

    private List<String> completionProblems(String taskId, byte[] body) throws IOException {
        Task task = engine.getObject().getTaskService().createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
        if (task == null) {
            return List.of(); // the engine answers for a task that does not exist or cannot be seen
        }
        JsonNode root = parse(body);
        if (root == null) {
            return List.of("请求体不是有效的 JSON");
        }
        FormFields form = task.getCamundaFormRef() == null
                ? new FormFields("", java.util.Map.of())
                : FormFields.parse(engine.getObject().getFormService().getDeployedTaskForm(taskId));
        List<String> problems = SubmittedValues.problems(form, root.path("variables"),
                key -> engine.getObject().getTaskService().getVariable(taskId, key), true);
        return problems.isEmpty() ? problems
                : List.of("“" + task.getName() + "”未提交：" + String.join("；", problems));
    }

    private void handleStart(java.util.regex.Matcher start, Caller caller, byte[] body, HttpServletResponse response,
                             HttpServletRequest request, FilterChain chain) throws IOException, ServletException {
        ProcessDefinition definition = definition(start.group(2), start.group(4));
        if (definition == null) {
            chain.doFilter(new CachedBodyRequest(request, body), response); // the engine answers 404
            return;
        }
        boolean guarded = ProcessKeys.CASE_PROCESSES.contains(definition.getKey());
        if (!guarded && caller.systemAdmin()) {
            chain.doFilter(new CachedBodyRequest(request, body), response);
            return;
        }
        if (!ProcessKeys.CASE_HANDLING.equals(definition.getKey()) || !"submit-form".equals(start.group(5))) {
            refuse(response, 403, guarded
                    ? "流程“" + definition.getName() + "”不能通过接口直接启动；案件请用登记表单或 POST /api/cases 登记"
                    : "无权启动流程“" + definition.getName() + "”");
            return;
        }
        JsonNode root = parse(body);
        if (root == null) {
            refuse(response, 400, "请求体不是有效的 JSON");
            return;
        }
        FormFields form = FormFields.parse(engine.getObject().getFormService().getDeployedStartForm(definition.getId()));
        List<String> problems = new java.util.ArrayList<>(
                SubmittedValues.problems(form, root.path("variables"), key -> null, false));
        if (root.hasNonNull("businessKey") && !root.path("businessKey").asText().isBlank()) {
            problems.add(0, "业务编号（Business Key）由系统生成为案件编号，请勿填写");
        }
        if (!problems.isEmpty()) {
            refuse(response, 400, "登记未完成：" + String.join("；", problems));
            return;
        }
        WindowRegistration.Registered registered;
        // Our intake checks the clerk's rights itself and starts the case as the system does.
        var identity = engine.getObject().getIdentityService();
        Authentication current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            registered = window.getObject().register(SubmittedValues.values(form, root.path("variables")),
                    caller.user(), caller.groups());
        } catch (WindowRegistration.Refused e) {
            refuse(response, 400, e.getMessage());
            return;
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
        ObjectNode instance = json.createObjectNode();
        instance.putArray("links");
        instance.put("id", registered.processInstanceId());
        instance.put("definitionId", registered.processDefinitionId());
        instance.put("businessKey", registered.caseNo());
        instance.putNull("caseInstanceId");
        instance.put("ended", false);
        instance.put("suspended", false);
        instance.putNull("tenantId");
        response.setStatus(200);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsBytes(instance));
    }

    private ProcessDefinition definition(String key, String id) {
        try {
            if (key != null) {
                return engine.getObject().getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
                        .singleResult();
            }
            return engine.getObject().getRepositoryService().createProcessDefinitionQuery().processDefinitionId(id).singleResult();
        } catch (ProcessEngineException e) {
            return null;
        }
    }

    /** The engine user of the request; a webapp write only once its CSRF token is known to match. */
    private Optional<Caller> caller(HttpServletRequest request, EngineApiPath target) {
        if (!target.webapp()) {
            Authentication current = engine.getObject().getIdentityService().getCurrentAuthentication();
            return current == null || current.getUserId() == null ? Optional.empty()
                    : Optional.of(new Caller(current.getUserId(),
                            current.getGroupIds() == null ? List.of() : List.copyOf(current.getGroupIds())));
        }
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        if (!READS.contains(request.getMethod())) {
            Object token = session.getAttribute("CAMUNDA_CSRF_TOKEN");
            if (token == null || !token.equals(request.getHeader("X-XSRF-TOKEN"))) {
                return Optional.empty();
            }
        }
        Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
        if (authentications == null
                || !(authentications.getAuthenticationForProcessEngine(target.engine()) instanceof UserAuthentication user)) {
            return Optional.empty();
        }
        return Optional.of(new Caller(user.getIdentityId(),
                user.getGroupIds() == null ? List.of() : List.copyOf(user.getGroupIds())));
    }

    private static byte[] body(HttpServletRequest request) throws IOException {
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            return body.length > MAX_BODY ? null : body;
        }
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return json.createObjectNode();
        }
        try {
            JsonNode root = json.readTree(body);
            return root != null && root.isObject() ? root : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** An identity change whose body is no JSON object is judged by its path alone; the engine refuses the body. */
    private JsonNode parseOrEmpty(byte[] body) {
        JsonNode root = parse(body);
        return root == null ? json.createObjectNode() : root;
    }

    private void refuse(HttpServletResponse response, int status, String message) throws IOException {
        ObjectNode error = json.createObjectNode();
        error.put("type", status == 403 ? "AuthorizationException" : "InvalidRequestException");
        error.put("message", message);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getOutputStream().write(json.writeValueAsString(error).getBytes(StandardCharsets.UTF_8));
    }
}
