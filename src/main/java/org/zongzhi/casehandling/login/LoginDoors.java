package org.zongzhi.casehandling.login;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** The doors that check a password, each behind {@link LoginDoorFilter}. */
@Configuration(proxyBeanMethods = false)
class LoginDoors {

    @Bean
    FilterRegistrationBean<LoginDoorFilter> loginDoorFilter() {
        FilterRegistrationBean<LoginDoorFilter> registration = new FilterRegistrationBean<>(new LoginDoorFilter());
        registration.setName("login-door");
        registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
        // Before Spring Security (-100) and the engine REST login (1), after the forwarded-header filter.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
