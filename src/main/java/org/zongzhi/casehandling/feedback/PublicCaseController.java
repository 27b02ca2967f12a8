package org.zongzhi.casehandling.feedback;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.OptionalLong;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The citizen's status lookup, without login (the /status page calls it): case number and the
 * phone number given at registration. Whether the case exists or the phone is wrong, the answer
 * is the same 404, so the lookup tells nothing to someone guessing.
 */
@RestController
@RequestMapping("/api/public/cases")
class PublicCaseController {

    private final PublicCaseLookup lookup;
    private final LookupLimiter limiter;

    PublicCaseController(PublicCaseLookup lookup, LookupLimiter limiter) {
        this.lookup = lookup;
        this.limiter = limiter;
    }

    @GetMapping("/{caseNo}")
    ResponseEntity<?> find(@PathVariable String caseNo, @RequestParam(required = false) String phone,
                           HttpServletRequest request) {
        String normalized = caseNo.strip().toUpperCase(Locale.ROOT);
        String address = request.getRemoteAddr();
        OptionalLong retryAfter = limiter.blocked(address, normalized);
        if (retryAfter.isPresent()) {
            long seconds = retryAfter.getAsLong();
            return problem(HttpStatus.TOO_MANY_REQUESTS, "查询过于频繁", "查询次数过多，请" + seconds + "秒后再试")
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds)).build();
        }
        return lookup.find(normalized, phone)
                .<ResponseEntity<?>>map(progress -> ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(progress))
                .orElseGet(() -> {
                    limiter.failed(address, normalized);
                    return problem(HttpStatus.NOT_FOUND, "未查到案件", "未查到该案件，请核对案件编号和登记时留下的手机号码")
                            .build();
                });
    }

    /** The instance is fixed, not the request path: the body must not differ from case to case. */
    private static ResponseEntity.HeadersBuilder<?> problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        problem.setInstance(URI.create("/api/public/cases"));
        return ResponseEntity.of(problem).cacheControl(CacheControl.noStore());
    }
}
