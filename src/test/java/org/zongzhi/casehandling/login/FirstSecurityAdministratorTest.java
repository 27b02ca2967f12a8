package org.zongzhi.casehandling.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zongzhi.casehandling.CaseHandlingTest;

/**
 * A centre without the demo profile: the directory's security administrator has no password until
 * the deployment gives one, once; the setting cannot reset a password later.
 */
@CaseHandlingTest
class FirstSecurityAdministratorTest {

    @Autowired
    IdentityService identity;

    final String person = "firstsec-" + UUID.randomUUID().toString().substring(0, 8);

    @AfterEach
    void removeThePerson() {
        identity.deleteUser(person);
    }

    @Test
    void theDirectorysSecurityAdministratorGetsThePasswordOnceAndNeverAgain() {
        identity.saveUser(identity.newUser(person));
        identity.createMembership(person, "security-admin");

        new FirstSecurityAdministrator(identity, person, "Erst-Passw0rt!").run(null);
        assertThat(identity.checkPassword(person, "Erst-Passw0rt!")).isTrue();

        new FirstSecurityAdministrator(identity, person, "Zweit-Passw0rt!").run(null);
        assertThat(identity.checkPassword(person, "Zweit-Passw0rt!")).isFalse();
        assertThat(identity.checkPassword(person, "Erst-Passw0rt!")).isTrue();
    }

    @Test
    void onlyASecurityAdministratorOfTheDirectoryCanBeNamed() {
        identity.saveUser(identity.newUser(person));
        identity.createMembership(person, "camunda-admin");

        assertThatThrownBy(() -> new FirstSecurityAdministrator(identity, person, "Erst-Passw0rt!").run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not a 安全管理员");
        assertThatThrownBy(() -> new FirstSecurityAdministrator(identity, "nobody-" + person, "Erst-Passw0rt!").run(null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not in the directory");
        assertThat(identity.checkPassword(person, "Erst-Passw0rt!")).isFalse();
    }
}
