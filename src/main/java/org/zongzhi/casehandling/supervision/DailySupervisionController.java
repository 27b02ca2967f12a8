package org.zongzhi.casehandling.supervision;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.audit.PersonalDataRead;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.web.EngineIdentity;
import org.zongzhi.casehandling.web.NotFoundException;

/** GET /api/supervision/daily: the daily supervision list, as JSON or (format=csv) as CSV. */
@RestController
@RequestMapping("/api/supervision")
@Tag(name = "定期督办")
class DailySupervisionController {

    static final Set<String> READERS = Role.groupIds(Role.ADMIN, Role.SUPERVISOR, Role.LEADER, Role.ASSESSOR);

    static final int MAX_REASON_LENGTH = 200;

    private final DailySupervision daily;
    private final ApplicationEventPublisher events;

    DailySupervisionController(DailySupervision daily, ApplicationEventPublisher events) {
        this.daily = daily;
        this.events = events;
    }

    @GetMapping("/daily")
    @Operation(summary = "每日督办清单", description = "按单位列出今日到期和已逾期的事项；format=csv 下载 CSV。"
            + "仅督办员、领导和研判员可查看；导出 CSV 须填写导出理由（reason），记入审计")
    ResponseEntity<?> daily(@RequestParam(defaultValue = "json") String format,
                            @RequestParam(required = false) String reason, Authentication user,
                            HttpServletRequest request) {
        if (EngineIdentity.groups(user).stream().noneMatch(READERS::contains)) {
            throw new NotFoundException("每日督办清单仅供督办员、领导和研判员查看");
        }
        boolean csv = "csv".equalsIgnoreCase(format);
        // A file leaves the system's access control: every export of ledger rows states why, so a
        // column of personal data added to the list later cannot leave unrecorded.
        String stated = reason == null ? "" : reason.strip();
        if (csv && stated.isEmpty()) {
            throw new BadUserRequestException("导出每日督办清单须填写导出理由（reason），例如：周例会通报");
        }
        if (csv && stated.length() > MAX_REASON_LENGTH) {
            throw new BadUserRequestException("导出理由（reason）不能超过" + MAX_REASON_LENGTH + "个字，收到"
                    + stated.length() + "个字");
        }
        DailySupervision.DailyList list = daily.today();
        if (csv) {
            events.publishEvent(new PersonalDataRead(user.getName(), null, "每日督办清单导出（CSV）", stated,
                    request.getRemoteAddr()));
            return ResponseEntity.ok()
                    .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                    .header(HttpHeaders.CONTENT_DISPOSITION,
                            "attachment; filename=\"daily-supervision-" + list.date() + ".csv\"")
                    .body(DailySupervision.csv(list));
        }
        return ResponseEntity.ok(list);
    }
}
