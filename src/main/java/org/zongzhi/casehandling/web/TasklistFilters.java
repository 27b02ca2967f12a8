package org.zongzhi.casehandling.web;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.zongzhi.casehandling.process.ProcessVariables.CASE_CARD;
import static org.zongzhi.casehandling.process.ProcessVariables.CASE_NO;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.process.TaskKeys;

/**
 * The Tasklist filters every user gets, created once (looked up by name on each start). The
 * expressions are evaluated per user when the list is shown, so one filter serves everyone and
 * engine authorization still limits each user to their own and their unit's tasks.
 */
@Component
@Order(20)
class TasklistFilters implements ApplicationRunner {

    static final String MY_WORK = "我的待办";
    static final String UNIT_TO_SIGN = "本单位待签收";
    static final String DUE_TODAY = "今日到期";
    static final String OVERDUE = "已逾期";

    /** Shown on every card: the case number and what the case is (matter type, township, grade). */
    static final List<Map<String, String>> CARD = List.of(
            Map.of("name", CASE_NO, "label", "案件编号"),
            Map.of("name", CASE_CARD, "label", "事项"));

    private final FilterService filters;
    private final TaskService tasks;
    private final AuthorizationService authorizations;

    TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
        this.filters = filters;
        this.tasks = tasks;
        this.authorizations = authorizations;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        TaskQuery myWork = tasks.createTaskQuery()
                .or()
                .taskAssigneeExpression("${currentUser()}")
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .endOr()
                .orderByDueDate().asc();
        ensure(MY_WORK, myWork, Map.of("priority", -10, "color", "#2c6fbb", "refresh", true, "variables", CARD,
                "description", "分配给我的任务，以及我所在岗位、单位可认领的任务（按到期时间排序）"), null);

        TaskQuery toSign = tasks.createTaskQuery()
                .taskDefinitionKey(TaskKeys.SIGN_FOR)
                .taskCandidateGroupInExpression("${currentUserGroups()}")
                .includeAssignedTasks()
                .orderByDueDate().asc();
        ensure(UNIT_TO_SIGN, toSign, Map.of("priority", -5, "color", "#8e44ad", "refresh", true, "variables", CARD,
                "description", "交办给本单位、尚未签收的交办单"), Role.LIAISON.groupId());

        // No candidate restriction: engine authorization already limits each user to the tasks they
        // may read (a unit its own, supervisors and leaders all), so supervisors see every one.
        TaskQuery dueToday = tasks.createTaskQuery()
                .dueBeforeExpression("${endOfTodayInChina()}")
                .dueAfterExpression("${now()}")
                .orderByDueDate().asc();
        ensure(DUE_TODAY, dueToday, Map.of("priority", 0, "color", "#e67e22", "refresh", true, "variables", CARD,
                "description", "今天（北京时间）到期、尚未逾期的任务"), null);

        TaskQuery overdue = tasks.createTaskQuery()
                .dueBeforeExpression("${now()}")
                .orderByDueDate().asc();
        ensure(OVERDUE, overdue, Map.of("priority", 5, "color", "#c0392b", "refresh", true, "variables", CARD,
                "description", "已超过办理时限的任务（按逾期时间排序）"), null);
    }

    /** Creates the filter once; readable by one group, or by everyone when group is null. */
    private void ensure(String name, TaskQuery query, Map<String, Object> properties, String group) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
            filters.saveFilter(filter);
        } else if (!properties.equals(filter.getProperties())) {
            // A new release may show more on the cards: the filter's query stays as it was.
            filters.saveFilter(filter.setProperties(properties));
        }
        int type = group == null ? AUTH_TYPE_GLOBAL : AUTH_TYPE_GRANT;
        var existing = authorizations.createAuthorizationQuery().authorizationType(type)
                .resourceType(Resources.FILTER).resourceId(filter.getId());
        if (group != null) {
            existing.groupIdIn(group);
        }
        if (existing.count() == 0) {
            Authorization read = authorizations.createNewAuthorization(type);
            if (group == null) {
                read.setUserId(Authorization.ANY);
            } else {
                read.setGroupId(group);
            }
            read.setResource(Resources.FILTER);
            read.setResourceId(filter.getId());
            read.addPermission(Permissions.READ);
            authorizations.saveAuthorization(read);
        }
    }
}
