package org.zongzhi.casehandling.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes the text layer of a letter read as written. Noto Sans SC draws 示 and the Kangxi radical ⽰
 * (and some two hundred other pairs) with one glyph, and PDFBox (up to 3.0.x) writes the lowest
 * code point of a glyph into the font's ToUnicode map, so copied or searched text would read
 * "⽰范县综治中⼼". This rewrites those entries to the ideograph; the drawing is unchanged.
 */
final class ToUnicodeRepair {

    /** Per font (PostScript name): glyph id, which is also the CID in PDFBox's subsets → the ideograph. */
    private final Map<String, Map<Integer, Integer>> ideographByGlyph;

    private ToUnicodeRepair(Map<String, Map<Integer, Integer>> ideographByGlyph) {
        this.ideographByGlyph = ideographByGlyph;
    }

    /** Reads which glyphs of these TrueType fonts an ideograph shares with a radical or compatibility form. */
    static ToUnicodeRepair forFonts(List<InputStream> fonts) throws IOException {
        Map<String, Map<Integer, Integer>> byFont = new HashMap<>();
        for (InputStream in : fonts) {
            try (in; TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in))) {
                byFont.put(font.getName(), sharedGlyphs(font.getUnicodeCmapLookup()));
            }
        }
        return new ToUnicodeRepair(byFont);
    }

    private static Map<Integer, Integer> sharedGlyphs(CmapLookup cmap) {
        Map<Integer, Integer> ideographs = new HashMap<>();
        int[][] lookalikes = {{0x2E80, 0x2FDF}, {0xF900, 0xFAFF}, {0x2F800, 0x2FA1F}};
        for (int[] range : lookalikes) {
            for (int cp = range[0]; cp <= range[1]; cp++) {
                int gid = cmap.getGlyphId(cp);
                List<Integer> codes = gid == 0 ? null : cmap.getCharCodes(gid);
                if (codes == null) {
                    continue;
                }
                codes.stream().filter(ToUnicodeRepair::isUnifiedIdeograph).findFirst()
                        .filter(ideograph -> !ideograph.equals(codes.get(0)))
                        .ifPresent(ideograph -> ideographs.put(gid, ideograph));
            }
        }
        return Collections.unmodifiableMap(ideographs);
    }

    static boolean isUnifiedIdeograph(int cp) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(cp);
        return Character.isIdeographic(cp) && block != Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                && block != Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS_SUPPLEMENT;
    }

    byte[] repair(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            Set<COSDictionary> done = Collections.newSetFromMap(new IdentityHashMap<>());
            boolean changed = false;
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font && done.add(font.getCOSObject())) {
                        changed |= repair(font.getCOSObject());
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private boolean repair(COSDictionary font) throws IOException {
        String baseFont = font.getNameAsString(COSName.BASE_FONT);
        Map<Integer, Integer> ideographs = ideographByGlyph.get(baseFont.substring(baseFont.indexOf('+') + 1));
        COSStream toUnicode = font.getCOSStream(COSName.TO_UNICODE);
        if (ideographs == null || ideographs.isEmpty() || toUnicode == null) {
            return false;
        }
        CMap cmap;
        try (InputStream in = toUnicode.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> mappings = new TreeMap<>();
        boolean changed = false;
        for (int cid = 0; cid <= 0xFFFF; cid++) {
            String text = cmap.toUnicode(cid, 2);
            if (text == null) {
                continue;
            }
            Integer ideograph = ideographs.get(cid);
            if (ideograph != null && !text.equals(Character.toString(ideograph))) {
                text = Character.toString(ideograph);
                changed = true;
            }
            mappings.put(cid, text);
        }
        if (changed) {
            try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cmapText(mappings).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return changed;
    }

    /** A ToUnicode CMap (Adobe technical note #5411) of two-byte CIDs, in blocks of at most 100. */
    private static String cmapText(Map<Integer, String> mappings) {
        StringBuilder cmap = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Map.Entry<Integer, String>> entries = List.copyOf(mappings.entrySet());
        for (int start = 0; start < entries.size(); start += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(start, Math.min(start + 100, entries.size()));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                cmap.append("<%04X> <".formatted(e.getKey()));
                for (char c : e.getValue().toCharArray()) {
                    cmap.append("%04X".formatted((int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        return cmap.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """).toString();
    }
}
