package org.zongzhi.casehandling.cases;

/** Where a case stands in the seven steps; stored by name in {@code cases.status}. */
public enum CaseStatus {
    REGISTERED("已登记"),
    ASSESSING("研判中"),
    ASSIGNED("已交办"),
    HANDLING("办理中"),
    FEEDBACK("待反馈"),
    RETURN_VISIT("待回访"),
    CLOSED("已办结"),
    MERGED("已并单");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    /** The word a citizen or clerk reads. */
    public String label() {
        return label;
    }
}
