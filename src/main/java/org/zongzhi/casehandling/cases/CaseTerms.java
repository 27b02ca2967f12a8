package org.zongzhi.casehandling.cases;

import java.util.Map;

/**
 * The Chinese words for the codes the process decides on (grade, mode, way of handling, outcome,
 * satisfaction), as the forms, the trail, the lists and the citizens' page show them.
 */
public final class CaseTerms {

    public static final Map<String, String> GRADES = Map.of("GENERAL", "一般", "MAJOR", "较大", "SIGNIFICANT", "重大");
    public static final Map<String, String> MODES = Map.of("ON_SPOT", "当场调解", "TRANSFER", "转办", "JOINT", "联办",
            "LEADER", "领导包案");
    public static final Map<String, String> WAYS = Map.of("PEOPLE_MEDIATION", "人民调解", "ADMIN_MEDIATION", "行政调解",
            "JUDICIAL_MEDIATION", "司法调解", "PROFESSIONAL_MEDIATION", "行业专业调解", "SELF", "自行处理");
    /** Outcomes that conclude the handling (a request for extension is not one). */
    public static final Map<String, String> CONCLUDING_OUTCOMES = Map.of("AGREEMENT", "调解成功",
            "JUDICIAL_CONFIRMATION", "调解成功并申请司法确认", "LITIGATION", "引导诉讼", "ARBITRATION", "引导仲裁",
            "ADMIN_REVIEW", "引导行政复议", "NOT_RESOLVED", "未化解");
    /** After 未化解 or a rejected 司法确认: decide afresh, or guide the citizen onto the legal route. */
    public static final Map<String, String> NEXT_ROUTES = Map.of("REASSESS", "重新研判", "LEGAL_ROUTE", "引导法律途径");
    public static final Map<String, String> LEGAL_ROUTES = Map.of("LITIGATION", "诉讼", "ARBITRATION", "仲裁",
            "ADMIN_REVIEW", "行政复议");
    public static final Map<String, String> SATISFACTION = Map.of("SATISFIED", "满意", "BASICALLY_SATISFIED", "基本满意",
            "DISSATISFIED", "不满意");

    private CaseTerms() {
    }

    /** The word for a code, or the code itself when it has none. */
    public static String label(Map<String, String> terms, String code) {
        return code == null ? null : terms.getOrDefault(code, code);
    }
}
