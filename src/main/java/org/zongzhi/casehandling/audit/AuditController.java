package org.zongzhi.casehandling.audit;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.time.ChinaTime;
import org.zongzhi.casehandling.web.ApiProblems;
import org.zongzhi.casehandling.web.EngineIdentity;

/**
 * The audit administrator's reading of the trail: search, CSV export and the chain check. There is
 * deliberately no endpoint that changes or deletes a record. Each use is itself recorded.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "安全审计")
class AuditController {
    private static final int MAX_PAGE_SIZE = 200;
    private static final int MAX_EXPORT = 100_000;
    private static final int EXPORT_SLICE = 1000;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    private final AuditMapper mapper;
    private final AuditTrail trail;
    private final ChainVerifier verifier;

    AuditController(AuditMapper mapper, AuditTrail trail, ChainVerifier verifier) {
        this.mapper = mapper;
        this.trail = trail;
        this.verifier = verifier;
    }

    record RecordView(long id, OffsetDateTime occurredAt, String userId, String eventType, String eventTypeLabel,
                      String object, boolean success, String source, String detail, String hash) {

        static RecordView of(AuditRecord r) {
            return new RecordView(r.id(), r.occurredAt().atZoneSameInstant(ChinaTime.ZONE).toOffsetDateTime(), r.userId(),
                    r.eventType(), AuditEventType.byName(r.eventType()).map(AuditEventType::label).orElse(r.eventType()),
                    r.object(), r.success(), r.source(), r.detail(), r.hash());
        }
    }

    record Page(long total, int page, int size, List<RecordView> records) {
    }

    record TypeView(String code, String label) {
    }

    record CheckView(boolean intact, String summary, long checked, Long firstId, Long lastId, Long brokenId,
                     String problem) {
    }

    @GetMapping
    @Operation(summary = "查询审计记录（审计管理员）",
            description = "from/to 为日期（yyyy-MM-dd，按北京时间整日）或带时区的时间；user 为用户名；type 为事件类型代码；object 按开头匹配")
    Page search(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String user, @RequestParam(required = false) String type,
                @RequestParam(required = false) String object, @RequestParam(required = false) String page,
                @RequestParam(required = false) String size, Authentication caller, HttpServletRequest request) {
        requireAuditor(caller);
        AuditQuery query = query(from, to, user, type, object);
        int p = number(page, "page（页码）", 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int s = number(size, "size（每页条数）", 50, 1, MAX_PAGE_SIZE);
        long total = mapper.count(query);
        List<RecordView> records = mapper.search(query, (long) p * s, s).stream().map(RecordView::of).toList();
        trail.record(new AuditEntry(caller.getName(), AuditEventType.AUDIT_SEARCH, "审计记录", true,
                request.getRemoteAddr(), describe(query) + "；第 " + p + " 页，共 " + total + " 条"));
        return new Page(total, p, s, records);
    }

    @GetMapping("/types")
    @Operation(summary = "审计事件类型（审计管理员）")
    List<TypeView> types(Authentication caller) {
        requireAuditor(caller);
        return Arrays.stream(AuditEventType.values()).map(t -> new TypeView(t.name(), t.label())).toList();
    }

    @GetMapping("/export")
    @Operation(summary = "导出审计记录为 CSV（审计管理员）", description = "条件同查询；最多 100000 条，按时间先后排列")
    void export(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(required = false) String user, @RequestParam(required = false) String type,
                @RequestParam(required = false) String object, Authentication caller, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
        requireAuditor(caller);
        AuditQuery query = query(from, to, user, type, object);
        long total = mapper.count(query);
        if (total > MAX_EXPORT) {
            throw new AuditInputException("符合条件的记录有 " + total + " 条，超过一次导出的上限 " + MAX_EXPORT
                    + " 条，请缩小时间范围或增加条件");
        }
        trail.record(new AuditEntry(caller.getName(), AuditEventType.AUDIT_EXPORT, "审计记录", true,
                request.getRemoteAddr(), describe(query) + "；导出 " + total + " 条"));
        response.setStatus(200);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"audit-log.csv\"");
        Writer csv = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        csv.write('\uFEFF'); // Excel opens a UTF-8 file as Chinese only with the byte-order mark
        csv.write("序号,时间,用户,事件类型,对象,结果,来源地址,详情,前一哈希,哈希\r\n");
        long after = Long.MIN_VALUE;
        List<AuditRecord> slice;
        do {
            slice = mapper.searchAfter(query, after, EXPORT_SLICE);
            for (AuditRecord r : slice) {
                csv.write(String.join(",", List.of(Long.toString(r.id()),
                        CSV_TIME.format(r.occurredAt().atZoneSameInstant(ChinaTime.ZONE)), cell(r.userId()),
                        cell(AuditEventType.byName(r.eventType()).map(AuditEventType::label).orElse(r.eventType())),
                        cell(r.object()), r.success() ? "成功" : "失败", cell(r.source()), cell(r.detail()),
                        r.prevHash(), r.hash())));
                csv.write("\r\n");
                after = r.id();
            }
        } while (slice.size() == EXPORT_SLICE);
        csv.flush();
    }

    @GetMapping("/verify")
    @Operation(summary = "校验审计链（审计管理员）", description = "逐条校验哈希链，报告第一条被改动、删除或插入的记录")
    CheckView verify(Authentication caller, HttpServletRequest request) {
        requireAuditor(caller);
        ChainCheck check = verifier.verify();
        trail.record(new AuditEntry(caller.getName(), AuditEventType.AUDIT_VERIFY, "审计链", check.intact(),
                request.getRemoteAddr(), check.summary()));
        return new CheckView(check.intact(), check.summary(), check.checked(), check.firstId(), check.lastId(),
                check.brokenId(), check.problem());
    }

    private static void requireAuditor(Authentication caller) {
        if (!EngineIdentity.groups(caller).contains(Role.AUDITOR.groupId())) {
            throw new AuditForbiddenException();
        }
    }

    private static AuditQuery query(String from, String to, String user, String type, String object) {
        List<String> problems = new ArrayList<>();
        OffsetDateTime start = time(from, "from（起始时间）", false, problems);
        OffsetDateTime end = time(to, "to（截止时间）", true, problems);
        if (start != null && end != null && !start.isBefore(end)) {
            problems.add("from（起始时间）应早于 to（截止时间）");
        }
        String u = text(user, "user（用户）", 100, problems);
        String t = text(type, "type（事件类型）", 40, problems);
        if (t != null && AuditEventType.byName(t).isEmpty()) {
            problems.add("type（事件类型）只能是 " + String.join("、",
                    Arrays.stream(AuditEventType.values()).map(Enum::name).toList()) + " 之一，收到：" + t);
        }
        String o = text(object, "object（对象）", 300, problems);
        if (!problems.isEmpty()) {
            throw new AuditInputException(String.join("；", problems));
        }
        return new AuditQuery(start, end, u, t, o);
    }

    /** A day counts whole in China time: to=2026-11-30 includes that day. */
    private static OffsetDateTime time(String value, String field, boolean end, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            if (v.length() == 10) {
                LocalDate day = LocalDate.parse(v);
                return (end ? day.plusDays(1) : day).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
            }
            if (v.matches(".*([+-]\\d{2}:\\d{2}|Z)$")) {
                return OffsetDateTime.parse(v);
            }
            return LocalDateTime.parse(v).atZone(ChinaTime.ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            problems.add(field + "应为 yyyy-MM-dd 日期或 yyyy-MM-ddTHH:mm[:ss] 时间，收到：" + value);
            return null;
        }
    }

    private static String text(String value, String field, int max, List<String> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > max) {
            problems.add(field + "不能超过 " + max + " 个字符");
            return null;
        }
        return value.strip();
    }

    private static int number(String value, String field, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new AuditInputException(field + "应为 " + min + " 至 " + max + " 之间的整数，收到：" + value);
    }

    private static String describe(AuditQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.from() != null) {
            parts.add("起 " + q.from().atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime());
        }
        if (q.to() != null) {
            parts.add("止 " + q.to().atZoneSameInstant(ChinaTime.ZONE).toLocalDateTime());
        }
        if (q.user() != null) {
            parts.add("用户 " + q.user());
        }
        if (q.type() != null) {
            parts.add("类型 " + q.type());
        }
        if (q.object() != null) {
            parts.add("对象 " + q.object());
        }
        return parts.isEmpty() ? "条件：全部" : "条件：" + String.join("，", parts);
    }

    /** A CSV cell: quoted when needed, and never read as a formula by a spreadsheet. */
    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value.matches("(?s)^[=+\\-@\\t\\r].*") ? "'" + value : value;
        return v.matches("(?s).*[\",\\r\\n].*") ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    @ExceptionHandler(AuditInputException.class)
    ProblemDetail badInput(AuditInputException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "请求无效", e.getMessage());
    }

    @ExceptionHandler(AuditForbiddenException.class)
    ProblemDetail forbidden(AuditForbiddenException e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "无权操作", "只有审计管理员（auditor）可以查看审计记录");
    }


    /** Input the auditor must correct; the message names the parameter, in Chinese. */
    static class AuditInputException extends RuntimeException {
        AuditInputException(String message) {
            super(message);
        }
    }

    static class AuditForbiddenException extends RuntimeException {
        AuditForbiddenException() {
            super("Reading the audit trail needs group auditor");
        }
    }
}
