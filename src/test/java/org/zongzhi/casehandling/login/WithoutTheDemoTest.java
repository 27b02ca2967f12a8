package org.zongzhi.casehandling.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.web.ServerProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A centre's own server, without the demo profile: the password policy holds from the first
 * user on, and webapp sessions are short-lived, HttpOnly, SameSite cookies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WithoutTheDemoTest {

    @Autowired
    IdentityService identity;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    ServerProperties server;

    @Test
    @Order(1) // the Admin setup page creates a first administrator only while there is none
    void thePasswordPolicyHoldsForTheFirstAdministratorAndEveryoneAfter() {
        for (String weak : PasswordTest.weak("erster")) {
            User first = identity.newUser("erster");
            first.setPassword(weak);
            assertThatThrownBy(() -> identity.saveUser(first)).isInstanceOf(BadUserRequestException.class)
                    .hasMessageContaining("密码不符合密码策略");
        }
        // The Admin page's first-administrator form, as Camunda shows it on a fresh server.
        ResponseEntity<String> setup = firstAdministrator("erster2026");
        assertThat(setup.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(setup.getBody()).contains("密码不符合密码策略");
        assertThat(identity.createUserQuery().count()).isZero();
        assertThat(firstAdministrator("Zentrum-Admin-2026").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(identity.checkPassword("erster", "Zentrum-Admin-2026")).isTrue();
    }

    private ResponseEntity<String> firstAdministrator(String password) {
        Xsrf xsrf = xsrf();
        HttpHeaders headers = xsrf.headers();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return rest.exchange("/camunda/api/admin/setup/default/user/create", HttpMethod.POST,
                new HttpEntity<>("{\"profile\": {\"id\": \"erster\", \"firstName\": \"管\", \"lastName\": \"理员\"},"
                        + " \"credentials\": {\"password\": \"" + password + "\"}}", headers), String.class);
    }

    record Xsrf(List<String> cookies, String token) {
        HttpHeaders headers() {
            HttpHeaders headers = new HttpHeaders();
            headers.set("X-XSRF-TOKEN", token);
            headers.set(HttpHeaders.COOKIE, String.join("; ", cookies));
            return headers;
        }
    }

    private Xsrf xsrf() {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/admin/default/", String.class);
        List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .map(c -> c.substring(0, c.indexOf(';'))).toList();
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .substring("XSRF-TOKEN=".length());
        return new Xsrf(cookies, token);
    }

    @Test
    @Order(2)
    void aWebappSessionIsAnHttpOnlySameSiteCookieThatEndsAfterThirtyIdleMinutes() {
        User admin = identity.newUser("sitzung");
        admin.setPassword("Anmelden-2026#");
        identity.saveUser(admin);
        if (identity.createGroupQuery().groupId("camunda-admin").count() == 0) {
            identity.saveGroup(identity.newGroup("camunda-admin"));
        }
        identity.createMembership("sitzung", "camunda-admin");

        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", "sitzung");
        form.add("password", "Anmelden-2026#");
        HttpHeaders headers = xsrf().headers();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/admin",
                new HttpEntity<>(form, headers), String.class);
        assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
        String session = login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        assertThat(server.getServlet().getSession().getTimeout()).isEqualTo(Duration.ofMinutes(30));
    }

}
