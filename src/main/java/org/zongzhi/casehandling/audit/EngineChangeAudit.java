package org.zongzhi.casehandling.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.zongzhi.casehandling.engineguard.EngineApiPath;

/**
 * Records every request that changes users, groups, memberships, tenants, authorizations,
 * deployments or definitions through either door to the engine's API ({@code /engine-rest} with
 * basic auth, the webapps' {@code /camunda/api/engine} with a session) and Admin's first-user setup,
 * with its user and outcome. It wraps the whole chain, so refusals (401, 403 of the engine API gate
 * or of the engine) are recorded as failures too. Logins are not recorded here: the login code
 * publishes {@link LoginAttempt}.
 */
class EngineChangeAudit extends OncePerRequestFilter {

    private static final String ADMIN_SETUP = "/camunda/api/admin/setup/";
    private static final int MAX_CAPTURE = 64 * 1024;

    private final ObjectProvider<AuditTrail> trail;
    private final ObjectMapper json = new ObjectMapper();

    EngineChangeAudit(ObjectProvider<AuditTrail> trail) {
        this.trail = trail;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<EngineApiPath> target = target(request);
        Optional<AuditEventType> type = target.flatMap(t -> EngineChange.of(request.getMethod(), t.path()));
        if (type.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        String path = target.get().path();
        // The webapp's user is in the session before the request; the REST user is the basic-auth name,
        // which the engine accepted unless the answer is 401.
        String user = target.get().webapp() ? sessionUser(request, target.get().engine()) : basicUser(request);
        boolean creates = path.endsWith("/create");
        HttpServletRequest in = creates && !path.startsWith("deployment")
                ? new ContentCachingRequestWrapper(request, MAX_CAPTURE) : request;
        ContentCachingResponseWrapper out = path.equals("deployment/create")
                ? new ContentCachingResponseWrapper(response) : null;
        boolean failed = true;
        try {
            chain.doFilter(in, out == null ? response : out);
            failed = false;
        } finally {
            int status = failed ? 500 : response.getStatus();
            String object = path + created(in, out);
            String detail = request.getMethod() + " " + request.getRequestURI() + " → " + status
                    + (status == 401 ? "（未通过身份认证）" : "");
            try {
                trail.getObject().record(new AuditEntry(user, type.get(), object, status < 400, request.getRemoteAddr(), detail));
            } finally {
                if (out != null) {
                    out.copyBodyToResponse();
                }
            }
        }
    }

    /** What a create made, from its request (user, group, tenant, authorization) or answer (deployment). */
    private String created(HttpServletRequest in, ContentCachingResponseWrapper out) {
        JsonNode body = null;
        if (out != null) {
            body = parse(out.getContentAsByteArray());
            return body == null || !body.hasNonNull("id") ? ""
                    : " " + body.path("id").asText() + (body.hasNonNull("name") ? "（" + body.path("name").asText() + "）" : "");
        }
        if (in instanceof ContentCachingRequestWrapper cached) {
            body = parse(cached.getContentAsByteArray());
        }
        if (body == null) {
            return "";
        }
        if (body.path("profile").hasNonNull("id")) {
            return " " + body.path("profile").path("id").asText();
        }
        if (body.hasNonNull("resourceType")) {
            String who = body.hasNonNull("userId") ? "用户 " + body.path("userId").asText()
                    : "组 " + body.path("groupId").asText();
            return " " + who + " 资源类型 " + body.path("resourceType").asText() + " 资源 "
                    + body.path("resourceId").asText() + " 权限 " + body.path("permissions");
        }
        return body.hasNonNull("id") ? " " + body.path("id").asText() : "";
    }

    private JsonNode parse(byte[] bytes) {
        if (bytes.length == 0) {
            return null;
        }
        try {
            JsonNode node = json.readTree(bytes);
            return node != null && node.isObject() ? node : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Optional<EngineApiPath> target(HttpServletRequest request) {
        String uri = EngineApiPath.normalised(request);
        if (uri.startsWith(ADMIN_SETUP)) {
            // Admin's first-administrator page: setup/{engine}/user/create
            return EngineApiPath.named(uri.substring(ADMIN_SETUP.length()), true);
        }
        return EngineApiPath.of(request);
    }

    private static String sessionUser(HttpServletRequest request, String engine) {
        HttpSession session = request.getSession(false);
        Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
        return authentications != null
                && authentications.getAuthenticationForProcessEngine(engine) instanceof UserAuthentication user
                ? user.getIdentityId() : null;
    }

    private static String basicUser(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
