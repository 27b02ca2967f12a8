package org.zongzhi.casehandling.supervision.cockpit;

import java.util.Set;
import org.camunda.bpm.cockpit.plugin.spi.impl.AbstractCockpitPlugin;

/**
 * 逾期督办 on the Cockpit dashboard: every overdue task across process instances. Found by Cockpit
 * through META-INF/services; its front end is plugin-webapp/overdue-supervision/app/plugin.js.
 */
public class OverdueSupervisionPlugin extends AbstractCockpitPlugin {

    static final String ID = "overdue-supervision";

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public Set<Class<?>> getResourceClasses() {
        return Set.of(OverdueSupervisionRootResource.class);
    }
}
