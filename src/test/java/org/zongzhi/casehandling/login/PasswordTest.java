package org.zongzhi.casehandling.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.digest.Sha512HashDigest;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.engineguard.EngineApi;
import org.zongzhi.casehandling.web.WebappLogin;

/**
 * Passwords: a slow salted hash (old SHA-512 ones still verify and are redone), the policy on every
 * path that sets one, expiry after 90 days and the change that gets a person back in.
 */
@CaseHandlingTest
class PasswordTest {

    static final String PASSWORD = "Richtig-2026";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcTemplate jdbc;

    String person;
    LoginDoorClient client;
    final List<String> created = new ArrayList<>();

    @BeforeEach
    void aPersonOfTheirOwn() {
        person = "pw-" + UUID.randomUUID().toString().substring(0, 8);
        User user = identity.newUser(person);
        user.setPassword(PASSWORD);
        identity.saveUser(user);
        created.add(person);
        client = new LoginDoorClient(rest, LoginLockTest.nextAddress());
    }

    @AfterEach
    void policyAsTheDemoHasItAndTheClockReset() {
        policy(false);
        ClockUtil.reset();
        // Other tests count the directory's users: leave none of ours behind.
        created.forEach(identity::deleteUser);
    }

    void policy(boolean on) {
        ProcessEngineConfigurationImpl configuration = ((ProcessEngineImpl) engine).getProcessEngineConfiguration();
        configuration.setEnablePasswordPolicy(on);
    }

    String storedHash(String userId) {
        return jdbc.queryForObject("select pwd_ from act_id_user where id_ = ?", String.class, userId);
    }

    HttpStatus login(String user, String password) {
        return HttpStatus.valueOf(client.get(user, password, "/engine-rest/task").getStatusCode().value());
    }

