package org.zongzhi.casehandling.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;

/** A text value in a JSON body broke {@link PrintableText}; Jackson adds the path to the field. */
public class UnfitTextException extends JsonMappingException {

    private final String problem;

    UnfitTextException(JsonParser parser, String problem) {
        super(parser, problem);
        this.problem = problem;
    }

    /** In Chinese, to follow the field's name. */
    public String problem() {
        return problem;
    }
}
