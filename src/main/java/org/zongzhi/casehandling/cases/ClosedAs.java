package org.zongzhi.casehandling.cases;

/** How a closed case's loop ended; stored by name in {@code cases.closed_as}. */
public enum ClosedAs {
    /** The return visit reached the citizen. */
    VISITED("回访办结"),
    /** The citizen could not be reached at the return visit, on three different days. */
    UNREACHABLE("无法联系");

    private final String label;

    ClosedAs(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
