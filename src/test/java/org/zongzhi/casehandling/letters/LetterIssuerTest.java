package org.zongzhi.casehandling.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;
import org.zongzhi.casehandling.cases.CaseEvent;
import org.zongzhi.casehandling.cases.CaseLedger;

@CaseHandlingTest
class LetterIssuerTest {

    static final OffsetDateTime REPLY_DUE = OffsetDateTime.parse("2026-12-01T17:00:00+08:00");
    static final String FACTS = "该案件应于2026年11月20日前办结，截至目前你单位尚未反馈办理结果。";

    @Autowired
    LetterIssuer issuer;
    @Autowired
    CaseLedger ledger;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    Letter reminder(String caseNo, int step) {
        return issuer.issue(caseNo, LetterKind.REMINDER, step, "ZJJ", null, FACTS, REPLY_DUE);
    }

    @Test
    void issuingTwiceGivesOneLetterWithOneNumber() {
        String caseNo = ledger.register(Disputes.heatingComplaint());

        Letter first = reminder(caseNo, 1);
        Letter again = issuer.issue(caseNo, LetterKind.REMINDER, 1, "ZJJ", null, "另一份事实", REPLY_DUE.plusDays(3));

        assertThat(again).isEqualTo(first);
        assertThat(first.letterNo()).isEqualTo("示范县综治提示〔" + first.year() + "〕第" + first.sequence() + "号");
        assertThat(first.recipientUnitCode()).isEqualTo("ZJJ");
        assertThat(first.facts()).isEqualTo(FACTS);
        assertThat(first.replyDue().toInstant()).isEqualTo(REPLY_DUE.toInstant());
        assertThat(first.acknowledgedAt()).isNull();
        assertThat(issuer.forCase(caseNo)).containsExactly(first);
        assertThat(reminder(caseNo, 2).sequence()).as("the second call took no number").isEqualTo(first.sequence() + 1);
    }

    @Test
    void aReopenedRoundOrAnotherUnitGetsItsOwnLetterForTheSameRung() {
        String caseNo = ledger.register(Disputes.heatingComplaint());
        Letter first = reminder(caseNo, 1);
        Letter toPolice = issuer.issue(caseNo, LetterKind.REMINDER, 1, "GAJ", null, FACTS, REPLY_DUE);
        assertThat(toPolice.id()).as("another unit late in the same round").isNotEqualTo(first.id());

        ledger.reopen(caseNo, "chenjing", "群众不满意，第1次重新研判");
        Letter secondRound = reminder(caseNo, 1);

        assertThat(secondRound.id()).isNotEqualTo(first.id());
        assertThat(secondRound.handlingRound()).isEqualTo(1);
        assertThat(first.handlingRound()).isZero();
        assertThat(secondRound.sequence()).isEqualTo(toPolice.sequence() + 1);
        assertThat(reminder(caseNo, 1)).as("still once within the second round").isEqualTo(secondRound);
        assertThat(issuer.forCase(caseNo)).containsExactly(first, toPolice, secondRound);
    }

    @Test
    void issuingIsRecordedOnceInTheCaseTrail() {
        String caseNo = ledger.register(Disputes.heatingComplaint());
        Letter letter = issuer.issue(caseNo, LetterKind.SUPERVISION, 2, "ZJJ", null, FACTS, REPLY_DUE);
        issuer.issue(caseNo, LetterKind.SUPERVISION, 2, "ZJJ", null, FACTS, REPLY_DUE);

        assertThat(ledger.trail(caseNo)).filteredOn(e -> e.kind().equals("LETTER_ISSUED"))
                .singleElement().extracting(CaseEvent::detail)
                .isEqualTo("发出《督办函》" + letter.letterNo() + "，主送县住房和城乡建设局");
        assertThat(letter.letterNo()).startsWith("示范县综治督办〔");
    }

    @Test
    void eightThreadsIssuingTheSameLetterGetOneLetterAndUseOneNumber() throws Exception {
        String caseNo = ledger.register(Disputes.heatingComplaint());
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Letter>> timers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            timers.add(() -> {
                start.await();
                return issuer.issue(caseNo, LetterKind.LEADER_REMINDER, 3, "ZJJ", "xugang", FACTS, REPLY_DUE);
            });
        }
        List<Future<Letter>> futures = new ArrayList<>();
        for (Callable<Letter> timer : timers) {
            futures.add(pool.submit(timer));
        }
        start.countDown();
        List<Letter> letters = new ArrayList<>();
        for (Future<Letter> f : futures) {
            letters.add(f.get(1, TimeUnit.MINUTES));
        }
        pool.shutdown();

