package org.zongzhi.casehandling.reports;

/**
 * Whose figures a request reads: everything (the centre's staff), one unit's cases (a department
 * liaison: the cases it is responsible for) or one territory's (a township centre: the cases
 * that happened in its township, whoever handled them).
 */
record ReportScope(String unitCode, String townshipCode, String label) {

    static ReportScope everything() {
        return new ReportScope(null, null, "全县");
    }

    boolean isEverything() {
        return unitCode == null && townshipCode == null;
    }
}
