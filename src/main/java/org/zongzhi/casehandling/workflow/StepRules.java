package org.zongzhi.casehandling.workflow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Role;
import org.zongzhi.casehandling.directory.Unit;
import org.zongzhi.casehandling.cases.CoUnits;
import org.zongzhi.casehandling.cases.CaseTerms;

/**
 * What each step of the seven requires beyond the form's plain required fields (the conditional
 * ones: a 退回 needs its reason, a 联办 its co-units …), and how the trail sums up a completion.
 */
@Component
class StepRules {

    static final Map<String, String> OUTCOMES = outcomes();

    private final Directory directory;

    /** What a unit may answer on 办理交办事项: a concluding outcome, or a request for more time. */
    private static Map<String, String> outcomes() {
        Map<String, String> outcomes = new HashMap<>(CaseTerms.CONCLUDING_OUTCOMES);
        outcomes.put("EXTENSION", "申请延期");
        return Map.copyOf(outcomes);
    }

    StepRules(Directory directory) {
        this.directory = directory;
    }

    /** A 包案领导 is a person with the leader role in the directory, not a name in the code. */
    private boolean isLeader(String userId) {
        return userId != null && directory.hasRole(userId, Role.LEADER);
    }

    /**
     * What the form cannot say: codes that must exist in the directory or the catalogue, and rules
     * between fields. Which fields are required, and when, the deployed form says
     * ({@link RequiredFields}); a missing value is left to it, so each problem is named once.
     */
    List<String> check(String taskKey, Function<String, Object> v) {
        List<String> problems = new ArrayList<>();
        switch (taskKey) {
            case "Task_AssessCase", "Task_ConsultationMeeting" -> {
                oneOf(problems, v, "grade", "事项等级", CaseTerms.GRADES);
                oneOf(problems, v, "mode", "分流方式", CaseTerms.MODES);
                String mode = text(v, "mode");
                if (mode != null && !"ON_SPOT".equals(mode)) {
                    knownUnit(problems, text(v, "leadUnit"), "牵头（承办）单位");
                }
                if ("JOINT".equals(mode)) {
                    List<String> coUnits = CoUnits.codes(v.apply("coUnits"));
                    coUnits.forEach(code -> knownUnit(problems, code, "协办单位"));
                    if (coUnits.contains(text(v, "leadUnit"))) {
                        problems.add("协办单位不能与牵头单位相同");
                    }
                }
                String leader = text(v, "leader");
                if ("LEADER".equals(mode) && leader != null && !isLeader(leader)) {
                    problems.add("包案领导（" + leader + " 不是领导）");
                }
            }
            case "Task_LeaderPlan" -> knownUnit(problems, text(v, "leadUnit"), "牵头单位");
            case "Task_Handle" -> {
                oneOf(problems, v, "handlingOutcome", "办理结果", OUTCOMES);
                oneOf(problems, v, "handlingWay", "办理方式", CaseTerms.WAYS);
            }
            case "Task_DecideNextRoute" -> {
                oneOf(problems, v, "nextRoute", "后续途径", CaseTerms.NEXT_ROUTES);
                if ("LEGAL_ROUTE".equals(text(v, "nextRoute")) && text(v, "legalRoute") != null) {
                    oneOf(problems, v, "legalRoute", "法律途径", CaseTerms.LEGAL_ROUTES);
                }
            }
            case "Task_ReturnVisit" -> {
                if ("YES".equals(text(v, "reached")) && text(v, "satisfaction") != null) {
                    oneOf(problems, v, "satisfaction", "满意度", CaseTerms.SATISFACTION);
                }
            }
            default -> { }
        }
        return problems;
    }

