package org.zongzhi.casehandling.deadlines;

/** What an exception row of the calendar makes of its day. */
enum DayKind {
    HOLIDAY("放假"),
    WORKDAY("调休上班");

    private final String label;

    DayKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
