package org.zongzhi.casehandling.intake;

import java.util.List;
import java.util.stream.Collectors;

/** A matter refused at intake for wrong fields; nothing was written. */
class IntakeRejectedException extends RuntimeException {

    private final transient List<FieldProblem> problems;

    IntakeRejectedException(List<FieldProblem> problems) {
        super("提交的事项有 " + problems.size() + " 处错误：" + problems.stream()
                .map(p -> p.field() + "：" + p.message()).collect(Collectors.joining("；")));
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
