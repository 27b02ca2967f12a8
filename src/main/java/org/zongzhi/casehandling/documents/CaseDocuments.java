package org.zongzhi.casehandling.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.TrailEvent;
import org.zongzhi.casehandling.settings.Settings;

/**
 * Keeps documents on a case: checks what the bytes are and how many there are, stores them with
 * their SHA-256 in the database and writes the trail line, in one transaction; either both are
 * there or neither.
 */
@Service
public class CaseDocuments {

    static final int MAX_NAME = 100;
    static final int MAX_DESCRIPTION = 200;
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");

    private final DocumentMapper mapper;
    private final CaseLedger ledger;
    private final long maxBytes;
    private final Clock clock;

    CaseDocuments(DocumentMapper mapper, CaseLedger ledger, Settings settings, Clock clock) {
        this.mapper = mapper;
        this.ledger = ledger;
        this.maxBytes = settings.documents().maxSize().toBytes();
        this.clock = clock;
    }

    long maxBytes() {
        return maxBytes;
    }

    /** The limit as people read it: 10 MB. */
    String maxSizeText() {
        return sizeText(maxBytes);
    }

    /**
     * Stores an uploaded file on the case after checking it; a refusal names what is wrong and
     * leaves nothing behind.
     */
    @Transactional
    public CaseDocument upload(String caseNo, String fileName, String description, byte[] content, String actor) {
        CheckedFile file = check(fileName, content);
        String note = description == null || description.isBlank() ? null : description.strip();
        if (note != null && note.length() > MAX_DESCRIPTION) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "请求无效",
                    "说明（description）不能超过" + MAX_DESCRIPTION + "个字，收到" + note.length() + "个字");
        }
        return store(caseNo, DocumentKind.UPLOADED, file.fileName(), file.type(), note, content, actor);
    }

    /** A file as checked for keeping: its clean name with the extension of its type, and its checksum. */
    public record CheckedFile(String fileName, DocumentType type, long size, String sha256) {

        public String mediaType() {
            return type.mediaType();
        }

        public String typeLabel() {
            return type.label();
        }
    }

    /**
     * Checks a file as every upload is checked (not empty, within the limit, a type we keep by its
     * content) without storing it; a refusal names the file and what is wrong.
     */
    public CheckedFile check(String fileName, byte[] content) {
        String name = cleanName(fileName);
        if (content == null || content.length == 0) {
            throw new DocumentRefusedException(HttpStatus.BAD_REQUEST, "文件为空", "文件《" + name + "》是空的（0 字节），未保存");
        }
        if (content.length > maxBytes) {
            throw tooLarge(name + "（" + sizeText(content.length) + "）");
        }
        DocumentType type = DocumentType.detect(content).orElseThrow(() -> new DocumentRefusedException(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "文件类型不允许",
                "文件《" + name + "》的内容是" + DocumentType.describeRefused(content) + "，不是允许的类型（"
                        + DocumentType.ALLOWED + "）。类型按文件内容识别，与文件名和声明的类型无关；未保存"));
        return new CheckedFile(withExtension(name, type), type, content.length, sha256(content));
    }

    /** Keeps a document the system wrote (a PDF) on the case. */
    @Transactional
    CaseDocument keepGenerated(String caseNo, DocumentKind kind, String fileName, byte[] pdf, String actor) {
        return store(caseNo, kind, fileName, DocumentType.PDF, null, pdf, actor);
    }

    private CaseDocument store(String caseNo, DocumentKind kind, String fileName, DocumentType type, String note,
                               byte[] content, String actor) {
        CaseDocument document = new CaseDocument(null, caseNo, kind, fileName, type.mediaType(), content.length,
                sha256(content), note, actor, OffsetDateTime.now(clock));
        long id = mapper.insert(document, content);
        ledger.recordStep(caseNo, null, actor, TrailEvent.DOCUMENT_ADDED, "添加材料：" + kind.label() + "《" + fileName
                + "》（" + type.label() + "，" + sizeText(content.length) + "）" + (note == null ? "" : "：" + note));
        return new CaseDocument(id, caseNo, kind, fileName, type.mediaType(), content.length, document.sha256(), note,
                actor, document.addedAt());
    }

    public List<CaseDocument> list(String caseNo) {
        return mapper.findByCase(caseNo);
    }

    Optional<CaseDocument> find(String caseNo, long id) {
        return Optional.ofNullable(mapper.find(caseNo, id));
    }

    byte[] content(String caseNo, long id) {
        DocumentMapper.Content content = mapper.content(caseNo, id);
        if (content == null) {
            throw new IllegalStateException("Document " + id + " of case " + caseNo + " has no content row");
        }
        return content.content();
    }

    DocumentRefusedException tooLarge(String what) {
        return new DocumentRefusedException(HttpStatus.PAYLOAD_TOO_LARGE, "文件过大",
                "文件" + (what == null ? "" : "《" + what + "》") + "超过 " + maxSizeText()
                        + " 的上限，未保存。请压缩图片或分成几个文件上传");
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    static String sizeText(long bytes) {
        if (bytes < 1024) {
            return bytes + " 字节";
        }
        if (bytes < 1024 * 1024) {
            return String.format("%.1f KB", bytes / 1024.0).replace(".0 ", " ");
        }
        return String.format("%.1f MB", bytes / (1024.0 * 1024)).replace(".0 ", " ");
    }

    /**
     * The name as the user chose it, without a browser's path (C:\fakepath\), control or invisible
     * characters, at most {@value #MAX_NAME} characters; "材料" when nothing is left.
     */
    static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT
                        && Character.getType(c) != Character.SURROGATE && c != '"')
                .forEach(clean::appendCodePoint);
        String stripped = clean.toString().strip();
        if (stripped.isEmpty() || stripped.chars().allMatch(c -> c == '.')) {
            return "材料";
        }
        return stripped.length() <= MAX_NAME ? stripped : stripped.substring(0, MAX_NAME);
    }

    /** The name with the extension of what the file is: a PDF sent as 照片.jpg is kept as 照片.pdf. */
    static String withExtension(String name, DocumentType type) {
        String base = EXTENSION.matcher(name).replaceFirst("");
        if (base.isEmpty()) {
            base = "材料";
        }
        String extension = "." + type.extension();
        if (type == DocumentType.JPEG && name.toLowerCase().endsWith(".jpeg")) {
            extension = ".jpeg";
        }
        return base + extension;
    }
}
