package org.zongzhi.casehandling.intake;

import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_ID_NUMBER;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_NAME;
import static org.zongzhi.casehandling.process.ProcessVariables.REPORTER_PHONE;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The window's start form submits the reporter's name, phone and ID number as process variables;
 * {@link CaseRegistrar} moves them into the ledger at once. This keeps them out of Camunda's
 * history as well (ACT_HI_VARINST, ACT_HI_DETAIL), which would otherwise hold them for the
 * history time to live: personal data lives in our tables only.
 */
@Component
class PersonalDataHistoryFilter extends AbstractProcessEnginePlugin {

    static final Set<String> PERSONAL = Set.of(REPORTER_NAME, REPORTER_PHONE, REPORTER_ID_NUMBER);

    /** After init: wraps the handler the engine built, custom handlers included. */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new Filter(configuration.getHistoryEventHandler()));
    }

    static boolean personal(HistoryEvent event) {
        return event instanceof HistoricVariableUpdateEventEntity update && PERSONAL.contains(update.getVariableName())
                || event instanceof HistoricFormPropertyEventEntity field && PERSONAL.contains(field.getPropertyId());
    }

    private record Filter(HistoryEventHandler next) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!personal(event)) {
                next.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            next.handleEvents(events.stream().filter(e -> !personal(e)).toList());
        }
    }
}
