package org.zongzhi.casehandling.cases;

/** The doors a matter comes in by (一个口子进); each has its own external reference numbers. */
public enum Channel {
    WALK_IN("来访"),
    PHONE("电话"),
    HOTLINE_12345("12345热线"),
    POLICE_110("110非警务警情"),
    GRID("网格员上报"),
    COURT_REFERRAL("法院委派诉前调解"),
    PETITION("信访"),
    DEPARTMENT("部门推送");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
