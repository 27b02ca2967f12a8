package org.zongzhi.casehandling.workflow;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * The engine wraps whatever a task listener throws into a plain ProcessEngineException, which
 * the REST API and Tasklist report as a 500. A refusal of the user's input ({@link
 * StepRefusedException} from a step's checks) is unwrapped again, outside the transaction
 * (already rolled back), so the caller gets a 400 with the Chinese message and nothing is saved.
 */
@Component
class UserErrorPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(0, new Unwrapper());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    static final class Unwrapper extends CommandInterceptor {
        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (StepRefusedException e) {
                throw e;
            } catch (ProcessEngineException e) {
                for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                    if (cause instanceof StepRefusedException refusal) {
                        throw refusal;
                    }
                }
                throw e;
            }
        }
    }
}
