package org.zongzhi.casehandling.workflow;

import static org.zongzhi.casehandling.process.ProcessVariables.CONFIRMATION_NOTE;
import static org.zongzhi.casehandling.process.ProcessVariables.CONFIRMATION_RESULT;
import static org.zongzhi.casehandling.process.ProcessVariables.CONTRIBUTION;
import static org.zongzhi.casehandling.process.ProcessVariables.CO_CONTRIBUTIONS;
import static org.zongzhi.casehandling.process.ProcessVariables.CO_UNIT;
import static org.zongzhi.casehandling.process.ProcessVariables.CO_UNITS;
import static org.zongzhi.casehandling.process.ProcessVariables.EXTENSION_APPROVED;
import static org.zongzhi.casehandling.process.ProcessVariables.GRADE;
import static org.zongzhi.casehandling.process.ProcessVariables.GUIDED_ON;
import static org.zongzhi.casehandling.process.ProcessVariables.GUIDED_TO;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_OUTCOME;
import static org.zongzhi.casehandling.process.ProcessVariables.HANDLING_WAY;
import static org.zongzhi.casehandling.process.ProcessVariables.LEAD_UNIT;
import static org.zongzhi.casehandling.process.ProcessVariables.MODE;
import static org.zongzhi.casehandling.process.ProcessVariables.NEXT_ROUTE;
import static org.zongzhi.casehandling.process.ProcessVariables.NEXT_ROUTE_NOTE;
import static org.zongzhi.casehandling.process.ProcessVariables.ON_SPOT_NOT_RESOLVED_REASON;
import static org.zongzhi.casehandling.process.ProcessVariables.ON_SPOT_RESOLVED;
import static org.zongzhi.casehandling.process.ProcessVariables.REACHED;
import static org.zongzhi.casehandling.process.ProcessVariables.RETURN_REASON;
import static org.zongzhi.casehandling.process.ProcessVariables.SIGN_DECISION;
import static org.zongzhi.casehandling.process.ProcessVariables.UNREACHED_VISITS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseTerms;
import org.zongzhi.casehandling.cases.CoUnits;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.process.ProcessVariables;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.process.TaskKeys;

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
            case TaskKeys.ASSESS_CASE, TaskKeys.CONSULTATION_MEETING -> {
                oneOf(problems, v, GRADE, "事项等级", CaseTerms.GRADES);
                oneOf(problems, v, MODE, "分流方式", CaseTerms.MODES);
                String mode = text(v, MODE);
                if (mode != null && !"ON_SPOT".equals(mode)) {
                    knownUnit(problems, text(v, LEAD_UNIT), "牵头（承办）单位");
                }
                if ("JOINT".equals(mode)) {
                    List<String> coUnits = CoUnits.codes(v.apply(CO_UNITS));
                    coUnits.forEach(code -> knownUnit(problems, code, "协办单位"));
                    if (coUnits.contains(text(v, LEAD_UNIT))) {
                        problems.add("协办单位不能与牵头单位相同");
                    }
                }
                String leader = text(v, ProcessVariables.LEADER);
                if ("LEADER".equals(mode) && leader != null && !isLeader(leader)) {
                    problems.add("包案领导（" + leader + " 不是领导）");
                }
            }
            case TaskKeys.LEADER_PLAN -> knownUnit(problems, text(v, LEAD_UNIT), "牵头单位");
            case TaskKeys.HANDLE -> {
                oneOf(problems, v, HANDLING_OUTCOME, "办理结果", OUTCOMES);
                oneOf(problems, v, HANDLING_WAY, "办理方式", CaseTerms.WAYS);
            }
            case TaskKeys.DECIDE_NEXT_ROUTE -> {
                oneOf(problems, v, NEXT_ROUTE, "后续途径", CaseTerms.NEXT_ROUTES);
                if ("LEGAL_ROUTE".equals(text(v, NEXT_ROUTE)) && text(v, ProcessVariables.LEGAL_ROUTE) != null) {
                    oneOf(problems, v, ProcessVariables.LEGAL_ROUTE, "法律途径", CaseTerms.LEGAL_ROUTES);
                }
            }
            case TaskKeys.RETURN_VISIT -> {
                if ("YES".equals(text(v, REACHED)) && text(v, ProcessVariables.SATISFACTION) != null) {
                    oneOf(problems, v, ProcessVariables.SATISFACTION, "满意度", CaseTerms.SATISFACTION);
                }
            }
            default -> { }
        }
        return problems;
    }

    /** A few words for the trail: what was decided. */
    String summary(String taskKey, Function<String, Object> v) {
        return switch (taskKey) {
            case TaskKeys.ASSESS_CASE, TaskKeys.CONSULTATION_MEETING -> "：" + CaseTerms.GRADES.get(text(v, GRADE)) + "，"
                    + CaseTerms.MODES.get(text(v, MODE))
                    + ("ON_SPOT".equals(text(v, MODE)) ? "" : "，" + unitName(text(v, LEAD_UNIT)));
            case TaskKeys.SIGN_FOR -> "RETURN".equals(text(v, SIGN_DECISION))
                    ? "：退回（" + text(v, RETURN_REASON) + "）" : "：已签收";
            case TaskKeys.HANDLE -> "：" + CaseTerms.WAYS.getOrDefault(text(v, HANDLING_WAY), "") + "，"
                    + OUTCOMES.getOrDefault(text(v, HANDLING_OUTCOME), "");
            case TaskKeys.RETURN_VISIT -> "YES".equals(text(v, REACHED))
                    ? "：" + CaseTerms.SATISFACTION.get(text(v, ProcessVariables.SATISFACTION))
                    : "：第" + (unreachedVisits(v) + 1) + "次未联系上群众";
            case TaskKeys.RECORD_JUDICIAL_CONFIRMATION -> "REJECTED".equals(text(v, CONFIRMATION_RESULT))
                    ? "：裁定驳回申请" + (text(v, CONFIRMATION_NOTE) == null ? "" : "（" + text(v, CONFIRMATION_NOTE) + "）")
                    : "：裁定确认有效";
            case TaskKeys.DECIDE_NEXT_ROUTE -> "REASSESS".equals(text(v, NEXT_ROUTE))
                    ? "：重新研判" + (text(v, NEXT_ROUTE_NOTE) == null ? "" : "（" + text(v, NEXT_ROUTE_NOTE) + "）")
                    : "：引导" + CaseTerms.label(CaseTerms.LEGAL_ROUTES, text(v, ProcessVariables.LEGAL_ROUTE)) + "，"
                            + text(v, GUIDED_ON) + " 引导至" + text(v, GUIDED_TO);
            case TaskKeys.MEDIATE_ON_SPOT -> "NO".equals(text(v, ON_SPOT_RESOLVED))
                    ? "：未当场化解，退回研判（" + text(v, ON_SPOT_NOT_RESOLVED_REASON) + "）" : "：已当场化解";
            case TaskKeys.REVIEW_EXTENSION -> "YES".equals(text(v, EXTENSION_APPROVED)) ? "：同意延期" : "：不同意延期";
            default -> "";
        };
    }

    /** How many return visits of this round did not reach the citizen. */
    static int unreachedVisits(Function<String, Object> v) {
        return v.apply(UNREACHED_VISITS) instanceof Number n ? n.intValue() : 0;
    }

    /**
     * 联办: each co-unit's contribution is gathered for the lead unit's handling form. 回访 not
     * reached: counted, so the process tries again on another day and gives up after the third.
     */
    void afterCompletion(DelegateTask task) {
        if (TaskKeys.RETURN_VISIT.equals(task.getTaskDefinitionKey()) && "NO".equals(task.getVariable(REACHED))) {
            task.getExecution().getProcessInstance().setVariable(UNREACHED_VISITS,
                    unreachedVisits(task::getVariable) + 1);
        }
        if (TaskKeys.CO_HANDLE.equals(task.getTaskDefinitionKey())) {
            String soFar = (String) task.getVariable(CO_CONTRIBUTIONS);
            String line = unitName((String) task.getVariable(CO_UNIT)) + "：" + task.getVariable(CONTRIBUTION);
            task.getExecution().getProcessInstance().setVariable(CO_CONTRIBUTIONS,
                    soFar == null ? line : soFar + "\n" + line);
        }
    }

    String unitName(String code) {
        return directory.unitName(code);
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