    /** A few words for the trail: what was decided. */
    String summary(String taskKey, Function<String, Object> v) {
        return switch (taskKey) {
            case "Task_AssessCase", "Task_ConsultationMeeting" -> "：" + CaseTerms.GRADES.get(text(v, "grade")) + "，"
                    + CaseTerms.MODES.get(text(v, "mode"))
                    + ("ON_SPOT".equals(text(v, "mode")) ? "" : "，" + unitName(text(v, "leadUnit")));
            case "Task_SignFor" -> "RETURN".equals(text(v, "signDecision"))
                    ? "：退回（" + text(v, "returnReason") + "）" : "：已签收";
            case "Task_Handle" -> "：" + CaseTerms.WAYS.getOrDefault(text(v, "handlingWay"), "") + "，"
                    + OUTCOMES.getOrDefault(text(v, "handlingOutcome"), "");
            case "Task_ReturnVisit" -> "YES".equals(text(v, "reached"))
                    ? "：" + CaseTerms.SATISFACTION.get(text(v, "satisfaction"))
                    : "：第" + (unreachedVisits(v) + 1) + "次未联系上群众";
            case "Task_RecordJudicialConfirmation" -> "REJECTED".equals(text(v, "confirmationResult"))
                    ? "：裁定驳回申请" + (text(v, "confirmationNote") == null ? "" : "（" + text(v, "confirmationNote") + "）")
                    : "：裁定确认有效";
            case "Task_DecideNextRoute" -> "REASSESS".equals(text(v, "nextRoute"))
                    ? "：重新研判" + (text(v, "nextRouteNote") == null ? "" : "（" + text(v, "nextRouteNote") + "）")
                    : "：引导" + CaseTerms.label(CaseTerms.LEGAL_ROUTES, text(v, "legalRoute")) + "，"
                            + text(v, "guidedOn") + " 引导至" + text(v, "guidedTo");
            case "Task_MediateOnSpot" -> "NO".equals(text(v, "onSpotResolved"))
                    ? "：未当场化解，退回研判（" + text(v, "onSpotNotResolvedReason") + "）" : "：已当场化解";
            case "Task_ReviewExtension" -> "YES".equals(text(v, "extensionApproved")) ? "：同意延期" : "：不同意延期";
            default -> "";
        };
    }

    /** How many return visits of this round did not reach the citizen. */
    static int unreachedVisits(Function<String, Object> v) {
        return v.apply("unreachedVisits") instanceof Number n ? n.intValue() : 0;
    }

    /**
     * 联办: each co-unit's contribution is gathered for the lead unit's handling form. 回访 not
     * reached: counted, so the process tries again on another day and gives up after the third.
     */
    void afterCompletion(DelegateTask task) {
        if ("Task_ReturnVisit".equals(task.getTaskDefinitionKey()) && "NO".equals(task.getVariable("reached"))) {
            task.getExecution().getProcessInstance().setVariable("unreachedVisits",
                    unreachedVisits(task::getVariable) + 1);
        }
        if ("Task_CoHandle".equals(task.getTaskDefinitionKey())) {
            String soFar = (String) task.getVariable("coContributions");
            String line = unitName((String) task.getVariable("coUnit")) + "：" + task.getVariable("contribution");
            task.getExecution().getProcessInstance().setVariable("coContributions",
                    soFar == null ? line : soFar + "\n" + line);
        }
    }

    String unitName(String code) {
        return code == null ? "" : directory.unit(code).map(Unit::name).orElse(code);
    }

    private void knownUnit(List<String> problems, String code, String label) {
        if (code != null && directory.unit(code).isEmpty()) {
            problems.add(label + "（未知单位 " + code + "）");
        }
    }

    private static void oneOf(List<String> problems, Function<String, Object> v, String key, String label,
                              Map<String, String> allowed) {
        String value = text(v, key);
        if (value == null) {
            problems.add(label);
        } else if (!allowed.containsKey(value)) {
            problems.add(label + "（无效的值 " + value + "）");
        }
    }

    static String text(Function<String, Object> v, String key) {
        Object value = v.apply(key);
        return value == null || value.toString().isBlank() ? null : value.toString();
    }
}
