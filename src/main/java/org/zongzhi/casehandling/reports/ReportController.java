package org.zongzhi.casehandling.reports;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.time.ChinaTime;

/** The figures of docs/figures.md over HTTP: JSON, CSV and Excel, scoped to the login (ReportScopes). */
@RestController
@RequestMapping("/api/reports")
@Tag(name = "统计分析")
class ReportController {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private final Figures figures;
    private final ReportScopes scopes;
    private final Dashboard dashboard;
    private final CourtCaseCounts courtCounts;
    private final Clock clock;

    ReportController(Figures figures, ReportScopes scopes, Dashboard dashboard, CourtCaseCounts courtCounts,
                     Clock clock) {
        this.figures = figures;
        this.scopes = scopes;
        this.dashboard = dashboard;
        this.courtCounts = courtCounts;
        this.clock = clock;
    }

    record CourtCount(Integer cases) {
    }

    @GetMapping("/summary")
    @Operation(summary = "统计指标", description = "受理、办结、办结率、调解成功率、满意率、逾期、函件、办理用时、"
            + "重新办理、并单、诉前调解、万人成讼率；口径见 docs/figures.md。成员单位只能查看本单位、乡镇只能查看本乡镇的数据")
    Figures.Summary summary(@Parameter(description = "开始日期（含），如 2026-01-01")
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @Parameter(description = "结束日期（含），如 2026-12-31")
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @Parameter(description = "分组：total unit type township village channel grade month")
                            @RequestParam(required = false) String groupBy,
                            @RequestParam(required = false) String unit,
                            @RequestParam(required = false) String township,
                            Authentication user) {
        return figures.summary(new Period(from, to), Dimension.of(groupBy), scopes.resolve(user, unit, township));
    }

    @GetMapping("/summary.csv")
    @Operation(summary = "统计指标（CSV）")
    void csv(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
             @RequestParam(required = false) String groupBy, @RequestParam(required = false) String unit,
             @RequestParam(required = false) String township, Authentication user, HttpServletResponse response)
            throws IOException {
        Figures.Summary summary = summary(from, to, groupBy, unit, township, user);
        response.setContentType("text/csv;charset=UTF-8");
        attachment(response, summary, "csv");
        FigureColumns.csv(summary, response.getOutputStream());
    }

    @GetMapping("/summary.xlsx")
    @Operation(summary = "统计指标（Excel）")
    void xlsx(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
              @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
              @RequestParam(required = false) String groupBy, @RequestParam(required = false) String unit,
              @RequestParam(required = false) String township, Authentication user, HttpServletResponse response)
            throws IOException {
        Figures.Summary summary = summary(from, to, groupBy, unit, township, user);
        response.setContentType(XLSX);
        attachment(response, summary, "xlsx");
        FigureColumns.xlsx(summary, response.getOutputStream());
    }

    /** The leaders' dashboard: the last twelve months to today unless a period is given. */
    @GetMapping("/dashboard")
    @Operation(summary = "领导驾驶舱数据")
    Dashboard.View dashboard(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                             @RequestParam(required = false) String unit,
                             @RequestParam(required = false) String township, Authentication user) {
        LocalDate today = LocalDate.now(clock.withZone(ChinaTime.ZONE));
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? end.withDayOfMonth(1).minusMonths(11) : from;
        return dashboard.of(new Period(start, end), scopes.resolve(user, unit, township));
    }

    @PutMapping("/court-cases/{territory}/{month}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "填报法院新收案件数", description = "人民法院联络员按乡镇（街道）和月份填报，用于万人成讼率；"
            + "再次填报同一乡镇同一月份即更正")
    void courtCases(@PathVariable String territory, @Parameter(description = "月份，如 2026-03") @PathVariable String month,
                    @RequestBody CourtCount body, Authentication user) {
        YearMonth ym;
        try {
            ym = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new BadUserRequestException("月份应写作 2026-03，收到 " + month);
        }
        courtCounts.enter(user, territory, ym, body == null ? null : body.cases());
    }

    @ExceptionHandler(ScopeRefusedException.class)
    ProblemDetail refused(ScopeRefusedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        problem.setTitle("无权查看");
        return problem;
    }

    private static void attachment(HttpServletResponse response, Figures.Summary summary, String extension) {
        String name = "figures-" + summary.from() + "-" + summary.to() + "-" + summary.groupBy() + "." + extension;
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
    }
}
