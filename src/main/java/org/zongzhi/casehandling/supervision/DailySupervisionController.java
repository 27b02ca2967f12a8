package org.zongzhi.casehandling.supervision;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.web.EngineIdentity;
import org.zongzhi.casehandling.web.NotFoundException;

/** GET /api/supervision/daily: the daily supervision list, as JSON or (format=csv) as CSV. */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "定期督办")
class DailySupervisionController {

    static final Set<String> READERS = Set.of("camunda-admin", "supervisor", "leader", "assessor");

    private final DailySupervision daily;

    DailySupervisionController(DailySupervision daily) {
        this.daily = daily;
    }

    @GetMapping("/daily")
    @Operation(summary = "每日督办清单", description = "按单位列出今日到期和已逾期的事项；format=csv 下载 CSV。"
            + "仅督办员、领导和研判员可查看")
    ResponseEntity<?> daily(@RequestParam(defaultValue = "json") String format, Authentication user) {
        if (EngineIdentity.groups(user).stream().noneMatch(READERS::contains)) {
            throw new NotFoundException("每日督办清单仅供督办员、领导和研判员查看");
        }
        DailySupervision.DailyList list = daily.today();
        if ("csv".equalsIgnoreCase(format)) {
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"daily-supervision-" + list.date() + ".csv\"")
                    .body(DailySupervision.csv(list));
        }
        return ResponseEntity.ok(list);
    }
}
