package org.zongzhi.casehandling.intake;

/** One wrong field of a request: its JSON path (e.g. reporter.phone) and what is wrong, in Chinese. */
record FieldProblem(String field, String message) {
}
