package org.zongzhi.casehandling.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.audit.LoginAttempt;
import org.zongzhi.casehandling.web.WebappLogin;

/** Wrong passwords lock a person for a while, never a channel login, never for longer; administrators unlock. */
@CaseHandlingTest
@RecordApplicationEvents
class LoginLockTest {

    static final String PASSWORD = "Richtig-2026";
    static final AtomicInteger ADDRESSES = new AtomicInteger(1);

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;

    String person;
    LoginDoorClient client;

    @BeforeEach
    void aPersonOfTheirOwnAtAnAddressOfTheirOwn() {
        person = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(person);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        client = new LoginDoorClient(rest, nextAddress());
    }

    @AfterEach
    void resetTheClockAndRemoveThePerson() {
        ClockUtil.reset();
        identity.deleteUser(person);
    }

    static String nextAddress() {
        int n = ADDRESSES.getAndIncrement();
        return "198.51." + (n / 250) + "." + (n % 250 + 1);
    }

    ResponseEntity<String> engineRest(LoginDoorClient from, String user, String password) {
        return from.get(user, password, "/engine-rest/task");
    }

    @Test
    void fiveWrongPasswordsLockAPersonForFifteenMinutesAtEveryDoor() {
        for (int i = 1; i <= 4; i++) {
            ResponseEntity<String> wrong = engineRest(client, person, "falsch-" + i);
            assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
            assertThat(wrong.getBody()).contains("用户名或密码错误").doesNotContain("锁定");
        }
        ResponseEntity<String> fifth = engineRest(client, person, "falsch-5");
        assertThat(fifth.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(fifth.getBody()).contains("连续失败 5 次", "账号已锁定至");

        // The right password is refused at every door while the lock lasts, from any address.
        ResponseEntity<String> rest = engineRest(new LoginDoorClient(this.rest, nextAddress()), person, PASSWORD);
        assertThat(rest.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.getBody()).contains("账号因连续登录失败已被锁定", "北京时间");
        assertThat(client.get(person, PASSWORD, "/api/catalog").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        WebappLogin.Attempt webapp = WebappLogin.of(this.rest, person, PASSWORD, "tasklist");
        assertThat(webapp.login().status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(webapp.body()).contains("已被锁定");
        assertThat(identity.checkPassword(person, PASSWORD)).isFalse();

        moveClock(Duration.ofMinutes(14));
        assertThat(engineRest(client, person, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        moveClock(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(engineRest(client, person, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void failuresSpreadBeyondTheWindowDoNotLock() {
        for (int i = 0; i < 4; i++) {
            engineRest(client, person, "falsch");
        }
        moveClock(Duration.ofMinutes(16));
        engineRest(client, person, "falsch");
        assertThat(engineRest(client, person, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aFloodCannotLockAnAccountLongerThanTheSetTime() {
        for (int i = 0; i < 5; i++) {
            engineRest(client, person, "falsch");
        }
        // An attacker keeps guessing through the lock, from many addresses: the lock ends when it was set to.
        for (int minute = 0; minute < 15; minute++) {
            moveClock(Duration.ofMinutes(minute).plusSeconds(30));
            for (int i = 0; i < 3; i++) {
                assertThat(engineRest(new LoginDoorClient(rest, nextAddress()), person, "falsch").getStatusCode())
                        .isEqualTo(HttpStatus.UNAUTHORIZED);
            }
        }
        moveClock(Duration.ofMinutes(15).plusSeconds(1));
        assertThat(engineRest(client, person, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aChannelLoginIsNeverLockedButTheFloodingAddressIsThrottled() {
        String channel = "channel-hotline-12345";
        LoginDoorClient attacker = new LoginDoorClient(rest, nextAddress());
        for (int i = 0; i < 20; i++) {
            assertThat(attacker.get(channel, "guess-" + i, "/api/catalog").getStatusCode())
                    .isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        ResponseEntity<String> throttled = attacker.get(channel, "guess-21", "/api/catalog");
        assertThat(throttled.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(throttled.getBody()).contains("来自该地址的登录失败次数过多");
        assertThat(throttled.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("60");
        // The flooding address is refused at every door, even with the right password.
        assertThat(attacker.get(channel, channel, "/api/catalog").getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(engineRest(attacker, person, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);

        // The channel's own system, elsewhere, goes on handing over matters.
        LoginDoorClient hotline = new LoginDoorClient(rest, nextAddress());
        ResponseEntity<String> matter = hotline.send(channel, channel, HttpMethod.POST, "/api/cases", Matters.hotline());
        assertThat(matter.getStatusCode()).isEqualTo(HttpStatus.CREATED);

        // A minute later the address may try again.
        moveClock(Duration.ofMinutes(1).plusSeconds(1));
        assertThat(attacker.get(channel, channel, "/api/catalog").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void theSecurityAdministratorLiftsALock() {
        for (int i = 0; i < 5; i++) {
            engineRest(client, person, "falsch");
        }
        LoginDoorClient office = new LoginDoorClient(rest, nextAddress());
        ResponseEntity<String> locks = office.get("shenan", "shenan", "/api/security/locks");
        assertThat(locks.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(locks.getBody()).contains(person);

        ResponseEntity<String> byAClerk = office.send("wangfang", "wangfang", HttpMethod.DELETE,
                "/api/security/locks/" + person, null);
        assertThat(byAClerk.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engineRest(client, person, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> bySystemAdministrator = office.send("admin", "admin", HttpMethod.DELETE,
                "/api/security/locks/" + person, null);
        assertThat(bySystemAdministrator.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(engineRest(client, person, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> byAdmin = office.send("shenan", "shenan", HttpMethod.DELETE, "/api/security/locks/" + person, null);
        assertThat(byAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(byAdmin.getBody()).contains("已解锁");
        assertThat(engineRest(client, person, PASSWORD).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(office.get("shenan", "shenan", "/api/security/locks").getBody()).doesNotContain(person);

        ResponseEntity<String> again = office.send("shenan", "shenan", HttpMethod.DELETE, "/api/security/locks/" + person, null);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(again.getBody()).contains("当前未被锁定");
    }

    @Test
    void camundasOwnPermanentLockIsOutOfReach() {
        for (int i = 0; i < 12; i++) {
            identity.checkPassword(person, "falsch");
            if (i % 4 == 3) {
                moveClock(Duration.ofMinutes(16L * (i / 4 + 1)));
            }
        }
        moveClock(Duration.ofHours(2));
        assertThat(identity.checkPassword(person, PASSWORD)).isTrue();
        assertThat(identity.createUserQuery().userId(person).singleResult()).isNotNull();
    }

    @Test
    void everyAttemptIsPublishedForTheAuditTrail(ApplicationEvents events) {
        identity.checkPassword(person, "falsch");
        identity.checkPassword(person, PASSWORD);
        identity.checkPassword("nobody-" + person, "falsch");

        List<LoginAttempt> attempts = events.stream(LoginAttempt.class).toList();
        assertThat(attempts).extracting(LoginAttempt::userId, LoginAttempt::success, LoginAttempt::reason)
                .containsExactly(
                        tuple(person, false, "用户名或密码错误"),
                        tuple(person, true, null),
                        tuple("nobody-" + person, false, "用户名或密码错误"));
    }

    @Test
    void theWebappSessionCookieIsHttpOnlyAndSameSite() {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .map(c -> c.substring(0, c.indexOf(';'))).toList();
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .substring("XSRF-TOKEN=".length());
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("username", person);
        form.add("password", PASSWORD);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.set("X-XSRF-TOKEN", token);
        headers.set(HttpHeaders.COOKIE, String.join("; ", cookies));
        identity.createMembership(person, "intake");
        try {
            ResponseEntity<String> login = rest.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist",
                    new HttpEntity<>(form, headers), String.class);
            assertThat(login.getStatusCode()).isEqualTo(HttpStatus.OK);
            String session = login.getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                    .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
            assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        } finally {
            identity.deleteMembership(person, "intake");
        }
    }

    static void moveClock(Duration fromNow) {
        ClockUtil.reset();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(fromNow)));
    }
}
