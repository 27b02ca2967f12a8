package org.zongzhi.casehandling.supervision.cockpit;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginResource;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * GET …/plugin/overdue-supervision/{engine}/overdue-tasks: the overdue tasks the logged-in user
 * may read. The webapp's security filter has set that user on the engine for this request.
 */
public class OverdueTasksResource extends AbstractCockpitPluginResource {

    private final OverdueTaskList list;

    OverdueTasksResource(String engineName, OverdueTaskList list) {
        super(engineName);
        this.list = list;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public OverdueTaskList.Overdue overdueTasks() {
        // With no user on the engine it would skip authorization and show every task: refuse.
        if (getCurrentAuthentication() == null) {
            throw new RestException(Status.UNAUTHORIZED, "逾期督办需要先登录");
        }
        return list.readableIn(getProcessEngine());
    }
}
