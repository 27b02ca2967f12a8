package org.zongzhi.casehandling.web;

import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls of an /api request as its logged-in user. Without this the engine would act
 * with no user and skip every authorization check.
 */
@Component
public class EngineIdentity {

    private final IdentityService identity;

    EngineIdentity(IdentityService identity) {
        this.identity = identity;
    }

    public <T> T as(Authentication user, Supplier<T> work) {
        List<String> groups = user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
        identity.setAuthentication(user.getName(), groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    public static List<String> groups(Authentication user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList();
    }
}
