package org.zongzhi.casehandling.documents;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * The kinds of file a case may hold, told apart by their first bytes (magic numbers), never by the
 * file name or the type the client declares: a program renamed 现场照片.jpg is still a program.
 * Photos as phones take them (JPEG, HEIC on iPhones, WebP, PNG screenshots) and PDF scans.
 */
public enum DocumentType {
    JPEG("image/jpeg", "jpg", "JPEG 图片"),
    PNG("image/png", "png", "PNG 图片"),
    WEBP("image/webp", "webp", "WebP 图片"),
    HEIC("image/heic", "heic", "HEIC 图片"),
    PDF("application/pdf", "pdf", "PDF 文件");

    /** What is allowed, as the refusal names it. */
    static final String ALLOWED = "JPEG、PNG、WebP、HEIC 图片或 PDF 文件";

    private static final int[] PNG_SIGNATURE = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    /** ISO base media brands of HEIF still images (iPhone photos are heic). */
    private static final Set<String> HEIF_BRANDS = Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");

    private final String mediaType;
    private final String extension;
    private final String label;

    DocumentType(String mediaType, String extension, String label) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.label = label;
    }

    String mediaType() {
        return mediaType;
    }

    String extension() {
        return extension;
    }

    String label() {
        return label;
    }

    static Optional<DocumentType> ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(t -> t.mediaType.equals(mediaType)).findFirst();
    }

    /** The type the content is, by its first bytes; empty when it is none of ours. */
    static Optional<DocumentType> detect(byte[] content) {
        if (startsWith(content, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (ascii(content, 0, 4).equals("RIFF") && ascii(content, 8, 4).equals("WEBP")) {
            return Optional.of(WEBP);
        }
        if (ascii(content, 4, 4).equals("ftyp") && HEIF_BRANDS.contains(ascii(content, 8, 4))) {
            return Optional.of(HEIC);
        }
        if (ascii(content, 0, 5).equals("%PDF-")) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /** What a refused file looks like it is, for the message: a program says so. */
    static String describeRefused(byte[] content) {
        if (startsWith(content, 0, 0x7F, 'E', 'L', 'F')) {
            return "可执行程序（ELF）";
        }
        if (startsWith(content, 0, 'M', 'Z')) {
            return "可执行程序（Windows EXE/DLL）";
        }
        if (startsWith(content, 0, 'P', 'K', 3, 4)) {
            return "压缩包或 Office 文档";
        }
        return "无法识别的格式";
    }

    /** Whether the content starts, at offset, with these byte values (0-255). */
    private static boolean startsWith(byte[] content, int offset, int... prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((content[offset + i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String ascii(byte[] content, int offset, int length) {
        return content.length < offset + length ? "" : new String(content, offset, length, StandardCharsets.ISO_8859_1);
    }
}
