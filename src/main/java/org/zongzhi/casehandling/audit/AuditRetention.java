package org.zongzhi.casehandling.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.casehandling.settings.Settings;

/**
 * Removes records past retention, once a night and once per cluster: the oldest run of records
 * that are all past it, so the rest still forms one chain from the new anchor. A personal-data
 * record younger than its 3 years holds back every record after it. The database refuses to delete
 * anything younger than the legal minimum whatever this is set to; a shorter setting stops start-up.
 */
@Component
class AuditRetention {

    /** 网络安全法 Art. 21: network logs at least six months. */
    static final Period MINIMUM_GENERAL = Period.ofMonths(6);
    /** PIPL Art. 56: records of processing personal information at least three years. */
    static final Period MINIMUM_PERSONAL_DATA = Period.ofYears(3);
    /** Keeps the cut-off clear of the database's own check by more than any clock step of a transaction. */
    private static final long MARGIN_MINUTES = 5;

    private static final Logger log = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditMapper mapper;
    private final AuditTrail trail;
    private final TransactionTemplate transaction;
    private final Period general;
    private final Period personalData;

    @Autowired
    AuditRetention(AuditMapper mapper, AuditTrail trail, PlatformTransactionManager transactions, Settings settings) {
        this(mapper, trail, transactions, settings.audit().retention().general(),
                settings.audit().retention().personalData());
    }

    AuditRetention(AuditMapper mapper, AuditTrail trail, PlatformTransactionManager transactions,
                   Period general, Period personalData) {
        this.mapper = mapper;
        this.trail = trail;
        this.transaction = new TransactionTemplate(transactions);
        this.general = atLeast(general, MINIMUM_GENERAL, "zongzhi.audit.retention.general");
        this.personalData = atLeast(personalData, MINIMUM_PERSONAL_DATA, "zongzhi.audit.retention.personal-data");
    }

    private static Period atLeast(Period configured, Period minimum, String setting) {
        LocalDate day = LocalDate.of(2000, 3, 1);
        if (day.minus(configured).isAfter(day.minus(minimum))) {
            throw new IllegalStateException(setting + " = " + configured + " is shorter than the legal minimum "
                    + minimum + " (审计记录保存期限不得短于法定最短期限)");
        }
        return configured;
    }

    @Scheduled(cron = "${zongzhi.audit.purge-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    void nightly() {
        int removed = purge();
        if (removed > 0) {
            log.info("Audit trail: {} records past retention removed", removed);
        }
    }

    /** Removes what is past retention now; returns how many records went (0 if another node is at it). */
    int purge() {
        Integer removed = transaction.execute(status -> {
            if (!mapper.tryLockPurge()) {
                return 0;
            }
            OffsetDateTime now = mapper.head().now().minus(MARGIN_MINUTES, ChronoUnit.MINUTES);
            Long last = mapper.lastPurgeable(now.minus(general), now.minus(personalData));
            // The anchor only moves forward: appends never wait for the delete, only for the last step.
            long anchor = mapper.head().anchorId();
            if (last == null || last <= anchor) {
                return 0;
            }
            String lastHash = mapper.hashOf(last);
            int count = mapper.deleteUpTo(last);
            ChainHead head = mapper.lockHead();
            mapper.moveAnchor(last, lastHash);
            trail.appendLocked(new AuditEntry(null, AuditEventType.AUDIT_PURGE, "审计记录第 " + (anchor + 1) + " 至 " + last + " 条",
                    true, null, "删除 " + count + " 条超过保存期限的记录（一般记录 " + general + "，个人信息处理记录 "
                            + personalData + "）；新的链起点哈希 " + lastHash), head, mapper);
            return count;
        });
        return removed;
    }
}
