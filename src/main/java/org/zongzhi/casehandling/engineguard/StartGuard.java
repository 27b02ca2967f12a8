package org.zongzhi.casehandling.engineguard;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceAtActivitiesCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.process.ProcessKeys;

/**
 * The engine's own half of the trust boundary, whatever surface a request came through:
 * <ul>
 *   <li>a guarded process starts only from our code: caseHandling and riskWarning under
 *       {@link SanctionedStarts}, unitHandling only as caseHandling's call activity. The check is a
 *       built-in listener, which {@code skipCustomListeners} does not skip;</li>
 *   <li>no user starts a process at chosen activities (start instructions);</li>
 *   <li>a candidate of a task may claim and complete it (TASK_WORK), not set its variables or
 *       hand it to someone else.</li>
 * </ul>
 */
@Component
class StartGuard extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
        listeners.add(new ParseListener());
        configuration.setCustomPreBPMNParseListeners(listeners);
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new NoStartInstructions(configuration));
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
        configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
    }

    private static final class ParseListener extends AbstractBpmnParseListener {
        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            if (ProcessKeys.CASE_PROCESSES.contains(processDefinition.getKey())) {
                processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                        (ExecutionListener) StartGuard::checkStart);
            }
        }
    }

    static void checkStart(DelegateExecution execution) {
        if (!execution.getId().equals(execution.getProcessInstanceId())) {
            return;
        }
        String key = execution.getProcessDefinitionId().split(":", 2)[0];
        boolean allowed = ProcessKeys.UNIT_HANDLING.equals(key)
                ? execution.getSuperExecution() != null && execution.getSuperExecution().getProcessDefinitionId()
                        .startsWith(ProcessKeys.CASE_HANDLING + ":")
                : SanctionedStarts.isSanctioned(execution.getProcessBusinessKey());
        if (!allowed) {
            throw new AuthorizationException(ProcessKeys.UNIT_HANDLING.equals(key)
                    ? "交办单位办理流程只能由案件办理流程发起，不能直接启动"
                    : ProcessKeys.CASE_HANDLING.equals(key)
                    ? "案件只能通过登记表单或受理接口（POST /api/cases）登记，不能直接启动流程"
                    : ProcessKeys.SUPERVISION_LADDER.equals(key)
                    ? "环节督办流程只能由系统在环节任务创建时发起，不能直接启动"
                    : "风险预警只能由系统触发，不能直接启动流程");
        }
    }

    /** Start instructions (start before any activity) would skip registration, checks and steps. */
    private static final class NoStartInstructions extends CommandInterceptor {

        private final ProcessEngineConfigurationImpl configuration;

        NoStartInstructions(ProcessEngineConfigurationImpl configuration) {
            this.configuration = configuration;
        }

        @Override
        public <T> T execute(Command<T> command) {
            if (command instanceof StartProcessInstanceAtActivitiesCmd
                    && configuration.getIdentityService().getCurrentAuthentication() != null) {
                throw new AuthorizationException("不能从指定环节启动流程（startInstructions），请从头启动");
            }
            return next.execute(command);
        }
    }
}
