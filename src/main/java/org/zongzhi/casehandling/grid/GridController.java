package org.zongzhi.casehandling.grid;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.zongzhi.casehandling.audit.DocumentUpload;
import org.zongzhi.casehandling.directory.Centre;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Person;
import org.zongzhi.casehandling.documents.DocumentRefusedException;
import org.zongzhi.casehandling.intake.GridHandOver;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.settings.Settings;
import org.zongzhi.casehandling.time.ChinaTime;
import org.zongzhi.casehandling.web.ApiProblems;
import org.zongzhi.casehandling.web.EngineIdentity;

/**
 * The grid workers' API behind their phone page /grid: who they are and where, a matter found on
 * patrol with its photos (随手拍) resolved on the spot or handed to the centre, their latest
 * reports; and the screening figures for the centre.
 */
@RestController
@RequestMapping("/api/grid")
@Tag(name = "网格员排查")
class GridController {

    private static final String GRID_WORKER = Role.GRID_WORKER.groupId();
    /** The centre's staff who watch the figures; units are not among them. */
    private static final Set<String> CENTRE = Role.groupIds(Role.ADMIN, Role.INTAKE, Role.ASSESSOR, Role.SUPERVISOR,
            Role.MEDIATOR, Role.VISITOR, Role.LEADER);

    private final GridScreening screening;
    private final GridHandOver intake;
    private final Directory directory;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;
    private final String maxSize;

    GridController(GridScreening screening, GridHandOver intake, Directory directory, ObjectMapper json,
                   ApplicationEventPublisher events, Settings settings) {
        this.screening = screening;
        this.intake = intake;
        this.directory = directory;
        this.json = json;
        this.events = events;
        this.maxSize = settings.documents().maxSize().toMegabytes() + " MB";
    }

    record Me(String userId, String name, String post, String townshipCode, String townshipName, String villageCode,
              String villageName, List<String> matterTypes, int maxPhotos, String maxPhotoSize) {
    }

    @GetMapping("/me")
    @Operation(summary = "当前网格员及其网格所在乡镇、村（社区）", description = "仅限网格员")
    Me me(Authentication user) {
        requireGridWorker(user);
        Person person = directory.person(user.getName()).orElseThrow(() -> new GridRefused(HttpStatus.FORBIDDEN,
                "网格员 " + user.getName() + " 不在本中心的人员名录中"));
        Centre place = screening.placeOf(person.centreCode()).orElse(null);
        boolean village = place != null && "VILLAGE".equals(place.level());
        String township = place == null ? null : village ? place.parentCode() : place.code();
        return new Me(person.userId(), person.name(), person.post(), township, screening.placeName(township),
                village ? place.code() : null, village ? place.name() : null, intake.matterTypes(),
                GridScreening.MAX_PHOTOS, maxSize);
    }

    @PostMapping(value = "/reports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上报排查事项（随手拍）", description = "multipart/form-data：report（JSON 文字：disposition "
            + "RESOLVED_ON_SPOT 就地化解 或 HANDED_OVER 移交中心、matterType、townshipCode、villageCode、address、summary、"
            + "peopleInvolved、resolution（就地化解情况）、reporter {name, phone} 与 parties（移交中心时，同 POST /api/cases）），"
            + "photos（0–5 张照片，按内容识别类型）。就地化解只记入排查台账；移交中心即登记为网格员上报的案件")
    ResponseEntity<GridScreening.Recorded> report(@RequestParam(value = "report", required = false) String report,
                                                  @RequestParam(value = "photos", required = false)
                                                  List<MultipartFile> photos,
                                                  Authentication user, HttpServletRequest request) {
        requireGridWorker(user);
        if (report == null || report.isBlank()) {
            throw new GridScreening.RefusedException(List.of(new GridHandOver.Problem("report", "必填：排查事项（JSON 文字）")));
        }
        JsonNode body;
        try {
            body = json.readTree(report);
        } catch (JsonProcessingException e) {
            throw new GridScreening.RefusedException(List.of(new GridHandOver.Problem("report", "不是有效的 JSON")));
        }
        if (body == null || !body.isObject()) {
            throw new GridScreening.RefusedException(List.of(new GridHandOver.Problem("report", "必须是 JSON 对象")));
        }
        List<GridScreening.Photo> files = new ArrayList<>();
        for (MultipartFile photo : photos == null ? List.<MultipartFile>of() : photos) {
            if (!photo.isEmpty() || photo.getOriginalFilename() != null && !photo.getOriginalFilename().isEmpty()) {
                files.add(new GridScreening.Photo(photo.getOriginalFilename(), bytes(photo)));
            }
        }
        GridScreening.Recorded recorded;
        try {
            recorded = screening.report(body, files, user);
        } catch (DocumentRefusedException e) {
            events.publishEvent(new DocumentUpload(user.getName(), "网格排查", false, request.getRemoteAddr(),
                    "→ " + e.status().value() + "（" + e.getMessage() + "）"));
            throw e;
        }
        String object = recorded.caseNo() != null ? recorded.caseNo() : "网格排查 #" + recorded.id();
        for (GridScreening.StoredPhoto photo : recorded.photos()) {
            events.publishEvent(new DocumentUpload(user.getName(), object, true, request.getRemoteAddr(),
                    "网格员随手拍《" + photo.fileName() + "》，SHA-256 " + photo.sha256()));
        }
        return ResponseEntity.status(HttpStatus.CREATED).body(recorded);
    }

    record ReportView(long id, String reportedBy, String place, String matterType, String summary, int peopleInvolved,
                      String disposition, String dispositionLabel, String resolution, String caseNo,
                      OffsetDateTime reportedAt) {
    }

