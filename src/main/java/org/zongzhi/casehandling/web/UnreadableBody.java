package org.zongzhi.casehandling.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Why a JSON body could not be read, as the field it concerns and what is wrong with it, in the
 * user's words: shared by every /api endpoint so that each refuses bad JSON alike.
 */
public final class UnreadableBody {

    /** A field (or "(请求体)" for the body as a whole) and its problem in Chinese. */
    public record Problem(String field, String message) {
    }

    public static final String BODY = "(请求体)";
    private static final Problem TRAILING = new Problem(BODY, "JSON 对象之后还有多余的内容，请只提交一个 JSON 对象");

    private UnreadableBody() {
    }

    public static Problem of(HttpMessageNotReadableException e) {
        Throwable cause = e.getCause();
        if (cause == null) {
            return new Problem(BODY, "请求体为空，应为 JSON 对象");
        }
        if (cause instanceof JsonMappingException mapping) {
            return of(mapping);
        }
        if (cause instanceof JsonParseException parse) {
            JsonParser parser = parse.getProcessor();
            if (parser != null && parser.getParsingContext() != null && parser.getParsingContext().inRoot() && parser.getParsingContext().getEntryCount() > 0) {
                return TRAILING; // the object was whole; what broke came after it
            }
            return new Problem(BODY, "不是有效的 JSON（第 " + parse.getLocation().getLineNr() + " 行第 "
                    + parse.getLocation().getColumnNr() + " 列附近）");
        }
        return new Problem(BODY, "不是有效的 JSON");
    }

    /** A value Jackson could not bind: the field by its JSON path, the problem by its kind. */
    public static Problem of(JsonMappingException e) {
        String field = path(e);
        if (e instanceof UnfitTextException text) {
            return new Problem(field, text.problem());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getMessage() != null
                && mismatch.getMessage().startsWith("Trailing token")) {
            return TRAILING;
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new Problem(field, expected(mismatch.getTargetType(), e instanceof InvalidFormatException f
                    ? f.getValue() : null));
        }
        return new Problem(field, "值无效");
    }

    private static String expected(Class<?> target, Object value) {
        boolean whole = target == Integer.class || target == Long.class || target == Short.class
                || target == int.class || target == long.class || target == short.class || target == BigInteger.class;
        if (whole) {
            return value instanceof Number ? "必须是整数，不能是小数（收到 " + value + "）" : "必须是整数";
        }
        if (target == BigDecimal.class || target == Double.class || target == double.class) {
            return "必须是数字";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "必须是 true 或 false";
        }
        if (target == String.class) {
            return "必须是文本";
        }
        return "值无效";
    }

    /** Field names joined by dots, indexes in brackets: parties[1].phone. */
    private static String path(JsonMappingException e) {
        List<Object> segments = new ArrayList<>();
        for (JsonMappingException.Reference ref : e.getPath()) {
            segments.add(ref.getFieldName() != null ? ref.getFieldName() : (Object) ref.getIndex());
        }
        StringBuilder path = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() > 0 ? "." : "").append(segment);
            }
        }
        return path.length() == 0 ? BODY : path.toString();
    }
}
