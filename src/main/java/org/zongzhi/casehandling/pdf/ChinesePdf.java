package org.zongzhi.casehandling.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * XHTML to PDF with Noto Sans SC embedded (regular and bold), so Chinese text shows on any machine
 * and reads back as written: the letters and the receipt handed to the citizen both come out here.
 */
@Component
public class ChinesePdf {

    /** The font family a page's CSS names. */
    public static final String FONT_FAMILY = "Noto Sans SC";
    /** Unpacked from com.helger.font:ph-fonts-noto-sans-sc at build time, see pom.xml. */
    static final String REGULAR_FONT = "fonts/NotoSansSC-Regular.ttf";
    static final String BOLD_FONT = "fonts/NotoSansSC-Bold.ttf";

    private volatile ToUnicodeRepair textRepair;

    /** Renders an XHTML page; IOExceptions come out unchecked, for the caller to name what failed. */
    public byte[] render(String xhtml) throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(() -> font(REGULAR_FONT), FONT_FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(() -> font(BOLD_FONT), FONT_FAMILY, 700, FontStyle.NORMAL, true);
        builder.withProducer("综治中心案件办理系统");
        builder.withHtmlContent(xhtml, null);
        builder.toStream(pdf);
        builder.run();
        return textRepair().repair(pdf.toByteArray());
    }

    /** Read from the fonts on the first document, not at start-up: the server runs without PDFs too. */
    private ToUnicodeRepair textRepair() throws IOException {
        ToUnicodeRepair repair = textRepair;
        if (repair == null) {
            synchronized (this) {
                if (textRepair == null) {
                    textRepair = ToUnicodeRepair.forFonts(List.of(font(REGULAR_FONT), font(BOLD_FONT)));
                }
                repair = textRepair;
            }
        }
        return repair;
    }

    /**
     * Text for XHTML content and attribute values. Characters XML cannot hold (control characters,
     * lone surrogates) are dropped: a value stored before input was checked must not make a
     * receipt or a letter fail to render forever.
     */
    public static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!fitsXml(text, i)) {
                continue;
            }
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    private static boolean fitsXml(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }
        return c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0x7F || c > 0x9F && c != 0xFFFE && c != 0xFFFF;
    }

    private static InputStream font(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        try {
            return resource.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + path + " is not on the classpath: build with Maven, whose"
                    + " generate-resources phase unpacks it from com.helger.font:ph-fonts-noto-sans-sc", e);
        }
    }
}
