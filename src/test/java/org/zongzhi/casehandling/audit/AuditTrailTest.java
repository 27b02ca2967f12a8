package org.zongzhi.casehandling.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;

/** The chain itself: what the events leave, what the database refuses, what the check finds. */
@CaseHandlingTest
class AuditTrailTest {

    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AuditTrail trail;
    @Autowired
    ChainVerifier verifier;
    @Autowired
    AuditRetention retention;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void eachLoginAttemptLeavesExactlyOneRecord() {
        String user = "login-" + UUID.randomUUID().toString().substring(0, 8);
        events.publishEvent(new LoginAttempt(user, true, "10.1.2.3", null));
        events.publishEvent(new LoginAttempt(user, false, "10.1.2.4", "密码错误"));

        List<Map<String, Object>> records = jdbc.queryForList(
                "select * from audit_log where event_type = 'LOGIN' and user_id = ? order by id", user);
        assertThat(records).hasSize(2);
        assertThat(records.get(0)).containsEntry("object", user).containsEntry("success", true)
                .containsEntry("source", "10.1.2.3").containsEntry("detail", "登录成功");
        assertThat(records.get(1)).containsEntry("success", false).containsEntry("source", "10.1.2.4")
                .containsEntry("detail", "登录失败：密码错误");
        assertThat(((Timestamp) records.get(1).get("occurred_at")).toInstant())
                .isAfterOrEqualTo(((Timestamp) records.get(0).get("occurred_at")).toInstant())
                .isAfter(Instant.now().minusSeconds(60));
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aReadOfPersonalDataIsRecordedByCaseNumberWithoutTheCitizensNumbers() {
        events.publishEvent(new PersonalDataRead("zhaomin", "SFX-2026-900001", "案件详情", null, "10.0.0.7"));
        events.publishEvent(new PersonalDataRead("zhaomin", null, "导出案件清单",
                "核对13812345678和110101199003074514的来访记录", "10.0.0.7"));

        assertThat(jdbc.queryForList("select * from audit_log where event_type = 'PERSONAL_DATA_READ' and object = ?",
                "SFX-2026-900001")).singleElement().satisfies(r -> assertThat(r)
                .containsEntry("user_id", "zhaomin").containsEntry("success", true)
                .containsEntry("source", "10.0.0.7").containsEntry("detail", "案件详情"));
        Map<String, Object> export = jdbc.queryForMap("select * from audit_log where event_type = 'PERSONAL_DATA_READ'"
                + " and detail like '导出案件清单%' order by id desc limit 1");
        assertThat(export).containsEntry("object", "（多个案件）");
        assertThat((String) export.get("detail")).isEqualTo("导出案件清单；理由：核对***和***的来访记录")
                .doesNotContain("13812345678").doesNotContain("110101199003074514");
    }

    @Test
    void eightThreadsAppendingAtOnceLeaveOneValidChain() throws Exception {
        long before = jdbc.queryForObject("select count(*) from audit_log", Long.class);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<List<Long>>> results = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            Callable<List<Long>> work = () -> {
                start.await();
                List<Long> ids = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    // Inside a caller's transaction too: the record's own transaction does not wait for it.
                    ids.add(new TransactionTemplate(transactions).execute(s -> trail.record(new AuditEntry(
                            "thread-" + thread, AuditEventType.AUDIT_SEARCH, "并发测试", true, "127.0.0.1", "第 " + s))));
                }
                return ids;
            };
            results.add(pool.submit(work));
        }
        start.countDown();
        List<Long> ids = new ArrayList<>();
        for (Future<List<Long>> result : results) {
            ids.addAll(result.get());
        }
        pool.shutdown();

