package org.zongzhi.casehandling.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.zongzhi.casehandling.settings.Settings;

/**
 * The settings a centre's own server starts with (application.yaml without the demo profile) and
 * what the demo profile changes. Behaviour with the policy on is shown in {@link PasswordTest},
 * on the shared test server: a second server in this JVM would take over Camunda's static
 * registry of engines and webapps, so this reads the files as Spring Boot binds them instead.
 */
class WithoutTheDemoTest {

    @Test
    void theCentresOwnServerHasThePolicyOnAndShortIdleSessions() throws Exception {
        Settings.Security settings = bind("application.yaml").security();
        assertThat(settings.password().policyEnabled()).isTrue();
        assertThat(settings.password().maxAge()).isEqualTo(Duration.ofDays(90));
        assertThat(settings.password().iterations()).isGreaterThanOrEqualTo(310_000);
        assertThat(settings.login().maxFailures()).isEqualTo(5);
        assertThat(settings.login().lockDuration()).isEqualTo(Duration.ofMinutes(15));

        Binder server = binder("application.yaml");
        assertThat(server.bind("server.servlet.session.timeout", Duration.class).get()).isEqualTo(Duration.ofMinutes(30));
        assertThat(server.bind("server.servlet.session.cookie.http-only", Boolean.class).get()).isTrue();
        assertThat(server.bind("camunda.bpm.webapp.session-cookie.enable-same-site-cookie", Boolean.class).get()).isTrue();
    }

    @Test
    void onlyTheDemoProfileTurnsThePolicyOff() throws Exception {
        assertThat(bind("application.yaml", "application-demo.yaml").security().password().policyEnabled()).isFalse();
    }

    /** Without the demo, no demo person or unit is named: a real directory would not have them. */
    @Test
    void theCentresOwnServerNamesNoDemoLeaderOrCourt() throws Exception {
        Settings own = bind("application.yaml");
        assertThat(own.supervision().defaultLeader()).isNullOrEmpty();
        assertThat(own.courtUnit()).isNullOrEmpty();
        assertThat(own.demo().enabled()).isFalse();
        assertThat(own.directory().location()).isNull();
        Settings demo = bind("application.yaml", "application-demo.yaml");
        assertThat(demo.supervision().defaultLeader()).isEqualTo("yangguang");
        assertThat(demo.courtUnit()).isEqualTo("FY");
    }

    private static Settings bind(String... files) throws Exception {
        return binder(files).bindOrCreate("zongzhi", Settings.class);
    }

    /** Later files win, as a profile's file wins over application.yaml. */
    private static Binder binder(String... files) throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        for (String file : files) {
            List<PropertySource<?>> loaded = new YamlPropertySourceLoader().load(file, new ClassPathResource(file));
            loaded.forEach(sources::addFirst);
        }
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        ConfigurationPropertySources.attach(environment);
        return Binder.get(environment);
    }
}
