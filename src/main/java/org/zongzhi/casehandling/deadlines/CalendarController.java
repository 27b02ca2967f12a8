package org.zongzhi.casehandling.deadlines;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.web.ApiProblems;
import org.zongzhi.casehandling.web.EngineIdentity;
import org.zongzhi.casehandling.web.NotFoundException;
import org.zongzhi.casehandling.web.UnreadableBody;

/**
 * The working-day calendar over HTTP: anyone logged in reads a year's exceptions, administrators
 * (group camunda-admin) set or remove single days, e.g. a local day off the county announces.
 */
@RestController
@RequestMapping("/api/calendar")
@Tag(name = "工作日历")
class CalendarController {

    private static final int MAX_NAME = 100;
    private static final int MAX_SOURCE = 300;

    private final CalendarDayMapper mapper;
    private final CalendarEditor editor;

    CalendarController(CalendarDayMapper mapper, CalendarEditor editor) {
        this.mapper = mapper;
        this.editor = editor;
    }

    record DayView(LocalDate day, DayKind kind, String kindLabel, String name, String source,
                   OffsetDateTime updatedAt, String updatedBy) {

        static DayView of(CalendarDay d) {
            return new DayView(d.day(), d.kind(), d.kind().label(), d.name(), d.source(), d.updatedAt(), d.updatedBy());
        }
    }

    record YearView(int year, String rule, List<DayView> days) {
    }

    /** The body of PUT: kind HOLIDAY or WORKDAY, the day's name and the notice it comes from. */
    record DayChange(String kind, String name, String source) {
    }

    @GetMapping("/{year}")
    @Operation(summary = "查询某年的节假日和调休上班日")
    YearView year(@PathVariable String year) {
        int y = parseYear(year);
        List<DayView> days = mapper.findBetween(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)).stream()
                .map(DayView::of).toList();
        return new YearView(y, "周一至周五为工作日，周六、周日休息；下列日期除外", days);
    }

    @PutMapping("/days/{date}")
    @Operation(summary = "设置节假日或调休上班日（系统管理员）")
    DayView set(@PathVariable String date, @RequestBody(required = false) DayChange change, Authentication user) {
        requireAdministrator(user);
        LocalDate day = parseDate(date);
        if (change == null) {
            throw new CalendarInputException("请求体不能为空：需要 kind（类型）、name（名称）和 source（依据）");
        }
        DayKind kind = parseKind(change.kind());
        String name = required(change.name(), "name（名称）", MAX_NAME);
        String source = required(change.source(), "source（依据）", MAX_SOURCE);
        return DayView.of(editor.set(day, kind, name, source, user.getName()));
    }

    @DeleteMapping("/days/{date}")
    @Operation(summary = "删除某日的节假日或调休安排（系统管理员）")
    ResponseEntity<Void> remove(@PathVariable String date, Authentication user) {
        requireAdministrator(user);
        LocalDate day = parseDate(date);
        if (!editor.remove(day, user.getName())) {
            throw new NotFoundException("日期 " + day + " 没有节假日或调休安排，无需删除");
        }
        return ResponseEntity.noContent().build();
    }

    private static void requireAdministrator(Authentication user) {
        if (!EngineIdentity.groups(user).contains(Role.ADMIN.groupId())) {
            throw new CalendarForbiddenException();
        }
    }

    private static int parseYear(String year) {
        if (year.matches("\\d{4}")) {
            int y = Integer.parseInt(year);
            if (y >= 1949 && y <= 2999) {
                return y;
            }
        }
        throw new CalendarInputException("year（年份）应为四位数字的年份，如 2026，收到：" + year);
    }

    private static LocalDate parseDate(String date) {
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new CalendarInputException("date（日期）应为 yyyy-MM-dd 格式的有效日期，如 2026-10-01，收到：" + date);
        }
    }

    private static DayKind parseKind(String kind) {
        if (kind == null || kind.isBlank()) {
            throw new CalendarInputException("kind（类型）不能为空：应为 HOLIDAY（放假）或 WORKDAY（调休上班）");
        }
        return Arrays.stream(DayKind.values()).filter(k -> k.name().equals(kind.trim())).findFirst()
                .orElseThrow(() -> new CalendarInputException(
                        "kind（类型）只能是 HOLIDAY（放假）或 WORKDAY（调休上班），收到：" + kind));
    }

    private static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new CalendarInputException(field + "不能为空");
        }
        if (value.strip().length() > maxLength) {
            throw new CalendarInputException(field + "不能超过 " + maxLength + " 个字符");
        }
        return value.strip();
    }

    @ExceptionHandler(CalendarInputException.class)
    ProblemDetail badInput(CalendarInputException e) {
        return ApiProblems.problem(HttpStatus.BAD_REQUEST, "请求无效", e.getMessage());
    }

    /** Unreadable JSON is told as on every endpoint (web.ApiProblems), with the shape of a day added. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        UnreadableBody.Problem problem = UnreadableBody.of(e);
        ProblemDetail detail = ApiProblems.problem(HttpStatus.BAD_REQUEST, "请求无效", problem.field() + "：" + problem.message()
                + "。请求体应为 JSON，如 {\"kind\":\"HOLIDAY\",\"name\":\"国庆节\",\"source\":\"通知文号\"}");
        detail.setProperty("errors", List.of(problem));
        return detail;
    }

    @ExceptionHandler(CalendarForbiddenException.class)
    ProblemDetail forbidden(CalendarForbiddenException e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "无权操作", "只有系统管理员（camunda-admin）可以修改工作日历");
    }


    /** Input the caller must correct; the message names the field, in Chinese. */
    static class CalendarInputException extends RuntimeException {
        CalendarInputException(String message) {
            super(message);
        }
    }

    static class CalendarForbiddenException extends RuntimeException {
        CalendarForbiddenException() {
            super("Changing the working-day calendar needs group camunda-admin");
        }
    }
}
