package org.zongzhi.casehandling.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Around every door that checks a password (webapp login, /engine-rest, /api): hands the client's
 * address to the check and, when the check refused the login, turns the door's own bare 401 into
 * the refusal's status (429 for a throttled address) with its Chinese message. The address is
 * Tomcat's remote address, which is the proxy's X-Forwarded-For only when
 * server.forward-headers-strategy says a trusted proxy sits in front (docs/operations.md).
 */
final class LoginDoorFilter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        LoginDoor.open(request.getRemoteAddr());
        try {
            chain.doFilter(request, new RefusalResponse(response));
        } finally {
            LoginDoor.close();
        }
    }

    /**
     * Lets the door's 401 through unchanged unless the password check left a refusal; then writes
     * the refusal instead and drops whatever the door writes after it.
     */
    static final class RefusalResponse extends HttpServletResponseWrapper {

        private boolean replaced;

        RefusalResponse(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void setStatus(int sc) {
            if (!replaced && !replace(sc)) {
                super.setStatus(sc);
            }
        }

        @Override
        public void sendError(int sc) throws IOException {
            if (!replaced && !replace(sc)) {
                super.sendError(sc);
            }
        }

        @Override
        public void sendError(int sc, String msg) throws IOException {
            if (!replaced && !replace(sc)) {
                super.sendError(sc, msg);
            }
        }

        private boolean replace(int sc) {
            LoginRefusal refusal = LoginDoor.refusal();
            if (sc != LoginRefusal.UNAUTHORIZED || refusal == null || isCommitted()) {
                return false;
            }
            replaced = true;
            super.setStatus(refusal.status());
            super.setContentType("application/json;charset=UTF-8");
            if (refusal.retryAfterSeconds() > 0) {
                super.setHeader("Retry-After", String.valueOf(refusal.retryAfterSeconds()));
            }
            byte[] body = ("{\"type\":\"about:blank\",\"title\":\"登录被拒绝\",\"status\":" + refusal.status()
                    + ",\"detail\":" + quote(refusal.message()) + ",\"message\":" + quote(refusal.message()) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            super.setContentLength(body.length);
            try {
                super.getOutputStream().write(body);
                super.flushBuffer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return true;
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            return replaced ? Discard.STREAM : super.getOutputStream();
        }

        @Override
        public PrintWriter getWriter() throws IOException {
            return replaced ? new PrintWriter(OutputStream.nullOutputStream()) : super.getWriter();
        }

        @Override
        public void setContentType(String type) {
            if (!replaced) {
                super.setContentType(type);
            }
        }

        @Override
        public void setContentLength(int len) {
            if (!replaced) {
                super.setContentLength(len);
            }
        }

        @Override
        public void setContentLengthLong(long len) {
            if (!replaced) {
                super.setContentLengthLong(len);
            }
        }

        private static String quote(String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
    }

    private static final class Discard extends ServletOutputStream {
        static final Discard STREAM = new Discard();

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setWriteListener(WriteListener listener) {
        }

        @Override
        public void write(int b) {
        }
    }
}
