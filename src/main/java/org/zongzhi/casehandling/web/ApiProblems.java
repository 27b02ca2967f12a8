package org.zongzhi.casehandling.web;

import java.net.URI;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Errors of our /api as RFC 7807 problem+json, in the words the user reads. */
@RestControllerAdvice(basePackages = "org.zongzhi.casehandling")
public class ApiProblems {

    @ExceptionHandler({BadUserRequestException.class, FormFieldValidationException.class})
    ProblemDetail refused(ProcessEngineException e) {
        return problem(HttpStatus.BAD_REQUEST, "请求无效", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "未找到", e.getMessage());
    }

    @ExceptionHandler(AuthorizationException.class)
    ProblemDetail forbidden(AuthorizationException e) {
        return problem(HttpStatus.FORBIDDEN, "无权操作", "当前用户无权执行此操作");
    }

    /** Bad JSON on any endpoint: trailing garbage, a fraction for a count, a control character in a text. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BodyTooLargeException) {
                return ApiBodyLimit.tooLarge();
            }
        }
        UnreadableBody.Problem problem = UnreadableBody.of(e);
        ProblemDetail detail = problem(HttpStatus.BAD_REQUEST, "请求无效", problem.field() + "：" + problem.message());
        detail.setProperty("errors", List.of(problem));
        return detail;
    }

    /** A problem+json answer with its Chinese title and detail; every handler of our /api builds it here. */
    public static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(URI.create("about:blank"));
        return problem;
    }

}
