package org.zongzhi.casehandling.cases;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The case ledger every step writes to: the case row, its parties and its trail. */
@Service
public class CaseLedger {

    private static final Logger log = LoggerFactory.getLogger(CaseLedger.class);

    private final CaseMapper mapper;
    private final CaseNumberGenerator numbers;
    private final Clock clock;
    private final String centreCode;

    CaseLedger(CaseMapper mapper, CaseNumberGenerator numbers, Clock clock,
               @Value("${zongzhi.centre-code}") String centreCode) {
        this.mapper = mapper;
        this.numbers = numbers;
        this.clock = clock;
        this.centreCode = centreCode;
    }

    /** Registers a matter (信息汇集) and returns its case number. */
    @Transactional
    public String register(NewCase newCase) {
        String caseNo = numbers.next(centreCode);
        OffsetDateTime now = OffsetDateTime.now(clock);
        mapper.insertCase(caseNo, centreCode, newCase, CaseStatus.REGISTERED, now);
        for (Party party : newCase.parties()) {
            mapper.insertParty(caseNo, party);
        }
        mapper.insertEvent(new CaseEvent(null, caseNo, now, newCase.firstContactOwner(), "REGISTERED",
                "经" + newCase.channel().label() + "受理登记"));
        try (MDC.MDCCloseable ignored = MDC.putCloseable("caseNo", caseNo)) {
            log.info("Case registered from channel {}", newCase.channel());
        }
        return caseNo;
    }

    public Optional<CaseRecord> find(String caseNo) {
        return Optional.ofNullable(mapper.findCase(caseNo));
    }

    public List<Party> parties(String caseNo) {
        return mapper.findParties(caseNo);
    }

    public List<CaseEvent> trail(String caseNo) {
        return mapper.findEvents(caseNo);
    }

    public long count() {
        return mapper.countCases();
    }
}
