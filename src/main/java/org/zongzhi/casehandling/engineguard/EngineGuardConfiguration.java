package org.zongzhi.casehandling.engineguard;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Puts the gate on both doors to the engine's API. Order 2: after the basic-auth filter of
 * /engine-rest (order 1), so that the engine user of the request is known.
 */
@Configuration(proxyBeanMethods = false)
class EngineGuardConfiguration {

    @Bean
    FilterRegistrationBean<EngineApiGate> engineApiGate(ObjectProvider<ProcessEngine> engine,
                                                        ObjectProvider<WindowRegistration> window,
                                                        ObjectProvider<StartFormOptions> startFormOptions) {
        FilterRegistrationBean<EngineApiGate> registration = new FilterRegistrationBean<>(
                new EngineApiGate(engine, window, startFormOptions));
        registration.setName("engine-api-gate");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*");
        registration.setOrder(2);
        return registration;
    }
}
