package org.zongzhi.casehandling.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.casehandling.numbering.NumberLostException;
import org.zongzhi.casehandling.numbering.NumberReservation;
import org.zongzhi.casehandling.personaldata.PersonalDataVault;
import org.zongzhi.casehandling.settings.Settings;
import org.zongzhi.casehandling.personaldata.SealedContact;

/** The case ledger every step writes to: the case row, its parties and its trail. */
@Service
public class CaseLedger {

    private static final Logger log = LoggerFactory.getLogger(CaseLedger.class);

    private final CaseMapper mapper;
    private final CaseNumberGenerator numbers;
    private final Clock clock;
    private final String centreCode;
    private final PersonalDataVault vault;
    private final TransactionTemplate transaction;
    private final ApplicationEventPublisher events;

    CaseLedger(CaseMapper mapper, CaseNumberGenerator numbers, Clock clock, Settings settings,
               PersonalDataVault vault, PlatformTransactionManager transactions, ApplicationEventPublisher events) {
        this.transaction = new TransactionTemplate(transactions);
        this.mapper = mapper;
        this.events = events;
        this.vault = vault;
        this.numbers = numbers;
        this.clock = clock;
        this.centreCode = settings.centreCode();
    }

    /**
     * Takes a case number for a registration, in a short transaction of its own: call before the
     * registration's transaction, then {@link #register(NewCase, NumberReservation)} in it.
     */
    public NumberReservation reserveNumber() {
        return numbers.reserve(centreCode);
    }

    /**
     * Registers a matter with a number of its own ({@link #register(NewCase, NumberReservation)}),
     * in the caller's transaction or a new one.
     */
    public String register(NewCase newCase) {
        NumberReservation number = reserveNumber();
        // A registration that fails after claiming its number gives it back by itself.
        return transaction.execute(status -> register(newCase, number));
    }

    /**
     * Registers a matter (信息汇集) under the number reserved for it and returns the case number.
     * Throws {@link NumberLostException} if the number went to another registration meanwhile; if
     * the transaction rolls back, the number is given back.
     */
    @Transactional
    public String register(NewCase newCase, NumberReservation number) {
        String caseNo = numbers.claim(centreCode, number);
        SealedContact reporter = vault.seal(newCase.reporterPhone(), newCase.reporterIdNumber());
        List<SealedContact> parties = newCase.parties().stream().map(p -> vault.seal(p.phone(), p.idNumber())).toList();
        OffsetDateTime now = OffsetDateTime.now(clock);
        mapper.insertCase(caseNo, centreCode, newCase, reporter, CaseStatus.REGISTERED, now);
        for (int i = 0; i < parties.size(); i++) {
            mapper.insertParty(caseNo, newCase.parties().get(i), parties.get(i));
        }
        String detail = "经" + newCase.channel().label() + "受理登记";
        mapper.insertEvent(new CaseEvent(null, caseNo, now, newCase.firstContactOwner(), TrailEvent.REGISTERED.name(),
                detail));
        events.publishEvent(new CaseChanged(caseNo, CaseStatus.REGISTERED, TrailEvent.REGISTERED, detail, now));
        try (MDC.MDCCloseable ignored = MDC.putCloseable("caseNo", caseNo)) {
            log.info("Case registered from channel {}", newCase.channel());
        }
        return caseNo;
    }

    /** A step moved the case on: new status and a line in the trail. */
    @Transactional
    public void recordStep(String caseNo, CaseStatus status, String actor, TrailEvent kind, String detail) {
        recordStep(caseNo, status, actor, kind, detail, List.of());
    }

