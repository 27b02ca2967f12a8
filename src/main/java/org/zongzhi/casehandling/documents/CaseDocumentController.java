package org.zongzhi.casehandling.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.zongzhi.casehandling.audit.DocumentUpload;
import org.zongzhi.casehandling.audit.PersonalDataRead;
import org.zongzhi.casehandling.cases.CaseAccess;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.web.ApiProblems;
import org.zongzhi.casehandling.web.EngineIdentity;

/**
 * The documents of a case (案件材料) over HTTP: upload, list, download. Only those who may read the
 * case see or add its documents; every upload (stored or refused) and every download is on the
 * audit trail, and every stored document is a line of the case's trail.
 */
@RestController
@RequestMapping("/api/cases/{caseNo}/documents")
@Tag(name = "案件材料")
class CaseDocumentController {

    private final CaseDocuments documents;
    private final CaseLedger ledger;
    private final CaseAccess access;
    private final ApplicationEventPublisher events;
    private final MediationPapers papers;

    CaseDocumentController(CaseDocuments documents, CaseLedger ledger, CaseAccess access,
                           ApplicationEventPublisher events, MediationPapers papers) {
        this.documents = documents;
        this.papers = papers;
        this.ledger = ledger;
        this.access = access;
        this.events = events;
    }

    record DocumentView(long id, String kind, String kindLabel, String fileName, String mediaType, long sizeBytes,
                        String sha256, String description, String addedBy, OffsetDateTime addedAt, String href) {

        static DocumentView of(CaseDocument d) {
            return new DocumentView(d.id(), d.kind().name(), d.kind().label(), d.fileName(), d.mediaType(),
                    d.sizeBytes(), d.sha256(), d.description(), d.addedBy(), d.addedAt(),
                    "/api/cases/" + d.caseNo() + "/documents/" + d.id());
        }
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "上传案件材料", description = "multipart/form-data：file（照片、扫描件或 PDF），description（说明，可选）。"
            + "类型按文件内容识别（JPEG、PNG、WebP、HEIC、PDF），大小上限见 zongzhi.documents.max-size（默认 10 MB）")
    ResponseEntity<DocumentView> upload(@PathVariable String caseNo,
                                        @Parameter(description = "照片、扫描件或 PDF")
                                        @RequestParam(value = "file", required = false) MultipartFile file,
                                        @Parameter(description = "说明，如：现场照片（东侧围墙）")
                                        @RequestParam(value = "description", required = false) String description,
                                        Authentication user, HttpServletRequest request) {
        String name = file == null ? null : CaseDocuments.cleanName(file.getOriginalFilename());
        try {
            readable(caseNo, user);
            if (file == null || file.isEmpty() && file.getOriginalFilename() == null) {
                throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "请求无效",
                        "请选择要上传的文件（multipart/form-data 字段 file）");
            }
            if (file.getSize() > documents.maxBytes()) {
                throw documents.tooLarge(name + "（" + CaseDocuments.sizeText(file.getSize()) + "）");
            }
            CaseDocument stored = documents.upload(caseNo, file.getOriginalFilename(), description, bytes(file),
                    user.getName());
            events.publishEvent(new DocumentUpload(user.getName(), caseNo, true, request.getRemoteAddr(),
                    "材料 #" + stored.id() + "《" + stored.fileName() + "》" + stored.mediaType() + "，"
                            + stored.sizeBytes() + " 字节，SHA-256 " + stored.sha256()));
            return ResponseEntity.status(HttpStatus.CREATED).body(DocumentView.of(stored));
        } catch (DocumentRefusedException e) {
            events.publishEvent(new DocumentUpload(user.getName(), caseNo, false, request.getRemoteAddr(),
                    "→ " + e.status().value() + "（" + e.getMessage() + "）"));
            throw e;
        }
    }

    @GetMapping
    @Operation(summary = "案件材料列表", description = "无权查看该案件时返回 403")
    List<DocumentView> list(@PathVariable String caseNo, Authentication user) {
        readable(caseNo, user);
        return documents.list(caseNo).stream().map(DocumentView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "下载案件材料", description = "以附件下载，类型为识别出的类型；每次下载记入审计")
    ResponseEntity<byte[]> download(@PathVariable String caseNo, @PathVariable long id, Authentication user,
                                    HttpServletRequest request) {
        readable(caseNo, user);
        CaseDocument document = documents.find(caseNo, id).orElseThrow(() -> new DocumentRefusedException(
                HttpStatus.NOT_FOUND, "未找到", "案件 " + caseNo + " 没有编号为 " + id + " 的材料"));
        byte[] content = documents.content(caseNo, id);
        events.publishEvent(new PersonalDataRead(user.getName(), caseNo,
                "案件材料 #" + id + "《" + document.fileName() + "》（下载）", null, request.getRemoteAddr()));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .contentLength(content.length)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.fileName(), StandardCharsets.UTF_8).build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder()
                        .encodeToString(HexFormat.of().parseHex(document.sha256())) + ":")
                .cacheControl(CacheControl.noStore())
                .body(content);
    }

    /** The papers of a successful mediation, written again from the case's trail (e.g. after a correction). */
    @PostMapping("/papers/{paper}")
    @Operation(summary = "生成调解协议书或司法确认申请书", description = "paper：mediation-agreement（调解协议书）或 "
            + "judicial-confirmation-application（司法确认申请书）。调解成功时系统已自动生成；此处按案件轨迹中的调解结果重新生成一份")
    ResponseEntity<DocumentView> writePaper(@PathVariable String caseNo, @PathVariable String paper,
                                            Authentication user) {
        readable(caseNo, user);
        DocumentKind kind = switch (paper) {
            case "mediation-agreement" -> DocumentKind.MEDIATION_AGREEMENT;
            case "judicial-confirmation-application" -> DocumentKind.JUDICIAL_CONFIRMATION_APPLICATION;
            default -> throw new DocumentRefusedException(HttpStatus.NOT_FOUND, "未找到", "没有文书“" + paper
                    + "”：可生成 mediation-agreement（调解协议书）或 judicial-confirmation-application（司法确认申请书）");
        };
        return ResponseEntity.status(HttpStatus.CREATED).body(DocumentView.of(papers.write(caseNo, kind, user.getName())));
    }

    /**
     * Who may read the case may see and add its documents; anyone else is refused alike whether the
     * case exists or not, so the answer tells an outsider nothing about it.
     */
    private void readable(String caseNo, Authentication user) {
        if (!access.mayRead(caseNo, EngineIdentity.groups(user))) {
            throw new DocumentRefusedException(HttpStatus.FORBIDDEN, "无权操作", "无权查看案件 " + caseNo + " 的材料");
        }
        if (ledger.find(caseNo).isEmpty()) {
            throw new DocumentRefusedException(HttpStatus.NOT_FOUND, "未找到", "案件 " + caseNo + " 不存在");
        }
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Reading the uploaded file " + file.getOriginalFilename() + " failed", e);
        }
    }

    @ExceptionHandler(DocumentRefusedException.class)
    ResponseEntity<ProblemDetail> refused(DocumentRefusedException e) {
        return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(ApiProblems.problem(e.status(), e.title(), e.getMessage()));
    }

    /** The servlet's own multipart limit (set from the same setting) refused the body before we saw it. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(HttpServletRequest request) {
        DocumentRefusedException e = documents.tooLarge(null);
        publishRefusedUpload(request, e);
        return refused(e);
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        DocumentRefusedException e = new DocumentRefusedException(HttpStatus.BAD_REQUEST, "请求无效",
                "上传内容无法读取：请以 multipart/form-data 提交文件（字段 file）");
        publishRefusedUpload(request, e);
        return refused(e);
    }

    private void publishRefusedUpload(HttpServletRequest request, DocumentRefusedException e) {
        Authentication user = SecurityContextHolder.getContext().getAuthentication();
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        events.publishEvent(new DocumentUpload(user == null ? "" : user.getName(),
                path == null ? null : path.get("caseNo"), false, request.getRemoteAddr(),
                "→ " + e.status().value() + "（" + e.getMessage() + "）"));
    }
}
