package org.zongzhi.casehandling.web;

/**
 * The one rule for text a user sends us, whatever the endpoint: no control characters (a NUL
 * makes PostgreSQL fail, any other breaks the XHTML behind our PDFs), and no value that looks
 * filled in but shows nothing (only U+200B, U+3000, U+FEFF and the like). Line breaks and tabs
 * are text. A value of ordinary spaces only is left to each field's own "required" check.
 */
public final class PrintableText {

    private PrintableText() {
    }

    /** What is wrong with the text, in Chinese, to follow the field's name; null when it is fine. */
    public static String problem(String text) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        boolean visible = false;
        boolean asciiSpacesOnly = true;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isControl(c)) {
                return "含有控制字符（U+" + String.format("%04X", c) + "），请删除后重新提交";
            }
            if (Character.getType(c) == Character.SURROGATE || c == 0xFFFE || c == 0xFFFF) {
                return "含有无效字符，请删除后重新提交";
            }
            asciiSpacesOnly &= c == ' ' || c == '\t' || c == '\n' || c == '\r';
            visible |= !isInvisible(c);
        }
        return visible || asciiSpacesOnly ? null : "不能只由空白或不可见字符组成";
    }

    /** C0 and C1 controls and DEL, except tab and line breaks. */
    public static boolean isControl(int c) {
        return Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
    }

    /** Spaces of every width, zero-width and formatting characters, and the fillers that draw nothing. */
    private static boolean isInvisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800 || c == 0x180E;
    }
}
