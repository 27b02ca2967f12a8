package org.zongzhi.casehandling.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.process.ProcessKeys;

/**
 * Attaches {@link CaseTaskListener} to every user task of the case processes when the BPMN is
 * parsed, so a task drawn in Modeler keeps the ledger in step without anyone remembering to copy
 * the listener into its XML. Built-in listeners: they run before the model's own, and also when an
 * administrator modifies an instance with {@code skipCustomListeners}.
 */
@Component
class CaseTaskListenerPlugin extends AbstractProcessEnginePlugin {

    // Resolved when a task fires, not when the engine is built: the listener needs the engine.
    private final ObjectProvider<CaseTaskListener> listener;

    CaseTaskListenerPlugin(ObjectProvider<CaseTaskListener> listener) {
        this.listener = listener;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new ParseListener());
        configuration.setCustomPreBPMNParseListeners(listeners);
    }

    private final class ParseListener extends AbstractBpmnParseListener {
        @Override
        public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
            if (!(activity.getProcessDefinition() instanceof ProcessDefinitionEntity process)
                    || !ProcessKeys.CASE_PROCESSES.contains(process.getKey())
                    || !(activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior)) {
                return;
            }
            TaskDefinition task = behavior.getTaskDefinition();
            TaskListener ledger = t -> listener.getObject().notify(t);
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, ledger);
            task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, ledger);
        }
    }
}
