package org.zongzhi.casehandling.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records each change an administrator makes to the working calendar, the letter templates and the
 * risk rules through our /api, once the controller and its error handling are done, with the
 * answer's status: a change that was refused or invalid is recorded as a failure.
 */
class AdminChangeAudit implements HandlerInterceptor {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "DELETE", "PATCH");
    private static final Map<String, AuditEventType> TYPES = Map.of(
            "/api/calendar/", AuditEventType.CALENDAR_CHANGE,
            "/api/letter-templates/", AuditEventType.LETTER_TEMPLATE_CHANGE,
            "/api/risk-rules/", AuditEventType.RISK_RULE_CHANGE);
    private static final Map<AuditEventType, String> OBJECTS = Map.of(
            AuditEventType.CALENDAR_CHANGE, "工作日历 ",
            AuditEventType.LETTER_TEMPLATE_CHANGE, "函件模板 ",
            AuditEventType.RISK_RULE_CHANGE, "预警规则 ");

    private final ObjectProvider<AuditTrail> trail;

    AdminChangeAudit(ObjectProvider<AuditTrail> trail) {
        this.trail = trail;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
                                Exception failure) {
        if (!WRITES.contains(request.getMethod())) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        TYPES.forEach((prefix, type) -> {
            if (path.startsWith(prefix)) {
                int status = failure != null && response.getStatus() < 400 ? 500 : response.getStatus();
                Authentication user = SecurityContextHolder.getContext().getAuthentication();
                String what = path.substring(prefix.length()).replaceFirst("^days/", "");
                trail.getObject().record(new AuditEntry(user == null ? null : user.getName(), type,
                        OBJECTS.get(type) + what, status < 400, request.getRemoteAddr(),
                        request.getMethod() + " " + path + " → " + status));
            }
        });
    }
}
