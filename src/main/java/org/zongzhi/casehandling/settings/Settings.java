package org.zongzhi.casehandling.settings;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every {@code zongzhi.*} setting of the server, in one place, with its default. The values an
 * operator must set are documented in application.yaml and docs/operations.md; Spring binds
 * environment variables too ({@code ZONGZHI_PUBLIC_URL}, {@code ZONGZHI_PII_KEY} …).
 *
 * @param centreCode the centre whose cases this server numbers (SFX → SFX-2026-000123)
 * @param centreShortName the centre's name on letters' numbers (示范县综治〔2026〕提示函第12号)
 * @param publicUrl the address citizens reach this server by, printed on receipts; never taken
 *     from the request
 * @param courtUnit the unit code of the people's court, whose liaison records 司法确认 results
 */
@ConfigurationProperties("zongzhi")
public record Settings(String centreCode,
                       @DefaultValue("综治中心") String centreShortName,
                       String publicUrl,
                       String courtUnit,
                       @DefaultValue Supervision supervision,
                       @DefaultValue Department department,
                       @DefaultValue Callbacks callbacks,
                       @DefaultValue PublicLookup publicLookup,
                       @DefaultValue Audit audit,
                       @DefaultValue PersonalData pii,
                       @DefaultValue Calendar calendar,
                       @DefaultValue DirectorySource directory,
                       @DefaultValue Demo demo,
                       @DefaultValue Security security,
                       @DefaultValue EmbeddedPostgres embeddedPostgres,
                       @DefaultValue Documents documents) {

    public Settings {
        if (centreCode == null || centreCode.isBlank()) {
            throw new IllegalArgumentException("zongzhi.centre-code is not set: the centre's code numbers its cases");
        }
        if (publicUrl == null || publicUrl.isBlank()) {
            throw new IllegalArgumentException("zongzhi.public-url is not set (ZONGZHI_PUBLIC_URL): the address "
                    + "citizens reach this server by, printed on every receipt");
        }
    }

    /**
     * @param defaultLeader who receives the 工作提醒函 and the 提请党委政府研究 task when no 包案领导 was
     *     named: a leader of the directory, checked at start
     * @param replyWorkingDays working days a unit has to reply to a letter
     */
    public record Supervision(String defaultLeader, @DefaultValue("2") int replyWorkingDays) {
    }

    /** Timeouts of the HTTP call that hands a 交办单 to a unit's own system. */
    public record Department(@DefaultValue("5s") Duration connectTimeout, @DefaultValue("10s") Duration readTimeout) {
    }

    /**
     * Status updates to the channels' own systems (事事有回音), delivered from the outbox.
     *
     * @param pollInterval how often each node looks for due updates
     * @param retryBase the wait after the first failure; doubled after each further one
     * @param retryMax the longest wait between two attempts (they never stop: nothing is dropped)
     * @param stuckAfter failed attempts after which the administrator's list shows an update as stuck
     */
    public record Callbacks(@DefaultValue("PT1S") Duration pollInterval,
                            @DefaultValue("10s") Duration retryBase,
                            @DefaultValue("30m") Duration retryMax,
                            @DefaultValue("1") int stuckAfter,
                            @DefaultValue("20") int batch,
                            @DefaultValue("5s") Duration connectTimeout,
                            @DefaultValue("10s") Duration readTimeout) {
    }

    /** The citizens' status page: wrong phone numbers tolerated per address and per case in a window. */
    public record PublicLookup(@DefaultValue("10") int failuresPerAddress, @DefaultValue("30") int failuresPerCase,
                               @DefaultValue("15m") Duration window) {
    }

    /**
     * @param connections the audit trail's own connections (it appends outside the business transaction)
     * @param verify run the chain check and exit ({@code --zongzhi.audit.verify=true})
     */
    public record Audit(@DefaultValue("4") int connections, @DefaultValue Retention retention,
                        @DefaultValue("false") boolean verify) {

        /** At least the legal minimum: 6 months for every record, 3 years for reads of personal data. */
        public record Retention(@DefaultValue("P6M") Period general, @DefaultValue("P3Y") Period personalData) {
        }
    }

    /**
     * @param key the master key of citizens' personal data, base64 (ZONGZHI_PII_KEY)
     * @param keyFile or a file holding it
     * @param resealOnStart seal rows still in plain text, or under an older key, at start
     */
    public record PersonalData(String key, String keyFile, @DefaultValue("true") boolean resealOnStart) {
    }

    /** The State Council's holiday notices (调休 days) as YAML. */
    public record Calendar(@DefaultValue("classpath:supervision/public-holidays.yml") String location) {
    }

    /** The centre's directory (centres, units, people) as YAML; none means the one already loaded. */
    public record DirectorySource(String location) {
    }

    /**
     * @param enabled the demo centre: demo users with their ids as passwords
     * @param cases two dozen cases at every step on the first start
     */
    public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("false") boolean cases) {
    }

    /** 身份鉴别 (docs/security.md): failed logins, locks, password hashing, policy and age. */
    public record Security(@DefaultValue Login login, @DefaultValue Password password,
                           @DefaultValue FirstSecurityAdmin firstSecurityAdmin) {

        public Security {
            if (login.maxFailures() < 1 || login.addressMaxFailures() < 1) {
                throw new IllegalArgumentException(
                        "zongzhi.security.login.max-failures and address-max-failures must be at least 1");
            }
            if (password.iterations() < 1000) {
                throw new IllegalArgumentException("zongzhi.security.password.iterations must be at least 1000, is "
                        + password.iterations());
            }
        }

        /**
         * @param maxFailures wrong passwords within {@code failureWindow} that lock a person's account
         * @param lockDuration how long the lock lasts; failures during the lock do not extend it
         * @param addressMaxFailures wrong passwords from one address within {@code addressWindow} after
         *     which that address is refused at every login (channel logins are never locked, so this
         *     is what slows a guesser down on them)
         */
        public record Login(@DefaultValue("5") int maxFailures,
                            @DefaultValue("15m") Duration failureWindow,
                            @DefaultValue("15m") Duration lockDuration,
                            @DefaultValue("20") int addressMaxFailures,
                            @DefaultValue("1m") Duration addressWindow) {
        }

        /**
         * @param iterations PBKDF2-HMAC-SHA256 rounds of a new hash; older hashes are redone at login
         * @param maxAge after this a person's password must be changed before the next login
         * @param policyEnabled the password policy (8 characters, 3 kinds, not the user id); off only
         *     in the demo profile, whose passwords equal the user ids
         * @param verifiedCacheTtl how long a verified user + password is remembered in memory, so basic
         *     auth on every /api and /engine-rest request does not pay the slow hash again; 0 = never
         */
        public record Password(@DefaultValue("310000") int iterations,
                               @DefaultValue("90d") Duration maxAge,
                               @DefaultValue("true") boolean policyEnabled,
                               @DefaultValue("5m") Duration verifiedCacheTtl) {
        }

        /** The first 安全管理员, created once on a server with none (then changed in Admin). */
        public record FirstSecurityAdmin(@DefaultValue("") String id, @DefaultValue("") String password) {
        }
    }

    /** The server's own PostgreSQL when no spring.datasource.url is set. */
    public record EmbeddedPostgres(@DefaultValue("data/postgres") Path dataDirectory, Integer port) {
    }

    /**
     * Documents kept on a case (photos, scans, PDFs).
     *
     * @param maxSize the largest file accepted; the servlet's multipart limits are set from it, so a
     *     larger upload gets the same Chinese refusal whichever check catches it
     */
    public record Documents(@DefaultValue("10MB") DataSize maxSize) {

        public Documents {
            if (maxSize.toBytes() < 1024 || maxSize.toBytes() > 100L * 1024 * 1024) {
                throw new IllegalArgumentException("zongzhi.documents.max-size must be between 1KB and 100MB, is "
                        + maxSize);
            }
        }
    }
}
