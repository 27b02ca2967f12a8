package org.zongzhi.casehandling.cases;

/** The kinds of line in a case's trail (case_events.kind), with the words a person reads. */
public enum TrailEvent {
    REGISTERED("登记"),
    ASSESSED("研判定级"),
    DISPATCHED("交办"),
    ORDER_PULLED("单位系统领取"),
    TASK_CREATED("待办"),
    TASK_COMPLETED("完成"),
    UNIT_CHANGED("变更责任单位"),
    EXTENDED("延期"),
    DEADLINE_RECOUNTED("重算期限"),
    LETTER_ISSUED("发函"),
    LETTER_DELIVERED("函件送达"),
    LETTER_ACKNOWLEDGED("函件签收"),
    ESCALATED("提级督办"),
    RISK_WARNING("风险预警"),
    CLOSED("办结"),
    REOPENED("重新研判"),
    MERGED("并案"),
    MERGED_IN("并入"),
    DOCUMENT_ADDED("添加材料");

    private final String label;

    TrailEvent(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether a trail line read back from the ledger is of this kind. */
    public boolean is(CaseEvent event) {
        return name().equals(event.kind());
    }
}
