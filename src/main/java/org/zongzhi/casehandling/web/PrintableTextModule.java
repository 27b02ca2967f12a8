package org.zongzhi.casehandling.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import org.springframework.stereotype.Component;

/**
 * Every text that Spring's ObjectMapper binds from a request body passes {@link PrintableText}:
 * one check for all of our /api instead of one per controller. Spring Boot registers Module beans
 * with its ObjectMapper; the engine REST API has its own mapper and its own check (engineguard).
 */
@Component
class PrintableTextModule extends SimpleModule {

    PrintableTextModule() {
        super("printable-text");
        addDeserializer(String.class, new CheckedString());
    }

    private static final class CheckedString extends StdScalarDeserializer<String> {

        CheckedString() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            String problem = PrintableText.problem(text);
            if (problem != null) {
                throw new UnfitTextException(p, problem);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }
    }
}