        assertThat(letters).extracting(Letter::id).containsOnly(letters.get(0).id());
        assertThat(letters).extracting(Letter::letterNo).containsOnly(letters.get(0).letterNo());
        assertThat(issuer.forCase(caseNo)).hasSize(1);
        assertThat(ledger.trail(caseNo)).filteredOn(e -> e.kind().equals("LETTER_ISSUED")).hasSize(1);
        Letter next = issuer.issue(caseNo, LetterKind.LEADER_REMINDER, 4, null, "xugang", FACTS, REPLY_DUE);
        assertThat(next.sequence()).as("one number used by eight calls").isEqualTo(letters.get(0).sequence() + 1);
    }

    @Test
    void eightThreadsIssuingForTwoHundredCasesGetDistinctGaplessNumbers() throws Exception {
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            cases.add(ledger.register(Disputes.heatingComplaint()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<Letter>> issues = new ArrayList<>();
        for (String caseNo : cases) {
            issues.add(() -> issuer.issue(caseNo, LetterKind.SUPERVISION, 1, "ZJJ", null, FACTS, REPLY_DUE));
        }
        List<Future<Letter>> futures = pool.invokeAll(issues);
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        List<Letter> letters = new ArrayList<>();
        for (Future<Letter> f : futures) {
            letters.add(f.get());
        }
        assertThat(letters).extracting(Letter::caseNo).containsExactlyInAnyOrderElementsOf(cases);
        assertThat(letters).extracting(Letter::letterNo).doesNotHaveDuplicates();
        List<Long> sequences = letters.stream().map(Letter::sequence).sorted().toList();
        assertThat(sequences.get(199) - sequences.get(0)).as("no gaps between first and last").isEqualTo(199);

        // Across everything issued in this database: each series runs 1..n with no gap or repeat.
        List<Map<String, Object>> series = jdbc.queryForList("""
                select l.centre_code, l.kind, l.year, count(*) as issued, count(distinct l.sequence) as distinct_numbers,
                       min(l.sequence) as first_no, max(l.sequence) as last_no, max(c.last_value) as counter
                  from letters l join letter_number_counters c
                    on c.centre_code = l.centre_code and c.kind = l.kind and c.year = l.year
                 group by l.centre_code, l.kind, l.year""");
        assertThat(series).isNotEmpty().allSatisfy(s -> {
            assertThat(s.get("first_no")).as("series %s", s).isEqualTo(1L);
            assertThat(s.get("last_no")).as("series %s", s).isEqualTo(s.get("issued"));
            assertThat(s.get("distinct_numbers")).as("series %s", s).isEqualTo(s.get("issued"));
            assertThat(s.get("counter")).as("series %s", s).isEqualTo(s.get("last_no"));
        });
    }

    @Test
    void aLetterRolledBackWithItsJobGivesItsNumberBack() {
        String caseNo = ledger.register(Disputes.heatingComplaint());
        Letter rolledBack = transactions.execute(status -> {
            Letter letter = reminder(caseNo, 1);
            status.setRollbackOnly();
            return letter;
        });
        assertThat(issuer.forCase(caseNo)).isEmpty();

        Letter issued = reminder(caseNo, 1);
        assertThat(issued.letterNo()).isEqualTo(rolledBack.letterNo());
    }

    @Test
    void aLetterForAMissingCaseOrRecipientFailsNamingIt() {
        assertThatThrownBy(() -> reminder("SFX-1999-000001", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SFX-1999-000001");
        String caseNo = ledger.register(Disputes.heatingComplaint());
        assertThatThrownBy(() -> issuer.issue(caseNo, LetterKind.REMINDER, 1, "NO-SUCH-UNIT", null, FACTS, REPLY_DUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NO-SUCH-UNIT").hasMessageContaining(caseNo);
        assertThatThrownBy(() -> issuer.issue(caseNo, LetterKind.REMINDER, 1, null, null, FACTS, REPLY_DUE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("recipient");
        Letter first = reminder(caseNo, 1);
        assertThat(first.sequence()).isPositive();
    }

    @Test
    void onlyTheFirstAcknowledgementCounts() {
        String caseNo = ledger.register(Disputes.heatingComplaint());
        Letter letter = reminder(caseNo, 1);

        Letter acknowledged = issuer.acknowledge(letter.id(), "dongliang");
        Letter again = issuer.acknowledge(letter.id(), "yuanyuan");

        assertThat(acknowledged.acknowledgedBy()).isEqualTo("dongliang");
        assertThat(acknowledged.acknowledgedAt()).isNotNull();
        assertThat(again).isEqualTo(acknowledged);
        assertThat(ledger.trail(caseNo)).filteredOn(e -> e.kind().equals("LETTER_ACKNOWLEDGED")).singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("dongliang"));
    }

    @Test
    void letterNumbersFollowShortNameKindYearSequence() {
        assertThat(LetterIssuer.letterNo("示范县综治", LetterKind.REMINDER, 2026, 12)).isEqualTo("示范县综治提示〔2026〕第12号");
        assertThat(LetterIssuer.letterNo("示范县综治", LetterKind.SUPERVISION, 2026, 3)).isEqualTo("示范县综治督办〔2026〕第3号");
        assertThat(LetterIssuer.letterNo("示范县综治", LetterKind.LEADER_REMINDER, 2027, 1)).isEqualTo("示范县综治提醒〔2027〕第1号");
    }
}
