package org.zongzhi.casehandling.login;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * 修改密码 without a session: the /password page and POST /api/public/password. Needed because a
 * person whose password has expired cannot log in anywhere else to change it.
 */
@Controller
class PasswordChangeController {

    private final PasswordChange passwords;

    PasswordChangeController(PasswordChange passwords) {
        this.passwords = passwords;
    }

    record PasswordChangeRequest(String userId, String oldPassword, String newPassword) {
    }

    @GetMapping({"/password", "/password/"})
    String page() {
        return "forward:/password/index.html";
    }

    @PostMapping("/api/public/password")
    @ResponseBody
    ResponseEntity<?> change(@RequestBody(required = false) PasswordChangeRequest body) {
        List<String> missing = new ArrayList<>();
        if (body == null || blank(body.userId())) {
            missing.add("userId（用户名）");
        }
        if (body == null || blank(body.oldPassword())) {
            missing.add("oldPassword（原密码）");
        }
        if (body == null || blank(body.newPassword())) {
            missing.add("newPassword（新密码）");
        }
        if (!missing.isEmpty()) {
            return problem(400, "请填写：" + String.join("、", missing));
        }
        LoginRefusal refused = passwords.change(body.userId().strip(), body.oldPassword(), body.newPassword());
        if (refused != null) {
            ResponseEntity<ProblemDetail> answer = problem(refused.status(), refused.message());
            return refused.retryAfterSeconds() == 0 ? answer : ResponseEntity.status(answer.getStatusCode())
                    .headers(answer.getHeaders()).header(HttpHeaders.RETRY_AFTER,
                            String.valueOf(refused.retryAfterSeconds())).body(answer.getBody());
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(Map.of("message", "密码已修改，请用新密码登录"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static ResponseEntity<ProblemDetail> problem(int status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
        problem.setTitle("未能修改密码");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(status).cacheControl(CacheControl.noStore()).body(problem);
    }
}
