package org.zongzhi.casehandling.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The text parameters of every /api request (a reveal's reason, the audit search, the phone of
 * the status lookup) pass {@link PrintableText} before any controller sees them, as JSON bodies
 * do through {@link PrintableTextModule}: a Chinese 400 naming the parameter, nothing done.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class TextParameterCheck extends OncePerRequestFilter {

    private final ObjectMapper json;

    TextParameterCheck(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String nameProblem = PrintableText.problem(parameter.getKey());
            if (nameProblem != null) {
                refuse(response, new UnreadableBody.Problem("(参数名)", nameProblem));
                return;
            }
            for (String value : parameter.getValue()) {
                String problem = PrintableText.problem(value);
                if (problem != null) {
                    refuse(response, new UnreadableBody.Problem(parameter.getKey(), problem));
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletResponse response, UnreadableBody.Problem problem) throws IOException {
        ProblemDetail detail = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "参数 " + problem.field() + "：" + problem.message());
        detail.setTitle("请求无效");
        detail.setType(URI.create("about:blank"));
        detail.setProperty("errors", List.of(problem));
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), detail);
    }
}
