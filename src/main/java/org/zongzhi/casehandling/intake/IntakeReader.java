package org.zongzhi.casehandling.intake;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.web.UnreadableBody;

/**
 * Binds the JSON body to an {@link IntakeRequest} without stopping at the first value of the
 * wrong type: each such value becomes a {@link FieldProblem} naming its path and is read as
 * empty, so the caller learns about every wrong field at once.
 */
@Component
class IntakeReader {

    record Result(IntakeRequest request, List<FieldProblem> problems) {
    }

    private final ObjectReader reader;

    IntakeReader(ObjectMapper json) {
        this.reader = json.readerFor(IntakeRequest.class);
    }

    Result read(JsonNode body) {
        if (body == null || !body.isObject()) {
            return new Result(null, List.of(new FieldProblem("(请求体)", "必须是一个 JSON 对象")));
        }
        Collector collector = new Collector();
        try {
            IntakeRequest request = reader.withHandler(collector).readValue(body);
            return new Result(request, collector.problems);
        } catch (JsonMappingException e) {
            UnreadableBody.Problem problem = UnreadableBody.of(e);
            collector.problems.add(new FieldProblem(problem.field(), problem.message()));
            return new Result(null, collector.problems);
        } catch (IOException e) {
            collector.problems.add(new FieldProblem("(请求体)", "无法读取"));
            return new Result(null, collector.problems);
        }
    }

    /** Records the wrong value and carries on with null in its place. */
    private static final class Collector extends DeserializationProblemHandler {

        final List<FieldProblem> problems = new ArrayList<>();

        @Override
        public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String value,
                                             String failureMsg) {
            return wrongType(ctxt.getParser(), targetType);
        }

        @Override
        public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number value,
                                             String failureMsg) {
            return wrongType(ctxt.getParser(), targetType);
        }

        @Override
        public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t,
                                            JsonParser p, String failureMsg) throws IOException {
            if (t != null && t.isStructStart() && p.currentToken() != t) {
                // Jackson looked into the array or object already (to unwrap a single value): leave it.
                record(path(p.getParsingContext().getParent()), targetType.getRawClass());
                for (int depth = 1; depth > 0; ) {
                    JsonToken next = p.nextToken();
                    if (next == null) {
                        break;
                    }
                    depth += next.isStructStart() ? 1 : next.isStructEnd() ? -1 : 0;
                }
                return null;
            }
            Object result = wrongType(p, targetType.getRawClass());
            p.skipChildren();
            return result;
        }

        @Override
        public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
                                                ValueInstantiator valueInsts, JsonParser p, String msg)
                throws IOException {
            Object result = wrongType(p, instClass);
            p.skipChildren();
            return result;
        }

        private Object wrongType(JsonParser p, Class<?> target) {
            record(path(p), target);
            return null;
        }

        private void record(String field, Class<?> target) {
            if (problems.stream().noneMatch(problem -> problem.field().equals(field))) {
                problems.add(new FieldProblem(field, expected(target)));
            }
        }
    }

    static String expected(Class<?> target) {
        if (target == Integer.class || target == Long.class || target == int.class || target == long.class) {
            return "必须是整数";
        }
        if (target == BigDecimal.class || target == Double.class || target == double.class) {
            return "必须是数字";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "必须是 true 或 false";
        }
        if (target == OffsetDateTime.class) {
            return "必须是带时区的时间，如 2026-03-01T09:30:00+08:00";
        }
        if (target == String.class) {
            return "必须是文本";
        }
        if (Collection.class.isAssignableFrom(target)) {
            return "必须是数组";
        }
        return "必须是 JSON 对象";
    }

    /** The JSON path of the value the parser stands on, e.g. parties[1].phone. */
    static String path(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        // Standing on '{' or '[' the parser has already entered that object or array: name its holder.
        JsonToken token = p.currentToken();
        if ((token == JsonToken.START_OBJECT && context.inObject() || token == JsonToken.START_ARRAY && context.inArray())
                && context.getParent() != null) {
            context = context.getParent();
        }
        return path(context);
    }

    private static String path(JsonStreamContext context) {
        List<Object> segments = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                segments.add(0, c.getCurrentIndex());
            } else if (c.getCurrentName() != null) {
                segments.add(0, c.getCurrentName());
            }
        }
        return join(segments);
    }

    /** Field names joined by dots, indexes in brackets: parties[1].phone. */
    private static String join(List<Object> segments) {
        StringBuilder path = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() > 0 ? "." : "").append(segment);
            }
        }
        return path.length() == 0 ? "(请求体)" : path.toString();
    }
}
