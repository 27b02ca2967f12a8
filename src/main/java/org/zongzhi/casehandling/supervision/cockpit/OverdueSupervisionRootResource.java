package org.zongzhi.casehandling.supervision.cockpit;

import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.camunda.bpm.cockpit.plugin.resource.AbstractCockpitPluginRootResource;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The plugin's root under /camunda/api/cockpit/plugin/overdue-supervision: serves plugin.js and
 * plugin.css (inherited) and the data. Without a root resource Cockpit cannot load plugin.js and
 * hangs as a whole. Jersey, not Spring, creates it; the Spring beans come from the servlet context.
 */
@Path("plugin/" + OverdueSupervisionPlugin.ID)
public class OverdueSupervisionRootResource extends AbstractCockpitPluginRootResource {

    public OverdueSupervisionRootResource() {
        super(OverdueSupervisionPlugin.ID);
    }

    @Path("{engineName}/overdue-tasks")
    public OverdueTasksResource overdueTasks(@PathParam("engineName") String engineName) {
        OverdueTaskList list = WebApplicationContextUtils.getRequiredWebApplicationContext(servletContext)
                .getBean(OverdueTaskList.class);
        return subResource(new OverdueTasksResource(engineName, list), engineName);
    }
}
