package org.zongzhi.casehandling.letters;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.cases.TrailEvent;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.numbering.GaplessNumbers;
import org.zongzhi.casehandling.numbering.NumberReservation;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.process.UnitGroups;
import org.zongzhi.casehandling.settings.Settings;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * Issues the escalation letters 《工作提示函》, 《督办函》 and 《工作提醒函》: exactly one per case,
 * handling round, late step, responsible unit (or post), kind and rung, however often a retried
 * job or a timer on another node asks, and numbered per centre, kind and year without gaps.
 */
@Service
public class LetterIssuer {

    private static final Logger log = LoggerFactory.getLogger(LetterIssuer.class);

    private final LetterMapper mapper;
    private final GaplessNumbers numbers;
    private final CaseLedger ledger;
    private final Directory directory;
    private final Clock clock;
    private final String centreCode;
    private final String centreShortName;

    LetterIssuer(LetterMapper mapper, GaplessNumbers numbers, CaseLedger ledger, Directory directory, Clock clock,
                 Settings settings) {
        this.mapper = mapper;
        this.numbers = numbers;
        this.ledger = ledger;
        this.directory = directory;
        this.clock = clock;
        this.centreCode = settings.centreCode();
        this.centreShortName = settings.centreShortName();
    }

    /** What a letter is about: a late step (timeLimits' step) that a group (unit-ZJJ, assessor) owes. */
    public record LateStep(String step, String responsible) {

        /** The unit's handling (限时办理), owed by the unit. */
        static LateStep handlingBy(String unitCode, String userId) {
            return new LateStep("HANDLE", unitCode != null ? UnitGroups.of(unitCode) : userId);
        }
    }

    /** A letter about the unit's handling (限时办理): see {@link #issue(String, LateStep, LetterKind, int, String, String, String, String, OffsetDateTime)}. */
    @Transactional
    public Letter issue(String caseNo, LetterKind kind, int ladderStep, String recipientUnitCode,
                        String recipientUserId, String facts, OffsetDateTime replyDue) {
        return issue(caseNo, LateStep.handlingBy(recipientUnitCode, recipientUserId), kind, ladderStep,
                recipientUnitCode, recipientUserId, null, facts, replyDue);
    }

