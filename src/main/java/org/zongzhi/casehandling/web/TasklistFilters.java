package org.zongzhi.casehandling.web;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

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

/**
 * The Tasklist filters every user gets, created once (looked up by name on each start). The
 * expressions are evaluated per user when the list is shown, so one filter serves everyone and
 * engine authorization still limits each user to their own and their unit's tasks.
 */
@Component
@Order(20)
class TasklistFilters implements ApplicationRunner {

    static final String MY_WORK = "我的待办";

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
        ensure(MY_WORK, myWork, Map.of("priority", -10, "color", "#c0392b", "refresh", true,
                "description", "分配给我的任务，以及我所在岗位、单位可认领的任务（按到期时间排序）"));
    }

    private void ensure(String name, TaskQuery query, Map<String, Object> properties) {
        Filter filter = filters.createFilterQuery().filterName(name).singleResult();
        if (filter == null) {
            filter = filters.newTaskFilter(name).setQuery(query).setProperties(properties);
            filters.saveFilter(filter);
        }
        boolean granted = authorizations.createAuthorizationQuery().authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(Resources.FILTER).resourceId(filter.getId()).count() > 0;
        if (!granted) {
            Authorization everyone = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
            everyone.setUserId(Authorization.ANY);
            everyone.setResource(Resources.FILTER);
            everyone.setResourceId(filter.getId());
            everyone.addPermission(Permissions.READ);
            authorizations.saveAuthorization(everyone);
        }
    }
}
