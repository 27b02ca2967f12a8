package org.zongzhi.casehandling.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;

/** What the purge removes and keeps, and that the chain still checks out from its new start. */
@CaseHandlingTest
class AuditRetentionTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditRetention retention;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    AuditMapper mapper;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void recordsPastRetentionGoAndThePersonalDataReadsOfTheLastThreeYearsStay() {
        long anchorBefore = mapper.head().anchorId();
        long oldLogin = trail.record(new AuditEntry("wangfang", AuditEventType.LOGIN, "wangfang", true, null, "登录成功"));
        long personalRead = trail.record(new AuditEntry("zhaomin", AuditEventType.PERSONAL_DATA_READ, "SFX-2026-900009",
                true, null, "案件详情"));
        long afterRead = trail.record(new AuditEntry("admin", AuditEventType.CALENDAR_CHANGE, "工作日历 2025-01-01", true,
                null, "PUT"));
        long young = trail.record(new AuditEntry("admin", AuditEventType.LOGIN, "admin", true, null, "登录成功"));
        // As if the years had passed: everything up to the old login 4 years ago, the read and the change
        // after it 1 year ago (the chain is rewritten to stay valid, as a superuser could).
        rewriteChainAged(oldLogin, personalRead, afterRead);
        assertThat(verifier.verify().intact()).isTrue();

        int removed = retention.purge();

        assertThat(removed).isEqualTo(oldLogin - anchorBefore); // every record up to the old login
        assertThat(jdbc.queryForObject("select min(id) from audit_log", Long.class)).isEqualTo(personalRead);
        assertThat(jdbc.queryForList("select id from audit_log where id in (?, ?, ?)", Long.class,
                personalRead, afterRead, young)).hasSize(3);
        ChainHead head = mapper.head();
        assertThat(head.anchorId()).isEqualTo(oldLogin);
        List<String> purge = jdbc.queryForList("select detail from audit_log where event_type = 'AUDIT_PURGE'"
                + " and id = (select last_id from audit_chain_head)", String.class);
        assertThat(purge).singleElement().asString().startsWith("删除 " + removed + " 条超过保存期限的记录");
        ChainCheck check = verifier.verify();
        assertThat(check.intact()).as(check.summary()).isTrue();
        assertThat(check.firstId()).isEqualTo(personalRead);

        assertThat(retention.purge()).as("nothing more is due").isZero();
        trail.record(new AuditEntry("admin", AuditEventType.LOGIN, "admin", true, null, "登录成功"));
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aRemovedStartOfTheChainBeyondThePurgeIsNamed() {
        long first = jdbc.queryForObject("select min(id) from audit_log", Long.class);
        trail.record(new AuditEntry("admin", AuditEventType.LOGIN, "admin", true, null, "登录成功"));
        java.util.Map<String, Object> row = jdbc.queryForMap("select * from audit_log where id = ?", first);
        try {
            withoutTriggers(() -> jdbc.update("delete from audit_log where id = ?", first));
            ChainCheck check = verifier.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenId()).isEqualTo(first + 1);
        } finally {
            withoutTriggers(() -> jdbc.update("insert into audit_log (id, occurred_at, user_id, event_type, object,"
                    + " success, source, detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"),
                    row.get("occurred_at"), row.get("user_id"), row.get("event_type"), row.get("object"),
                    row.get("success"), row.get("source"), row.get("detail"), row.get("prev_hash"), row.get("hash")));
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aRetentionBelowTheLegalMinimumStopsStartUp() {
        assertThatThrownBy(() -> new AuditRetention(mapper, trail, transactions, Period.ofMonths(5), Period.ofYears(3)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("zongzhi.audit.retention.general");
        assertThatThrownBy(() -> new AuditRetention(mapper, trail, transactions, Period.ofYears(1), Period.ofMonths(35)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("zongzhi.audit.retention.personal-data");
        new AuditRetention(mapper, trail, transactions, Period.ofYears(1), Period.ofYears(5)); // longer is fine
    }

    /** Ages the chain: ids up to {@code fourYears} by 4 years, then up to {@code oneYear} by 1 year. */
    private void rewriteChainAged(long fourYears, long oneYearFrom, long oneYear) {
        withoutTriggers(() -> {
            jdbc.update("update audit_log set occurred_at = occurred_at - interval '4 years' where id <= ?", fourYears);
            jdbc.update("update audit_log set occurred_at = occurred_at - interval '1 year' where id between ? and ?",
                    oneYearFrom, oneYear);
            ChainHead head = mapper.head();
            String prev = head.anchorHash();
            for (AuditRecord r : mapper.chainAfter(Long.MIN_VALUE, Integer.MAX_VALUE)) {
                String hash = AuditHash.of(prev, r.id(), r.occurredAt(), r.userId(), r.eventType(), r.object(),
                        r.success(), r.source(), r.detail());
                jdbc.update("update audit_log set prev_hash = ?, hash = ? where id = ?", prev, hash, r.id());
                prev = hash;
            }
            jdbc.update("update audit_chain_head set last_hash = ?", prev);
        });
    }

    private void withoutTriggers(Runnable work) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            jdbc.execute("set local session_replication_role = replica");
            work.run();
        });
    }
}