    @Test
    void anOldSha512HashVerifiesAndIsRedoneAtTheNextLogin() {
        assertThat(storedHash(person)).startsWith("{PBKDF2-SHA256}1000$");

        String salt = jdbc.queryForObject("select salt_ from act_id_user where id_ = ?", String.class, person);
        String sha512 = "{SHA-512}" + new Sha512HashDigest().encrypt(PASSWORD + salt);
        jdbc.update("update act_id_user set pwd_ = ? where id_ = ?", sha512, person);

        assertThat(login(person, "falsch")).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(storedHash(person)).isEqualTo(sha512);
        assertThat(login(person, PASSWORD)).isEqualTo(HttpStatus.OK);
        assertThat(storedHash(person)).startsWith("{PBKDF2-SHA256}1000$").doesNotContain(sha512);
        assertThat(login(person, PASSWORD)).isEqualTo(HttpStatus.OK);
        assertThat(login(person, "falsch")).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void weakPasswordsAreRefusedOnEveryPathWhenThePolicyIsOn() {
        policy(true);
        String weakling = "weak-" + UUID.randomUUID().toString().substring(0, 8);
        created.add(weakling);
        String[] weak = weak(weakling);

        // The Java API (directory loader, first administrator of the Admin setup page).
        for (String password : weak) {
            User user = identity.newUser(weakling);
            user.setPassword(password);
            assertThatThrownBy(() -> identity.saveUser(user)).isInstanceOf(BadUserRequestException.class)
                    .hasMessageContaining("密码不符合密码策略");
        }
        // REST and the Admin webapp, as the security administrator: creating a user, and setting an existing user's password.
        EngineApi.Session restAdmin = EngineApi.REST.as(rest, "shenan");
        EngineApi.Session webappAdmin = EngineApi.WEBAPP.as(rest, "shenan");
        for (EngineApi.Session admin : new EngineApi.Session[] {restAdmin, webappAdmin}) {
            for (int i = 0; i < weak.length; i++) {
                String password = weak[i];
                ResponseEntity<String> create = EngineApi.send(rest, admin, HttpMethod.POST, "user/create",
                        "{\"profile\": {\"id\": \"" + weakling + "\", \"firstName\": \"测\", \"lastName\": \"试\","
                                + " \"email\": \"t@example.org\"}, \"credentials\": {\"password\": \"" + password + "\"}}");
                assertThat(create.getStatusCode()).as(admin.door() + " create " + password).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(create.getBody()).contains("密码不符合密码策略", "至少 8 个字符");

                ResponseEntity<String> update = EngineApi.send(rest, admin, HttpMethod.PUT, "user/" + person + "/credentials",
                        "{\"password\": \"" + weak(person)[i] + "\", \"authenticatedUserPassword\": \"shenan\"}");
                assertThat(update.getStatusCode()).as(admin.door() + " update " + password).isEqualTo(HttpStatus.BAD_REQUEST);
                assertThat(update.getBody()).contains("密码不符合密码策略");
            }
        }
        assertThat(identity.createUserQuery().userId(weakling).count()).isZero();
        assertThat(login(person, PASSWORD)).isEqualTo(HttpStatus.OK);

        // The rules the webapps show beside the password field, and a password that keeps them.
        ResponseEntity<String> rules = EngineApi.send(rest, restAdmin, HttpMethod.GET, "identity/password-policy", null);
        assertThat(rules.getBody()).contains("PASSWORD_POLICY_LENGTH", "\"minLength\":\"8\"",
                "PASSWORD_POLICY_CHARACTER_KINDS", "PASSWORD_POLICY_USER_ID");
        ResponseEntity<String> created = EngineApi.send(rest, webappAdmin, HttpMethod.POST, "user/create",
                "{\"profile\": {\"id\": \"" + weakling + "\"}, \"credentials\": {\"password\": \"gut-Passw0rt\"}}");
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(login(weakling, "gut-Passw0rt")).isEqualTo(HttpStatus.OK);
    }

    /** Too short; two kinds only (twice); the user id inside, as typed and in capitals. */
    static String[] weak(String userId) {
        return new String[] {"Ab1!xyz", "abcdefgh12", "ABCDEFGH!!", userId + "-Ab1!", "Xx-" + userId.toUpperCase() + "1"};
    }

    @Test
    void everyRuleIsExplainedInChineseWhereTheWebappsShowIt() throws Exception {
        for (String app : new String[] {"admin", "welcome"}) {
            String zh = new ClassPathResource("META-INF/resources/webjars/camunda/app/" + app + "/locales/zh.json")
                    .getContentAsString(StandardCharsets.UTF_8);
            for (PasswordPolicyRule rule : new CentrePasswordPolicy().getRules()) {
                assertThat(zh).as(app + " " + rule.getPlaceholder()).contains("\"" + rule.getPlaceholder() + "\"");
            }
            assertThat(zh).contains("{{minKinds}}");
        }
    }

    @Test
    void theDemoProfileKeepsThePolicyOffForItsSimplePasswords() {
        User user = identity.newUser("demo-" + UUID.randomUUID().toString().substring(0, 8));
        created.add(user.getId());
        user.setPassword(user.getId());
        identity.saveUser(user);
        assertThat(identity.checkPassword(user.getId(), user.getId())).isTrue();
    }

    @Test
    void anExpiredPasswordMustBeChangedBeforeTheNextLogin() {
        LoginLockTest.moveClock(Duration.ofDays(89));
        assertThat(login(person, PASSWORD)).isEqualTo(HttpStatus.OK);

        LoginLockTest.moveClock(Duration.ofDays(90).plusMinutes(1));
        ResponseEntity<String> expired = client.get(person, PASSWORD, "/engine-rest/task");
        assertThat(expired.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(expired.getBody()).contains("密码已超过 90 天未修改", "/password");
        assertThat(client.get(person, PASSWORD, "/api/catalog").getBody()).contains("已过期");
        WebappLogin.Attempt webapp = WebappLogin.of(rest, person, PASSWORD, "tasklist");
        assertThat(webapp.login().status()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(webapp.body()).contains("已过期");

        assertThat(rest.getForEntity("/password", String.class).getBody()).contains("修改密码", "/password/password.js");
        assertThat(rest.getForEntity("/password/password.js", String.class).getBody())
                .contains("/api/public/password", "X-Requested-With");
        assertThat(change("{}").getBody()).contains("userId（用户名）", "oldPassword（原密码）", "newPassword（新密码）");
        ResponseEntity<String> wrongOld = change(body("falsch", "Neu-Passw0rt"));
        assertThat(wrongOld.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrongOld.getBody()).contains("用户名或密码错误");
        assertThat(change(body(PASSWORD, PASSWORD)).getBody()).contains("新密码不能与原密码相同");
        policy(true);
        ResponseEntity<String> weak = change(body(PASSWORD, "neupasswort"));
        assertThat(weak.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(weak.getBody()).contains("新密码不符合密码策略", "至少 3 种");
        assertThat(login(person, PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);

        ResponseEntity<String> changed = change(body(PASSWORD, "Neu-Passw0rt"));
        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(changed.getBody()).contains("密码已修改");
        assertThat(login(person, "Neu-Passw0rt")).isEqualTo(HttpStatus.OK);
        assertThat(login(person, PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aPasswordChangeCountsWrongOldPasswordsTowardsTheLock() {
        for (int i = 0; i < 5; i++) {
            change(body("falsch-" + i, "Neu-Passw0rt"));
        }
        ResponseEntity<String> locked = change(body(PASSWORD, "Neu-Passw0rt"));
        assertThat(locked.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(locked.getBody()).contains("已被锁定");
        assertThat(login(person, PASSWORD)).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    ResponseEntity<String> change(String json) {
        return client.send(null, null, HttpMethod.POST, "/api/public/password", json);
    }

    String body(String oldPassword, String newPassword) {
        return "{\"userId\": \"" + person + "\", \"oldPassword\": \"" + oldPassword + "\", \"newPassword\": \""
                + newPassword + "\"}";
    }
}
