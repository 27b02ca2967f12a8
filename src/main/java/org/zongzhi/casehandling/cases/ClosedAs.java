package org.zongzhi.casehandling.cases;

/** How a closed case's loop ended; stored by name in {@code cases.closed_as}. */
public enum ClosedAs {
    /** The return visit reached the citizen. */
    VISITED("回访办结", "已办结"),
    /** The citizen could not be reached at the return visit, on three different days. */
    UNREACHABLE("无法联系", "已办结（无法联系当事人）"),
    /**
     * 甄别: a report from a screening channel (网格员上报) found not to be a matter for the centre;
     * counted apart from the accepted matters (docs/figures.md). No step writes it yet.
     */
    SCREENED("甄别不予受理", "已甄别（不予受理）");

    private final String label;
    private final String statusLabel;

    ClosedAs(String label, String statusLabel) {
        this.label = label;
        this.statusLabel = statusLabel;
    }

    public String label() {
        return label;
    }

    /** The closed status as the citizen and the staff read it: how the loop ended, when it matters. */
    public String statusLabel() {
        return statusLabel;
    }
}
