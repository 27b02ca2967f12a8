package org.zongzhi.casehandling.login;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.audit.LoginAttempt;
import org.zongzhi.casehandling.settings.Settings;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * The one login check of every door (Camunda webapps, /engine-rest, /api, the password change),
 * run inside Camunda's checkPassword by {@link GuardedIdentityProvider}: address throttle, account
 * lock, password, expiry — and a {@link LoginAttempt} for the audit trail each time. Counts and
 * locks are rows in our tables, so all nodes of a cluster share them.
 */
@Component
class LoginGuard {

    private static final Logger LOG = LoggerFactory.getLogger(LoginGuard.class);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final LoginMapper mapper;
    private final Settings.Security.Login login;
    private final Settings.Security.Password password;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final VerifiedPasswords verified;

    LoginGuard(LoginMapper mapper, Settings settings, Clock clock, ApplicationEventPublisher events) {
        this.mapper = mapper;
        this.login = settings.security().login();
        this.password = settings.security().password();
        this.clock = clock;
        this.events = events;
        this.verified = new VerifiedPasswords(password.verifiedCacheTtl(), clock);
    }

    /** A login: true if the password is right and nothing refuses it; else the refusal is left for the door. */
    boolean check(Account account, String candidate) {
        Optional<LoginRefusal> refusal = verify(account, candidate, false);
        refusal.ifPresent(LoginDoor::refused);
        return refusal.isEmpty();
    }

    /**
     * The checks of a login; an expired password passes only when {@code forChange}, as the old
     * password of a password change.
     */
    Optional<LoginRefusal> verify(Account account, String candidate, boolean forChange) {
        String userId = account.id();
        String source = LoginDoor.source();
        OffsetDateTime now = now();
        if (userId == null || userId.isEmpty() || candidate == null) {
            return refuse(userId, source, LoginRefusal.wrongPassword());
        }
        if (source != null && mapper.countSourceFailures(source, now.minus(login.addressWindow())) >= login.addressMaxFailures()) {
            return refuse(userId, source, new LoginRefusal(LoginRefusal.TOO_MANY_REQUESTS,
                    "来自该地址的登录失败次数过多，请 " + minutes(login.addressWindow()) + " 分钟后再试",
                    login.addressWindow().toSeconds()));
        }
        // Unknown ids are locked like people, so a lock says nothing about whether an account exists.
        boolean person = !account.isChannelLogin();
        if (person) {
            OffsetDateTime until = mapper.lockedUntil(userId, now);
            if (until != null) {
                return refuse(userId, source, new LoginRefusal(LoginRefusal.UNAUTHORIZED,
                        "账号因连续登录失败已被锁定，请于 " + shown(until) + " 后再试，或请管理员解锁"));
            }
        }
        String storedHash = account.storedHash();
        // A system posting matters logs in with every request: within the memory's few minutes such a
        // request is the same login, so it neither writes to the database nor to the audit trail again.
        boolean remembered = verified.remembers(userId, candidate, storedHash);
        boolean right = remembered || account.passwordMatches(candidate);
        if (!right) {
            return refuse(userId, source, failed(userId, source, person, now));
        }
        if (!remembered) {
            mapper.deleteUserFailures(userId);
        }
        if (person && !forChange && expired(userId, now)) {
            return refuse(userId, source, new LoginRefusal(LoginRefusal.UNAUTHORIZED,
                    "密码已超过 " + password.maxAge().toDays() + " 天未修改，已过期：请在 /password 页面修改密码后再登录"));
        }
        if (!remembered) {
            account.upgradeHash(candidate);
            verified.remember(userId, candidate, account.storedHash());
            events.publishEvent(new LoginAttempt(userId, true, source, null));
        }
        return Optional.empty();
    }

    private LoginRefusal failed(String userId, String source, boolean person, OffsetDateTime now) {
        mapper.insertFailure(userId, source, now);
        mapper.deleteFailuresBefore(now.minusDays(1));
        if (!person) {
            return LoginRefusal.wrongPassword();
        }
        long failures = mapper.countUserFailures(userId, now.minus(login.failureWindow()));
        if (failures < login.maxFailures()) {
            return LoginRefusal.wrongPassword();
        }
        OffsetDateTime until = now.plus(login.lockDuration());
        mapper.lock(userId, now, until);
        mapper.deleteUserFailures(userId);
        verified.forget(userId);
        LOG.warn("Account {} locked until {} after {} wrong passwords within {} (last from {})",
                userId, until, failures, login.failureWindow(), source);
        return new LoginRefusal(LoginRefusal.UNAUTHORIZED, "用户名或密码错误；连续失败 " + failures
                + " 次，账号已锁定至 " + shown(until) + "，届时自动解锁，或请管理员解锁");
    }

    private Optional<LoginRefusal> refuse(String userId, String source, LoginRefusal refusal) {
        events.publishEvent(new LoginAttempt(userId, false, source, refusal.message()));
        return Optional.of(refusal);
    }

    private boolean expired(String userId, OffsetDateTime now) {
        OffsetDateTime changed = mapper.passwordChangedAt(userId);
        if (changed == null) {
            // Set before we kept track: the clock starts now.
            mapper.passwordFirstSeen(userId, now);
            return false;
        }
        return !changed.plus(password.maxAge()).isAfter(now);
    }

    /** A password was set (Admin, REST, directory, password change): a new expiry, no stale cache. */
    void passwordSet(String userId) {
        mapper.passwordChanged(userId, now());
        verified.forget(userId);
    }

    /** Lifts a lock (administrator); true if there was one. */
    boolean unlock(String userId) {
        mapper.deleteUserFailures(userId);
        boolean locked = mapper.lockedUntil(userId, now()) != null;
        mapper.unlock(userId);
        if (locked) {
            LOG.warn("Account {} unlocked by an administrator", userId);
        }
        return locked;
    }

    List<AccountLock> currentLocks() {
        return mapper.currentLocks(now());
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String shown(OffsetDateTime time) {
        return time.atZoneSameInstant(ChinaTime.ZONE).format(SHOWN) + "（北京时间）";
    }

    private static long minutes(Duration duration) {
        return Math.max(1, (duration.toSeconds() + 59) / 60);
    }
}
