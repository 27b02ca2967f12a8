package org.zongzhi.casehandling.web;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.zongzhi.casehandling.settings.Settings;

/**
 * A state-changing /api request (POST, PUT, PATCH, DELETE) cannot be made from another site: a
 * browser caches HTTP basic credentials, so a form on any page could otherwise post as the
 * logged-in clerk. Refused with a Chinese 403, before the login and before anything is read:
 * <ul>
 *   <li>a browser saying the request comes from another site ({@code Sec-Fetch-Site}
 *   {@code cross-site} or {@code same-site}), or an {@code Origin} that is neither this server
 *   (its Host) nor {@code zongzhi.public-url};</li>
 *   <li>a request from a browser without {@code X-Requested-With}: a page can set that header
 *   only on a same-origin request (another site would need CORS, which we never grant).</li>
 * </ul>
 * The channel systems' machine-to-machine calls (no Origin, no Sec-Fetch-*, no cookie, no browser
 * User-Agent) need no header: a forgery needs a victim's browser, and every browser announces itself.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class CrossSiteRequestGuard extends OncePerRequestFilter {

    static final String HEADER = "X-Requested-With";
    private static final Set<String> CHANGES = Set.of("POST", "PUT", "PATCH", "DELETE");

    private final ObjectMapper json;
    private final String publicAuthority;

    CrossSiteRequestGuard(ObjectMapper json, Settings settings) {
        this.json = json;
        this.publicAuthority = authority(settings.publicUrl());
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || !CHANGES.contains(request.getMethod().toUpperCase(Locale.ROOT));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String site = request.getHeader("Sec-Fetch-Site");
        String origin = request.getHeader("Origin");
        if (site != null && !site.equals("same-origin") && !site.equals("none")
                || origin != null && !sameOrigin(origin, request)) {
            refuse(response, "不接受来自其他网站的请求：请在本系统的页面上操作");
            return;
        }
        if (fromBrowser(request) && isBlank(request.getHeader(HEADER))) {
            refuse(response, "浏览器发出的修改请求须带请求头 " + HEADER + "（本系统页面会自动带上）；"
                    + "来自其他网站的表单不能修改数据");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean sameOrigin(String origin, HttpServletRequest request) {
        String from = authority(origin);
        if (from == null) {
            return false; // "null": a sandboxed frame, a data: URL, a redirect from elsewhere
        }
        String host = request.getHeader("Host");
        return from.equalsIgnoreCase(publicAuthority) || host != null && from.equalsIgnoreCase(withPort(host, origin));
    }

    private static boolean fromBrowser(HttpServletRequest request) {
        String agent = request.getHeader("User-Agent");
        return request.getHeader("Origin") != null || request.getHeader("Sec-Fetch-Mode") != null
                || request.getHeader("Sec-Fetch-Site") != null || request.getHeader("Cookie") != null
                || agent != null && agent.startsWith("Mozilla/");
    }

    /** host:port of an http(s) address, the default port made explicit; null for anything else. */
    private static String authority(String address) {
        try {
            URI uri = URI.create(address.strip());
            if (uri.getHost() == null || uri.getScheme() == null) {
                return null;
            }
            int port = uri.getPort() != -1 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
            return uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The Host header as host:port, its port defaulting to the Origin's scheme. */
    private static String withPort(String host, String origin) {
        boolean hasPort = host.lastIndexOf(':') > host.lastIndexOf(']');
        return hasPort ? host.toLowerCase(Locale.ROOT)
                : host.toLowerCase(Locale.ROOT) + ":" + (origin.regionMatches(true, 0, "https:", 0, 6) ? 443 : 80);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    private void refuse(HttpServletResponse response, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, detail);
        problem.setTitle("跨站请求被拒绝");
        problem.setType(URI.create("about:blank"));
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
