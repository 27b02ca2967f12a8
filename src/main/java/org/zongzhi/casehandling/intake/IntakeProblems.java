package org.zongzhi.casehandling.intake;

import java.util.List;
import java.util.stream.Collectors;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.zongzhi.casehandling.web.ApiBodyLimit;
import org.zongzhi.casehandling.web.ApiProblems;
import org.zongzhi.casehandling.web.BodyTooLargeException;
import org.zongzhi.casehandling.web.UnreadableBody;

/**
 * The intake API's refusals as Chinese problem+json. A 400 names every wrong field twice: in
 * {@code detail} for a person, in {@code errors} ({field, message}) for the channel's system.
 */
@RestControllerAdvice(assignableTypes = IntakeController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeProblems {

    @ExceptionHandler(IntakeRejectedException.class)
    ProblemDetail rejected(IntakeRejectedException e) {
        return invalid(e.problems());
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail notValid(MethodArgumentNotValidException e) {
        return invalid(e.getFieldErrors().stream()
                .map(f -> new FieldProblem(f.getField(), f.getDefaultMessage())).toList());
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail notReadable(HttpMessageNotReadableException e) {
        if (causedBy(e, BodyTooLargeException.class)) {
            return ApiBodyLimit.tooLarge();
        }
        UnreadableBody.Problem problem = UnreadableBody.of(e);
        return invalid(List.of(new FieldProblem(problem.field(), problem.message())));
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail unsupported(HttpMediaTypeNotSupportedException e) {
        return ApiProblems.problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "格式不支持",
                "请求体须为 JSON（Content-Type: application/json）");
    }

    @ExceptionHandler(ChannelRefusedException.class)
    ProblemDetail refused(ChannelRefusedException e) {
        return ApiProblems.problem(HttpStatus.FORBIDDEN, "无权操作", e.getMessage());
    }

    private static ProblemDetail invalid(List<FieldProblem> problems) {
        ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST, "提交的事项有误", "提交的事项有 " + problems.size()
                + " 处错误：" + problems.stream().map(p -> p.field() + "：" + p.message())
                .collect(Collectors.joining("；")));
        problem.setProperty("errors", problems);
        return problem;
    }


    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