    @GetMapping("/reports")
    @Operation(summary = "最近的排查事项", description = "网格员看自己的；中心人员看全部（最近 100 条）")
    List<ReportView> reports(Authentication user) {
        List<String> groups = EngineIdentity.groups(user);
        String only = groups.stream().anyMatch(CENTRE::contains) ? null : requireGridWorker(user);
        return screening.latest(only, 100).stream().map(s -> new ReportView(s.id(), s.reportedBy(),
                screening.placeName(s.villageCode() != null ? s.villageCode() : s.townshipCode()), s.matterType(),
                s.summary(), s.peopleInvolved(), s.disposition().name(), s.disposition().label(), s.resolution(),
                s.caseNo(), s.reportedAt())).toList();
    }

    record PlaceCount(String townshipCode, String villageCode, String place, long resolvedOnSpot, long handedOver,
                      long total) {
    }

    record Summary(LocalDate from, LocalDate to, long resolvedOnSpot, long handedOver, long total,
                   String resolvedOnSpotRate, List<PlaceCount> places) {
    }

    @GetMapping("/summary")
    @Operation(summary = "排查统计：就地化解与移交中心", description = "from、to 为日期（含），按北京时间；默认本月。"
            + "就地化解率 = 就地化解 / 排查总数")
    Summary summary(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                    Authentication user) {
        if (EngineIdentity.groups(user).stream().noneMatch(CENTRE::contains)) {
            requireGridWorker(user);
        }
        LocalDate today = LocalDate.now(ChinaTime.ZONE);
        LocalDate start = date("from", from, today.withDayOfMonth(1));
        LocalDate end = date("to", to, today);
        if (end.isBefore(start)) {
            throw new GridScreening.RefusedException(List.of(new GridHandOver.Problem("to", "不能早于开始日期 " + start)));
        }
        List<PlaceCount> places = screening.counts(start.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime(),
                end.plusDays(1).atStartOfDay(ChinaTime.ZONE).toOffsetDateTime()).stream()
                .map(c -> new PlaceCount(c.townshipCode(), c.villageCode(),
                        screening.placeName(c.villageCode() != null ? c.villageCode() : c.townshipCode()),
                        c.resolvedOnSpot(), c.handedOver(), c.resolvedOnSpot() + c.handedOver())).toList();
        long resolved = places.stream().mapToLong(PlaceCount::resolvedOnSpot).sum();
        long handed = places.stream().mapToLong(PlaceCount::handedOver).sum();
        long total = resolved + handed;
        String rate = total == 0 ? "—" : String.format("%.1f%%", 100.0 * resolved / total);
        return new Summary(start, end, resolved, handed, total, rate, places);
    }

    private static LocalDate date(String field, String value, LocalDate otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new GridScreening.RefusedException(List.of(new GridHandOver.Problem(field,
                    "日期格式应为 2026-03-01，收到：" + value)));
        }
    }

    private static String requireGridWorker(Authentication user) {
        if (!EngineIdentity.groups(user).contains(GRID_WORKER)) {
            throw new GridRefused(HttpStatus.FORBIDDEN, "只有网格员可以使用网格排查");
        }
        return user.getName();
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the photo " + file.getOriginalFilename() + " failed", e);
        }
    }

    static final class GridRefused extends RuntimeException {

        private final HttpStatus status;

        GridRefused(HttpStatus status, String message) {
            super(message);
            this.status = status;
        }
    }

    @ExceptionHandler(GridRefused.class)
    ResponseEntity<ProblemDetail> refused(GridRefused e) {
        return problem(ApiProblems.problem(e.status, e.status == HttpStatus.FORBIDDEN ? "无权操作" : "请求无效",
                e.getMessage()));
    }

    @ExceptionHandler(GridScreening.RefusedException.class)
    ResponseEntity<ProblemDetail> invalid(GridScreening.RefusedException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(GridHandOver.RefusedException.class)
    ResponseEntity<ProblemDetail> handOverRefused(GridHandOver.RefusedException e) {
        if (e.forbidden()) {
            return problem(ApiProblems.problem(HttpStatus.FORBIDDEN, "无权操作", e.getMessage()));
        }
        return invalid(e.problems());
    }

    @ExceptionHandler(DocumentRefusedException.class)
    ResponseEntity<ProblemDetail> photoRefused(DocumentRefusedException e) {
        return problem(ApiProblems.problem(e.status(), e.title(), "照片：" + e.getMessage()));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge() {
        return problem(ApiProblems.problem(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大", "照片每张不能超过 " + maxSize
                + "，一次最多 " + GridScreening.MAX_PHOTOS + " 张；未保存。请压缩后重试"));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadable() {
        return problem(ApiProblems.problem(HttpStatus.BAD_REQUEST, "请求无效",
                "上传内容无法读取：请以 multipart/form-data 提交 report 与 photos"));
    }

    private static ResponseEntity<ProblemDetail> invalid(List<GridHandOver.Problem> problems) {
        ProblemDetail detail = ApiProblems.problem(HttpStatus.BAD_REQUEST, "请求无效", "提交的排查事项有 "
                + problems.size() + " 处错误：" + String.join("；", problems.stream()
                .map(p -> p.field() + "：" + p.message()).toList()));
        detail.setProperty("errors", problems);
        return problem(detail);
    }

    private static ResponseEntity<ProblemDetail> problem(ProblemDetail detail) {
        return ResponseEntity.status(detail.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(detail);
    }
}