    /**
     * Issues the letter for this case, handling round, late step, responsible group, kind and rung,
     * or returns the one already issued (unchanged, whatever the other arguments say now). The
     * round is the case's reopen count in the ledger: after 不满意 the next round is late on its
     * own account. The letter goes to a unit, a person (a leader) or a centre post (a role group
     * such as assessor, for steps the centre itself owes). Joins the caller's transaction, e.g. the
     * timer job's, so a job that fails after this call takes its letter back with it and gives its
     * number back (the next letter of the kind gets it).
     */
    @Transactional
    public Letter issue(String caseNo, LateStep about, LetterKind kind, int ladderStep, String recipientUnitCode,
                        String recipientUserId, String recipientPost, String facts, OffsetDateTime replyDue) {
        if (caseNo == null || kind == null || about == null || about.step() == null || about.responsible() == null) {
            throw new IllegalArgumentException("A letter needs a case number, a kind, a late step and who owes it (a recipient unit or user)"
                    + " (got case " + caseNo + ", kind " + kind + ", " + about + ")");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        int year = now.atZoneSameInstant(ChinaTime.ZONE).getYear();
        int round = ledger.find(caseNo).map(c -> c.reopenCount() == null ? 0 : c.reopenCount())
                .orElseThrow(() -> new IllegalArgumentException("Cannot issue " + kind + " for case " + caseNo
                        + ": the case is not in the ledger"));
        // Two timers (two nodes, a retried job) issuing the same letter: the second waits here until
        // the first commits, then finds its letter. Different letters do not wait for each other.
        mapper.lockLetter(String.join("|", caseNo, Integer.toString(round), about.step(), about.responsible(),
                kind.name(), Integer.toString(ladderStep)));
        Letter existing = mapper.findByStep(caseNo, round, about.step(), about.responsible(), kind, ladderStep);
        if (existing != null) {
            return alreadyIssued(existing, round, about);
        }

        requireIssuable(caseNo, kind, recipientUnitCode, recipientUserId, recipientPost, facts, replyDue);
        // The number is taken in its own short transaction and claimed in this one (the timer job's):
        // no other letter waits for this job to commit. A job that fails gives its number back.
        NumberReservation number = numbers.reserve(series(kind), year,
                y -> mapper.advanceCounter(centreCode, kind, y));
        numbers.claim(number);
        String letterNo = letterNo(centreShortName, kind, number.year(), number.sequence());
        Letter letter = mapper.insertLetter(new Letter(null, caseNo, kind, ladderStep, letterNo, centreCode,
                number.year(), number.sequence(), recipientUnitCode, recipientUserId, facts, replyDue, now, null, null,
                round, about.step(), about.responsible(), recipientPost));
        if (letter == null) {
            // Another node's job issued the same letter and committed while this one ran.
            numbers.unclaim(number);
            return alreadyIssued(mapper.findByStep(caseNo, round, about.step(), about.responsible(), kind, ladderStep),
                    round, about);
        }
        ledger.recordStep(caseNo, null, ProcessActor.SYSTEM, TrailEvent.LETTER_ISSUED, "发出《" + kind.label() + "》" + letterNo
                + "，主送" + recipientLabel(recipientUnitCode, recipientUserId, recipientPost));
        try (MDC.MDCCloseable ignored = MDC.putCloseable("caseNo", caseNo)) {
            log.info("Issued {} rung {} of round {} for {} owed by {} as {} to unit {} / user {}", kind, ladderStep,
                    round, about.step(), about.responsible(), letterNo, recipientUnitCode, recipientUserId);
        }
        return letter;
    }

    private static Letter alreadyIssued(Letter existing, int round, LateStep about) {
        try (MDC.MDCCloseable ignored = MDC.putCloseable("caseNo", existing.caseNo())) {
            log.info("{} rung {} of round {} for {} owed by {} was already issued as {}; not issued again",
                    existing.kind(), existing.ladderStep(), round, about.step(), about.responsible(), existing.letterNo());
        }
        return existing;
    }

    /** Numbered per centre, kind and year. */
    private String series(LetterKind kind) {
        return "letter:" + centreCode + ":" + kind.name();
    }

    /** The recipient has received the letter. Only the first acknowledgement is recorded. */
    @Transactional
    public Letter acknowledge(long id, String userId) {
        Letter letter = find(id).orElseThrow(() -> new IllegalArgumentException("Letter " + id + " does not exist"));
        if (mapper.acknowledge(id, userId, OffsetDateTime.now(clock)) == 1) {
            ledger.recordStep(letter.caseNo(), null, userId, TrailEvent.LETTER_ACKNOWLEDGED,
                    "签收《" + letter.kind().label() + "》" + letter.letterNo());
        }
        return mapper.findById(id);
    }

    public Optional<Letter> find(long id) {
        return Optional.ofNullable(mapper.findById(id));
    }

    public List<Letter> forCase(String caseNo) {
        return mapper.findByCase(caseNo);
    }

    /** 示范县综治督办〔2026〕第3号: short name, kind, year in 〔〕, sequence. */
    static String letterNo(String centreShortName, LetterKind kind, int year, long sequence) {
        return "%s%s〔%d〕第%d号".formatted(centreShortName, kind.numberWord(), year, sequence);
    }

    private void requireIssuable(String caseNo, LetterKind kind, String unitCode, String userId, String post,
                                 String facts, OffsetDateTime replyDue) {
        String which = kind + " for case " + caseNo;
        if (unitCode == null && userId == null && post == null) {
            throw new IllegalArgumentException("Cannot issue " + which + ": it needs a recipient unit, user or post");
        }
        if (post != null && postLabel(post).isEmpty()) {
            throw new IllegalArgumentException("Cannot issue " + which + ": post " + post + " is not a role of the centre");
        }
        if (unitCode != null && directory.unit(unitCode).isEmpty()) {
            throw new IllegalArgumentException("Cannot issue " + which + ": unit " + unitCode
                    + " is not in the directory");
        }
        if (userId != null && directory.person(userId).isEmpty()) {
            throw new IllegalArgumentException("Cannot issue " + which + ": user " + userId
                    + " is not in the directory");
        }
        if (facts == null || facts.isBlank()) {
            throw new IllegalArgumentException("Cannot issue " + which + ": it must state the facts");
        }
        if (replyDue == null) {
            throw new IllegalArgumentException("Cannot issue " + which + ": it needs a reply deadline");
        }
    }

    /** The addressee: the leader if the letter names one, else the unit, else the centre's post. */
    private String recipientLabel(String unitCode, String userId, String post) {
        if (userId != null) {
            return directory.person(userId).map(p -> p.name()).orElse(userId);
        }
        if (unitCode != null) {
            return directory.unit(unitCode).map(u -> u.name()).orElse(unitCode);
        }
        return postLabel(post).orElse(post);
    }

    /** 本中心研判员: how a letter to a centre post (a role group such as assessor) names it. */
    static Optional<String> postLabel(String post) {
        return Arrays.stream(Role.values()).filter(r -> r.groupId().equals(post)).findFirst()
                .map(r -> "本中心" + r.label());
    }
}
