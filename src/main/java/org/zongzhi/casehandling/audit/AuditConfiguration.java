package org.zongzhi.casehandling.audit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the trail's recorders on the engine's API, Admin's setup and our administrators' endpoints. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling // the nightly purge (AuditRetention)
class AuditConfiguration implements WebMvcConfigurer {

    /** Looked up per request: servlet filters are built before Flyway has made the trail's tables. */
    private final ObjectProvider<AuditTrail> trail;

    AuditConfiguration(ObjectProvider<AuditTrail> trail) {
        this.trail = trail;
    }

    /** Order 0: around the engine REST login (1) and the engine API gate (2), so their refusals are seen. */
    @Bean
    FilterRegistrationBean<EngineChangeAudit> engineChangeAudit() {
        FilterRegistrationBean<EngineChangeAudit> registration = new FilterRegistrationBean<>(new EngineChangeAudit(trail));
        registration.setName("engine-change-audit");
        registration.addUrlPatterns("/engine-rest/*", "/camunda/api/engine/*", "/camunda/api/admin/*");
        registration.setOrder(0);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AdminChangeAudit(trail))
                .addPathPatterns("/api/calendar/**", "/api/letter-templates/**", "/api/risk-rules/**");
    }
}