        assertThat(ids).hasSize(200).doesNotHaveDuplicates();
        assertThat(jdbc.queryForObject("select count(*) from audit_log", Long.class)).isEqualTo(before + 200);
        ChainCheck check = verifier.verify();
        assertThat(check.intact()).as(check.summary()).isTrue();
        assertThat(check.checked()).isEqualTo(before + 200);
    }

    @Test
    void callersHoldingEveryConnectionOfTheMainPoolStillGetTheirRecordsWritten() throws Exception {
        int mainPool = 20; // spring.datasource.hikari.maximum-pool-size
        ExecutorService pool = Executors.newFixedThreadPool(mainPool);
        CountDownLatch allHoldOne = new CountDownLatch(mainPool);
        List<Future<Long>> results = new ArrayList<>();
        for (int t = 0; t < mainPool; t++) {
            results.add(pool.submit(() -> new TransactionTemplate(transactions).execute(s -> {
                jdbc.queryForObject("select 1", Integer.class); // this caller now holds a connection
                allHoldOne.countDown();
                try {
                    allHoldOne.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                return trail.record(new AuditEntry("zhaomin", AuditEventType.PERSONAL_DATA_READ, "SFX-2026-900077",
                        true, "127.0.0.1", "案件详情"));
            })));
        }
        for (Future<Long> result : results) {
            assertThat(result.get(30, java.util.concurrent.TimeUnit.SECONDS)).isPositive();
        }
        pool.shutdown();
        assertThat(jdbc.queryForObject("select count(*) from audit_log where object = 'SFX-2026-900077'", Long.class))
                .isEqualTo(mainPool);
    }

    @Test
    void theDatabaseRefusesToChangeOrDeleteAYoungRecord() {
        long id = trail.record(new AuditEntry("admin", AuditEventType.CALENDAR_CHANGE, "工作日历 2026-05-06", true,
                "127.0.0.1", "PUT"));

        assertThatThrownBy(() -> jdbc.update("update audit_log set success = false where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("审计记录只能追加");
        assertThatThrownBy(() -> jdbc.update("delete from audit_log where id = ?", id))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("未满最短保存期限");
        assertThatThrownBy(() -> jdbc.execute("truncate audit_log"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("审计记录只能追加");
        assertThatThrownBy(() -> jdbc.update("update audit_chain_head set last_id = last_id - 1"))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("只能向前推进");
        assertThatThrownBy(() -> jdbc.update("insert into audit_log (id, occurred_at, event_type, object, success,"
                + " prev_hash, hash) values (?, now() - interval '1 year', 'LOGIN', 'x', true, ?, ?)",
                id + 1000, "0".repeat(64), "1".repeat(64)))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("未接在链尾");

        assertThat(jdbc.queryForObject("select success from audit_log where id = ?", Boolean.class, id)).isTrue();
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void aRecordAlteredBehindTheApplicationsBackIsNamedByTheCheck() {
        long id = trail.record(new AuditEntry("admin", AuditEventType.USER_CHANGE, "user/create zhangsan", true,
                "127.0.0.1", "POST /engine-rest/user/create → 204"));
        trail.record(new AuditEntry("admin", AuditEventType.USER_CHANGE, "user/zhangsan", true, "127.0.0.1", "DELETE"));
        AuditVerifyCommand command = new AuditVerifyCommand(verifier, trail, null);
        try {
            asSuperuserWithoutTriggers("update audit_log set user_id = 'zhaolei' where id = " + id);

            ChainCheck check = verifier.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenId()).isEqualTo(id);
            assertThat(check.problem()).contains("已被改动");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThat(command.check(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(1);
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("审计链已被破坏", "第一条有问题的记录是 " + id);

            // Rewriting the hash as well only moves the break to the link after it.
            String forged = AuditHash.of(jdbc.queryForObject("select * from audit_log where id = ?",
                    (rs, n) -> new AuditRecord(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class),
                            rs.getString("user_id"), rs.getString("event_type"), rs.getString("object"),
                            rs.getBoolean("success"), rs.getString("source"), rs.getString("detail"),
                            rs.getString("prev_hash"), rs.getString("hash")), id));
            asSuperuserWithoutTriggers("update audit_log set hash = '" + forged + "' where id = " + id);
            assertThat(verifier.verify()).satisfies(c -> {
                assertThat(c.intact()).isFalse();
                assertThat(c.brokenId()).isEqualTo(id + 1);
                assertThat(c.problem()).contains("第 " + id + " 条记录连同其哈希被改写");
            });
        } finally {
            asSuperuserWithoutTriggers("update audit_log set user_id = 'admin', hash = '"
                    + AuditHash.of(jdbc.queryForObject("select prev_hash from audit_log where id = ?", String.class, id),
                    id, jdbc.queryForObject("select occurred_at from audit_log where id = ?", OffsetDateTime.class, id),
                    "admin", "USER_CHANGE", "user/create zhangsan", true, "127.0.0.1",
                    "POST /engine-rest/user/create → 204") + "' where id = " + id);
        }
        ChainCheck repaired = verifier.verify();
        assertThat(repaired.intact()).as(repaired.summary()).isTrue();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.check(new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(0);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("审计链完整");
    }

    @Test
    void aDeletedRecordIsNamedByTheCheck() {
        long id = trail.record(new AuditEntry("admin", AuditEventType.GROUP_CHANGE, "group/create test", true, null, null));
        trail.record(new AuditEntry("admin", AuditEventType.GROUP_CHANGE, "group/test", true, null, null));
        Map<String, Object> row = jdbc.queryForMap("select * from audit_log where id = ?", id);
        try {
            asSuperuserWithoutTriggers("delete from audit_log where id = " + id);
            ChainCheck check = verifier.verify();
            assertThat(check.intact()).isFalse();
            assertThat(check.brokenId()).isEqualTo(id + 1);
            assertThat(check.problem()).contains("缺少第 " + id + " 条记录");
        } finally {
            new TransactionTemplate(transactions).executeWithoutResult(s -> {
                jdbc.execute("set local session_replication_role = replica");
                jdbc.update("insert into audit_log (id, occurred_at, user_id, event_type, object, success, source,"
                        + " detail, prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"),
                        row.get("occurred_at"), row.get("user_id"), row.get("event_type"), row.get("object"),
                        row.get("success"), row.get("source"), row.get("detail"), row.get("prev_hash"), row.get("hash"));
            });
        }
        assertThat(verifier.verify().intact()).isTrue();
    }

    /** As a database superuser can: triggers off for one transaction. */
    private void asSuperuserWithoutTriggers(String sql) {
        new TransactionTemplate(transactions).executeWithoutResult(s -> {
            jdbc.execute("set local session_replication_role = replica");
            jdbc.execute(sql);
        });
    }
}
