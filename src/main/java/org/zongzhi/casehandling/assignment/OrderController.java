package org.zongzhi.casehandling.assignment;

import static org.zongzhi.casehandling.process.ProcessVariables.RETURN_REASON;
import static org.zongzhi.casehandling.process.ProcessVariables.SIGN_DECISION;

import java.util.Map;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.process.TaskKeys;
import org.zongzhi.casehandling.process.UnitGroups;
import org.zongzhi.casehandling.web.EngineIdentity;
import org.zongzhi.casehandling.web.NotFoundException;

/**
 * A unit's own system signs for (签收) or returns (退回) a 交办单 by case number, as its liaison
 * would in Tasklist: the same task is completed, with the same checks and trail, under the
 * caller's login, so a unit can only act on its own orders.
 */
@RestController
@RequestMapping("/api/cases/{caseNo}/orders/{unitCode}")
@Tag(name = "分流交办")
class OrderController {

    private final TaskService tasks;
    private final EngineIdentity engineIdentity;

    OrderController(TaskService tasks, EngineIdentity engineIdentity) {
        this.tasks = tasks;
        this.engineIdentity = engineIdentity;
    }

    record Return(String reason) {
    }

    record Outcome(String caseNo, String unitCode, String decision) {
    }

    @PostMapping("/sign")
    @Operation(summary = "签收交办单", description = "只能签收本单位（unit-单位代码 组）的交办单")
    Outcome sign(@PathVariable String caseNo, @PathVariable String unitCode, Authentication user) {
        return decide(caseNo, unitCode, user, Map.of(SIGN_DECISION, "SIGN"));
    }

    @PostMapping("/return")
    @Operation(summary = "退回交办单", description = "不属于本单位职责的事项退回综治中心重新研判，reason 写明退回理由")
    Outcome giveBack(@PathVariable String caseNo, @PathVariable String unitCode,
                     @RequestBody(required = false) Return body, Authentication user) {
        String reason = body == null || body.reason() == null ? "" : body.reason();
        return decide(caseNo, unitCode, user, Map.of(SIGN_DECISION, "RETURN", RETURN_REASON, reason));
    }

    private Outcome decide(String caseNo, String unitCode, Authentication user, Map<String, Object> decision) {
        String unitGroup = UnitGroups.of(unitCode);
        if (!EngineIdentity.groups(user).contains(unitGroup)) {
            throw new NotFoundException("案件 " + caseNo + " 没有待 " + unitCode + " 签收的交办单");
        }
        return engineIdentity.as(user, () -> {
            Task order = tasks.createTaskQuery()
                    .processInstanceBusinessKey(caseNo)
                    .taskDefinitionKey(TaskKeys.SIGN_FOR)
                    .taskCandidateGroup(unitGroup)
                    .includeAssignedTasks()
                    .singleResult();
            if (order == null) {
                throw new NotFoundException("案件 " + caseNo + " 没有待 " + unitCode + " 签收的交办单");
            }
            tasks.complete(order.getId(), decision);
            return new Outcome(caseNo, unitCode, (String) decision.get(SIGN_DECISION));
        });
    }
}
