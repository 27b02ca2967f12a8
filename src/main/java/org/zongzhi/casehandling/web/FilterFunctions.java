package org.zongzhi.casehandling.web;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * Functions for Tasklist filter expressions. Camunda's own ({@code now()}, {@code dateTime()})
 * think in the server's time zone; a centre's "today" is the day in China, wherever the server runs.
 * Public: JUEL calls the function by reflection.
 */
@Component
public class FilterFunctions extends AbstractProcessEnginePlugin {

    /** Before init: the expression manager fixes its functions the first time it parses. */
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getExpressionManager() == null) {
            throw new IllegalStateException("No expression manager to register filter functions with");
        }
        try {
            configuration.getExpressionManager().addFunction("endOfTodayInChina",
                    FilterFunctions.class.getMethod("endOfTodayInChina"));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first instant of tomorrow, China time: "due today" means due before it. */
    public static Date endOfTodayInChina() {
        LocalDate today = ClockUtil.now().toInstant().atZone(ChinaTime.ZONE).toLocalDate();
        return Date.from(today.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant());
    }
}
