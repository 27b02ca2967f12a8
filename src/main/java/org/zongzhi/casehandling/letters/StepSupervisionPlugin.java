package org.zongzhi.casehandling.letters;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Attaches {@link StepSupervision} once, at deployment, to every user task that names a time-limit
 * step ({@code camunda:property timeLimitStep}), in whatever process an administrator deploys: no
 * supervision listener is written into the BPMN task by task. The listeners run after the task's
 * own (which set its due date).
 */
@Component
class StepSupervisionPlugin extends AbstractProcessEnginePlugin {

    // Resolved when a task fires, not when the engine is built: the supervision needs the engine.
    private final ObjectProvider<StepSupervision> supervision;

    StepSupervisionPlugin(ObjectProvider<StepSupervision> supervision) {
        this.supervision = supervision;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new ParseListener());
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private final class ParseListener extends AbstractBpmnParseListener {
        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            String step = timeLimitStep(userTaskElement);
            if (step == null || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
                return;
            }
            TaskDefinition task = behavior.getTaskDefinition();
            task.addTaskListener(TaskListener.EVENTNAME_CREATE, t -> supervision.getObject().created(t, step));
            task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, t -> supervision.getObject().ended(t));
            task.addTaskListener(TaskListener.EVENTNAME_DELETE, t -> supervision.getObject().ended(t));
        }
    }

    static String timeLimitStep(Element userTask) {
        Element extensions = userTask.element("extensionElements");
        Element properties = extensions == null ? null
                : extensions.elementNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "properties");
        if (properties == null) {
            return null;
        }
        for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
            if ("timeLimitStep".equals(property.attribute("name"))) {
                return property.attribute("value");
            }
        }
        return null;
    }
}
