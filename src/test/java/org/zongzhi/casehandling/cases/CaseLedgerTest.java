package org.zongzhi.casehandling.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.numbering.NumberLostException;
import org.zongzhi.casehandling.numbering.NumberReservation;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.zongzhi.casehandling.CaseHandlingTest;

@CaseHandlingTest
@ExtendWith(OutputCaptureExtension.class)
class CaseLedgerTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CaseLedger ledger;

    static NewCase walkIn(String ref) {
        return new NewCase(Channel.WALK_IN, ref, "李春华", "13912345678", "110101199003071234",
                "SFX-DH", "SFX-DH-LJZ", "东河乡李家庄村三组", "土地纠纷",
                "两户村民因宅基地边界发生争执，要求调解。", new BigDecimal("20000.00"), 2,
                OffsetDateTime.parse("2026-11-20T09:30:00+08:00"), "wangfang",
                List.of(new Party("APPLICANT", "李春华", "13912345678", "110101199003071234"),
                        new Party("RESPONDENT", "王大山", "13800001111", null)));
    }

    @Test
    void registeredCaseIsInTheLedgerWithItsPartiesAndTrail() {
        String caseNo = ledger.register(walkIn(null));

        assertThat(caseNo).matches("SFX-\\d{4}-\\d{6}");
        CaseRecord record = ledger.find(caseNo).orElseThrow();
        assertThat(record.status()).isEqualTo(CaseStatus.REGISTERED);
        assertThat(record.channel()).isEqualTo(Channel.WALK_IN);
        assertThat(record.firstContactOwner()).isEqualTo("wangfang");
        assertThat(record.villageCode()).isEqualTo("SFX-DH-LJZ");
        assertThat(record.amountAtStake()).isEqualByComparingTo("20000");
        assertThat(record.occurredAt().toInstant()).isEqualTo(OffsetDateTime.parse("2026-11-20T01:30:00Z").toInstant());
        assertThat(ledger.parties(caseNo)).extracting(Party::name).containsExactly("李春华", "王大山");
        assertThat(ledger.trail(caseNo)).singleElement().satisfies(e -> {
            assertThat(e.kind()).isEqualTo("REGISTERED");
            assertThat(e.actor()).isEqualTo("wangfang");
            assertThat(e.detail()).contains("来访");
        });
    }

    @Test
    void logsCarryTheCaseNumberButNoNamesPhonesOrIdNumbers(CapturedOutput output) {
        String caseNo = ledger.register(walkIn(null));

        assertThat(output.getAll()).contains(caseNo)
                .doesNotContain("李春华", "王大山", "13912345678", "110101199003071234");
    }

    @Test
    void eightThreadsRegisteringFourHundredCasesGetDistinctGaplessNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<String>> intakes = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            intakes.add(() -> ledger.register(walkIn(null)));
        }
        List<Future<String>> futures = pool.invokeAll(intakes);
        pool.shutdown();
        assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();

        Set<String> numbers = new TreeSet<>();
        for (Future<String> f : futures) {
            numbers.add(f.get());
        }
        assertThat(numbers).hasSize(400);
        List<Long> sequence = numbers.stream().map(n -> Long.parseLong(n.substring(n.lastIndexOf('-') + 1))).sorted().toList();
        assertThat(sequence.get(399) - sequence.get(0)).as("no gaps between first and last").isEqualTo(399);
        for (String n : numbers) {
            assertThat(ledger.find(n)).isPresent();
        }
    }

    @Test
    void aRolledBackIntakeGivesItsNumberBack() {
        String first = ledger.register(walkIn(null));
        NewCase broken = new NewCase(Channel.WALK_IN, null, null, null, null, "NO-SUCH-TOWNSHIP", null, null,
                "土地纠纷", "摘要", null, null, null, "wangfang", List.of());
        assertThatThrownBy(() -> ledger.register(broken))
                .isInstanceOf(DataIntegrityViolationException.class);
        String next = ledger.register(walkIn(null));

        assertThat(sequenceOf(next)).isEqualTo(sequenceOf(first) + 1);
    }

    /**
     * A registration killed between taking its number and inserting its case (kill -9, a lost
     * connection) leaves its number held; once abandoned it is the next number given out, and the
     * dead registration, were it to come back, can no longer claim it.
     */
    @Test
    void aNumberLeftByARegistrationThatNeverFinishedIsGivenOutAgain() {
        NumberReservation dead = ledger.reserveNumber();
        jdbc.update("update number_reservations set reserved_at = reserved_at - interval '3 minutes'"
                + " where series = ? and year = ? and sequence = ?", dead.series(), dead.year(), dead.sequence());

        String next = ledger.register(walkIn(null));

        assertThat(sequenceOf(next)).isEqualTo(dead.sequence());
        assertThat(ledger.find(next)).isPresent();
        assertThatThrownBy(() -> ledger.register(walkIn(null), dead)).isInstanceOf(NumberLostException.class);
        assertThat(jdbc.queryForObject("select count(*) from number_reservations where series = ? and sequence = ?",
                Long.class, dead.series(), dead.sequence())).isZero();
    }

    @Test
    void aNumberHeldByARegistrationStillRunningIsNotGivenOut() {
        NumberReservation running = ledger.reserveNumber();

        String next = ledger.register(walkIn(null));

        assertThat(sequenceOf(next)).isNotEqualTo(running.sequence());
        assertThat(sequenceOf(ledger.register(walkIn(null), running))).isEqualTo(running.sequence());
    }

    @Test
    void oneChannelReferenceCannotBecomeTwoCases() {
        ledger.register(walkIn("WALKIN-2026-0001"));
        assertThatThrownBy(() -> ledger.register(walkIn("WALKIN-2026-0001")))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void numbersFollowCentreYearSequence() {
        assertThat(CaseNumberGenerator.format("SFX", 2026, 123)).isEqualTo("SFX-2026-000123");
    }

    private static long sequenceOf(String caseNo) {
        return Long.parseLong(caseNo.substring(caseNo.lastIndexOf('-') + 1));
    }
}
