package org.zongzhi.casehandling.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every body our /api takes is text and metadata (a matter, a letter's wording, a day of the
 * calendar): more than 1 MB is a mistake (a file sent inline) or an attack. Refused with 413
 * before parsing when the length is declared, and while reading when not. Runs first, before
 * anything (the login, a parameter check) can read the body. File uploads to the few places that
 * take files are limited by the multipart limits instead.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiBodyLimit extends OncePerRequestFilter {

    static final long LIMIT = 1024 * 1024;
    /**
     * Where files are sent (a case's documents, a grid worker's photos): their multipart bodies are
     * limited by the servlet's multipart limits, set from zongzhi.documents.max-size.
     */
    private static final Pattern UPLOADS = Pattern.compile("/api/(cases/[^/]+/documents|grid/reports(/[^/]+/photos)?)");
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final ObjectMapper json;

    ApiBodyLimit(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.startsWith("/api/") || READS.contains(request.getMethod())
                || UPLOADS.matcher(path).matches() && isMultipart(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > LIMIT) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), tooLarge());
            return;
        }
        chain.doFilter(new Limited(request), response);
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The 413 in the user's words; intake's callers also learn how attachments are sent. */
    public static ProblemDetail tooLarge() {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                "请求体不能超过 1 MB；附件只需提交名称、类型、大小和 SHA-256 摘要，不要提交文件内容");
        problem.setTitle("请求体过大");
        problem.setType(URI.create("about:blank"));
        return problem;
    }

    /** Counts what is read and fails past the limit. */
    private static final class Limited extends HttpServletRequestWrapper {

        Limited(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            ServletInputStream in = super.getInputStream();
            return new ServletInputStream() {
                private long read;

                @Override
                public int read() throws IOException {
                    int b = in.read();
                    if (b >= 0) {
                        count(1);
                    }
                    return b;
                }

                @Override
                public int read(byte[] buffer, int offset, int length) throws IOException {
                    int n = in.read(buffer, offset, length);
                    if (n > 0) {
                        count(n);
                    }
                    return n;
                }

                private void count(int n) throws BodyTooLargeException {
                    read += n;
                    if (read > LIMIT) {
                        throw new BodyTooLargeException(LIMIT);
                    }
                }

                @Override
                public boolean isFinished() {
                    return in.isFinished();
                }

                @Override
                public boolean isReady() {
                    return in.isReady();
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    in.setReadListener(listener);
                }
            };
        }
    }
}