    /** A step moved the case on, with what the person entered on the step's form (kept for good). */
    @Transactional
    public void recordStep(String caseNo, CaseStatus status, String actor, TrailEvent kind, String detail,
                           List<StepValue> entered) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (status != null) {
            requireOne(mapper.updateStatus(caseNo, status, now), caseNo);
        }
        mapper.insertEvent(new CaseEvent(null, caseNo, now, actor, kind.name(), detail, entered));
        events.publishEvent(new CaseChanged(caseNo, status, kind, detail, now));
    }

    /** A unit's group was given a task of the case: from now on the unit may read the case. */
    public void recordOrder(String caseNo, String unitGroup, String taskKey) {
        mapper.insertOrder(caseNo, unitGroup, taskKey, OffsetDateTime.now(clock));
    }

    /** Whether any of these unit groups was ever given a task of the case. */
    public boolean wasOrdered(String caseNo, List<String> unitGroups) {
        return !unitGroups.isEmpty() && mapper.isOrdered(caseNo, unitGroups);
    }

    /** 一事一策 named the lead unit anew: the case is that unit's from now on. */
    @Transactional
    public void recordResponsibleUnit(String caseNo, String unitCode, String actor, String detail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        requireOne(mapper.updateResponsibleUnit(caseNo, unitCode, now), caseNo);
        mapper.insertEvent(new CaseEvent(null, caseNo, now, actor, TrailEvent.UNIT_CHANGED.name(), detail));
    }

    /** 会商研判 concluded: grade and responsible unit (null for 当场调解 at the centre). */
    @Transactional
    public void recordAssessment(String caseNo, String grade, String unitCode, String actor, String detail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        requireOne(mapper.updateAssessment(caseNo, grade, unitCode, now), caseNo);
        mapper.insertEvent(new CaseEvent(null, caseNo, now, actor, TrailEvent.ASSESSED.name(), detail));
    }

    /** The deadline the responsible unit is held to now. */
    @Transactional
    public void recordDue(String caseNo, OffsetDateTime dueAt) {
        requireOne(mapper.updateDue(caseNo, dueAt, OffsetDateTime.now(clock)), caseNo);
    }

    /** 办结 after the return visit reached the citizen. */
    @Transactional
    public void close(String caseNo, String actor, String detail) {
        close(caseNo, ClosedAs.VISITED, actor, detail);
    }

    /** 办结, recording how the loop was closed (e.g. 无法联系 after the visits failed). */
    @Transactional
    public void close(String caseNo, ClosedAs closedAs, String actor, String detail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        requireOne(mapper.markClosed(caseNo, closedAs, now), caseNo);
        mapper.insertEvent(new CaseEvent(null, caseNo, now, actor, TrailEvent.CLOSED.name(), detail));
        events.publishEvent(new CaseChanged(caseNo, CaseStatus.CLOSED, TrailEvent.CLOSED, detail, now));
    }

    /**
     * 办理结果 of this round as checked codes (the trail keeps the labels shown): {@code way} as on
     * the handling form (PEOPLE_MEDIATION …, or ON_SPOT_MEDIATION), {@code outcome} AGREEMENT,
     * JUDICIAL_CONFIRMATION, LITIGATION, ARBITRATION, ADMIN_REVIEW or NOT_RESOLVED.
     */
    public void recordOutcome(String caseNo, String step, String way, String outcome) {
        mapper.insertOutcome(caseNo, step, way, outcome, OffsetDateTime.now(clock));
    }

    /** 回访: whether the citizen was reached and, if so, the satisfaction given (SATISFIED …). */
    public void recordVisit(String caseNo, boolean reached, String satisfaction) {
        mapper.insertVisit(caseNo, reached, reached ? satisfaction : null, OffsetDateTime.now(clock));
    }

    @Transactional
    public void reopen(String caseNo, String actor, String detail) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        requireOne(mapper.markReopened(caseNo, now), caseNo);
        mapper.insertEvent(new CaseEvent(null, caseNo, now, actor, TrailEvent.REOPENED.name(), detail));
    }

    /**
     * 并单: the case becomes part of the surviving one. Its row and channel reference stay, pointing
     * at the survivor, so the same reference submitted again leads to the survivor.
     */
    @Transactional
    public void merge(String caseNo, String into, String actor) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (mapper.markMerged(caseNo, into, now) != 1) {
            throw new IllegalStateException("Case " + caseNo + " cannot be merged into " + into
                    + ": it is closed, already merged or not in the ledger");
        }
        mapper.insertEvent(new CaseEvent(null, caseNo, now, actor, TrailEvent.MERGED.name(), "并入案件 " + into));
        mapper.insertEvent(new CaseEvent(null, into, now, actor, TrailEvent.MERGED_IN.name(), "案件 " + caseNo + " 并入本案"));
    }

    public List<CaseReference> references(String caseNo) {
        return mapper.findReferences(caseNo);
    }

    /** Possible duplicates: the same person, or the same village and matter type, within 90 days. */
    public List<RelatedCase> related(String caseNo) {
        return mapper.findRelated(caseNo);
    }

    private static void requireOne(int updated, String caseNo) {
        if (updated != 1) {
            throw new IllegalStateException("Case " + caseNo + " is not in the ledger (expected one row, updated "
                    + updated + ")");
        }
    }

    /** The case with the reporter's phone and ID number opened: for our code, not for answers as is. */
    public Optional<CaseRecord> find(String caseNo) {
        return Optional.ofNullable(mapper.findCase(caseNo)).map(c -> c.withContact(vault::open, vault::open));
    }

    /** The parties with phones and ID numbers opened: for our code, not for answers as is. */
    public List<Party> parties(String caseNo) {
        return mapper.findParties(caseNo).stream().map(p -> p.withContact(vault::open, vault::open)).toList();
    }

    /** The keyed hash of the reporter's phone (PersonalDataLookup.phone), or null: checked without opening it. */
    public String reporterPhoneLookup(String caseNo) {
        return mapper.findReporterPhoneLookup(caseNo);
    }

    public List<CaseEvent> trail(String caseNo) {
        return mapper.findEvents(caseNo);
    }

    public long count() {
        return mapper.countCases();
    }
}
