package org.zongzhi.casehandling.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ContentSecurityPolicyHeaderWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.zongzhi.casehandling.process.Role;

/**
 * Spring Security guards our own {@code /api/**} only: HTTP basic auth against Camunda's users,
 * authorities = the user's Camunda groups. {@code /api/public/**} (the citizen's status lookup,
 * guarded by case number + phone and a rate limit) needs no login, nor does the {@code /status}
 * page, which passes like everything else outside /api. The webapps and {@code /engine-rest} keep
 * Camunda's own login and authorization, so everything else passes through untouched.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurity {

    private static final String AUDITOR = Role.AUDITOR.groupId();
    private static final String SECURITY_ADMIN = Role.SECURITY_ADMIN.groupId();
    /** JSON and PDFs: nothing in them may load or run anything, nor be framed. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    /** /status, /password, /audit, /reports: scripts and data from here only; their small stylesheets are inline. */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; "
            + "form-action 'self'";
    /** /grid: like our pages, and the photos chosen are previewed from blob: addresses. */
    static final String GRID_POLICY = PAGE_POLICY.replace("img-src 'self' data:", "img-src 'self' data: blob:");
    private static final RequestMatcher OUR_PAGES = new OrRequestMatcher(Stream.of("/status", "/status/**",
            "/password", "/password/**", "/audit", "/audit/**", "/reports", "/reports/**").map(AntPathRequestMatcher::antMatcher)
            .map(RequestMatcher.class::cast).toList());

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, AuthenticationProvider camundaUsers) throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a.requestMatchers("/api/public/**").permitAll()
                        // Separation of duties: the trail is the auditor's alone, and the auditor reads nothing else.
                        .requestMatchers("/api/audit", "/api/audit/**").hasAuthority(AUDITOR)
                        // The security administrator's part of /api is the login locks, and nothing more.
                        .requestMatchers("/api/security/**").hasAuthority(SECURITY_ADMIN)
                        .anyRequest().access(AuthorizationManagers.allOf(
                                AuthenticatedAuthorizationManager.authenticated(),
                                AuthorizationManagers.not(AuthorityAuthorizationManager.hasAnyAuthority(
                                        AUDITOR, SECURITY_ADMIN)))))
                // Without a parent manager: Boot's global one holds the same provider, and a wrong
                // password would be checked (and counted by the login guard) twice.
                .authenticationManager(new ProviderManager(camundaUsers))
                // 401 with a Basic challenge: a browser following a letter's PDF link asks for the login.
                .httpBasic(b -> b.authenticationEntryPoint(challenge()))
                .exceptionHandling(e -> e.authenticationEntryPoint(challenge()).accessDeniedHandler(ApiSecurity::denied))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless basic auth, but browsers cache it: CrossSiteRequestGuard refuses forged requests.
                .csrf(c -> c.disable())
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(API_POLICY)))
                .build();
    }

    /** The grid workers' phone page: their login first (the browser keeps it for the page's /api calls). */
    @Bean
    @Order(2)
    SecurityFilterChain gridPage(HttpSecurity http, AuthenticationProvider camundaUsers) throws Exception {
        return http.securityMatcher("/grid", "/grid/**")
                .authorizeHttpRequests(a -> a.anyRequest().hasAuthority(Role.GRID_WORKER.groupId()))
                .authenticationManager(new ProviderManager(camundaUsers))
                .httpBasic(b -> b.authenticationEntryPoint(challenge()))
                .exceptionHandling(e -> e.authenticationEntryPoint(challenge()).accessDeniedHandler(ApiSecurity::notGrid))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(c -> c.disable()) // the page only reads; its posts go to /api, guarded there
                .headers(h -> h.frameOptions(Customizer.withDefaults())
                        .contentSecurityPolicy(c -> c.policyDirectives(GRID_POLICY)))
                .build();
    }

    private static void notGrid(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("text/plain;charset=UTF-8");
        response.getOutputStream().write("网格排查页面只供网格员使用".getBytes(StandardCharsets.UTF_8));
    }

    @Bean
    @Order(3)
    SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(a -> a.anyRequest().permitAll())
                .csrf(c -> c.disable()) // the Camunda webapps run their own CSRF protection
                // Our own pages get a strict policy; the Camunda webapps set their own and keep it.
                .headers(h -> h.frameOptions(Customizer.withDefaults())
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(OUR_PAGES,
                                new ContentSecurityPolicyHeaderWriter(PAGE_POLICY))))
                .requestCache(c -> c.disable())
                .securityContext(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .build();
    }

    private static void denied(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String detail = path.startsWith("/api/audit") ? "只有审计管理员（auditor）可以查看审计记录"
                : path.startsWith("/api/security") ? "只有安全管理员（security-admin）可以管理登录锁定"
                : securityAdmin(SecurityContextHolder.getContext().getAuthentication())
                        ? "安全管理员只能管理登录锁定（/api/security），不能使用其他接口"
                        : "审计管理员只能查看审计记录（/api/audit），不能使用其他接口";
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        response.setContentType("application/problem+json;charset=UTF-8");
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"无权操作\",\"status\":403,\"detail\":\""
                + detail + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    private static boolean securityAdmin(Authentication user) {
        return user != null && EngineIdentity.groups(user).contains(SECURITY_ADMIN);
    }

    private static BasicAuthenticationEntryPoint challenge() {
        BasicAuthenticationEntryPoint entryPoint = new BasicAuthenticationEntryPoint();
        entryPoint.setRealmName("zongzhi");
        return entryPoint;
    }

    @Bean
    AuthenticationProvider camundaUsers(IdentityService identity) {
        return new AuthenticationProvider() {
            @Override
            public Authentication authenticate(Authentication authentication) {
                String user = authentication.getName();
                String password = String.valueOf(authentication.getCredentials());
                if (!identity.checkPassword(user, password)) {
                    throw new BadCredentialsException("用户名或密码错误");
                }
                List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(user).list().stream()
                        .map(Group::getId).map(SimpleGrantedAuthority::new).toList();
                return new UsernamePasswordAuthenticationToken(user, null, groups);
            }

            @Override
            public boolean supports(Class<?> type) {
                return UsernamePasswordAuthenticationToken.class.isAssignableFrom(type);
            }
        };
    }
}
