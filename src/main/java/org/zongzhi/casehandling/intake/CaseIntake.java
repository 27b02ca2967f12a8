package org.zongzhi.casehandling.intake;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.cases.NewCase;
import org.zongzhi.casehandling.cases.Party;

/**
 * 信息汇集 from every channel: a matter becomes a case in the ledger and a running caseHandling
 * process in one transaction, once per channel reference. The same reference again, or twenty
 * times at once, gets the case it already became.
 */
@Service
class CaseIntake {

    private static final Logger log = LoggerFactory.getLogger(CaseIntake.class);
    static final String PROCESS_KEY = "caseHandling";

    record Receipt(String caseNo, boolean created, String channel, String externalRef) {
    }

    private final CaseLedger ledger;
    private final IntakeMapper mapper;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;

    CaseIntake(CaseLedger ledger, IntakeMapper mapper, RuntimeService runtime, PlatformTransactionManager transactions) {
        this.ledger = ledger;
        this.mapper = mapper;
        this.runtime = runtime;
        this.transaction = new TransactionTemplate(transactions);
    }

    Receipt submit(IntakeRequest request, Channel channel, String firstContactOwner) {
        String ref = blankToNull(request.externalRef());
        Optional<Receipt> existing = existing(channel, ref);
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            String caseNo = transaction.execute(status -> register(request, channel, ref, firstContactOwner));
            return new Receipt(caseNo, true, channel.name(), ref);
        } catch (DuplicateKeyException e) {
            // Another request with the same reference committed first (cases_channel_ref_uq): ours rolled back whole.
            log.info("Channel {} reference submitted concurrently; answering with the existing case", channel);
            return existing(channel, ref).orElseThrow(() -> new IllegalStateException("Channel " + channel
                    + " reference " + ref + " collided on the unique index, but no case holds it", e));
        }
    }

    private Optional<Receipt> existing(Channel channel, String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.findCaseNo(channel.name(), ref))
                .map(caseNo -> new Receipt(caseNo, false, channel.name(), ref));
    }

    private String register(IntakeRequest request, Channel channel, String ref, String owner) {
        String caseNo = ledger.register(newCase(request, channel, ref, owner));
        request.attachments().forEach(a -> mapper.insertAttachment(caseNo, a));
        // Started without an engine user: the channel was checked by ChannelAccess, and channel
        // accounts hold no engine permissions, so they cannot start cases past this API.
        runtime.startProcessInstanceByKey(PROCESS_KEY, caseNo, processVariables(caseNo, request, channel, owner));
        return caseNo;
    }

    private static NewCase newCase(IntakeRequest r, Channel channel, String ref, String owner) {
        IntakeRequest.Reporter reporter = r.reporter();
        List<Party> parties = r.parties().stream()
                .map(p -> new Party(p.role(), p.name().strip(), blankToNull(p.phone()), upper(p.idNumber())))
                .toList();
        if (parties.isEmpty()) {
            // As at the window: with nobody else named, the reporter is the applicant.
            parties = List.of(new Party("APPLICANT", reporter.name().strip(), reporter.phone(),
                    upper(reporter.idNumber())));
        }
        return new NewCase(channel, ref, reporter.name().strip(), reporter.phone(), upper(reporter.idNumber()),
                r.place().townshipCode(), blankToNull(r.place().villageCode()), blankToNull(r.place().address()),
                r.matterType(), r.summary().strip(), r.amountAtStake(), r.peopleInvolved(), r.occurredAt(), owner,
                parties);
    }

    /** What the process decides on; the reporter's name, phone and ID number stay in the ledger. */
    static Map<String, Object> processVariables(String caseNo, IntakeRequest r, Channel channel, String owner) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("caseNo", caseNo);
        variables.put("channel", channel.name());
        variables.put("matterType", r.matterType());
        variables.put("townshipCode", r.place().townshipCode());
        String village = blankToNull(r.place().villageCode());
        if (village != null) {
            variables.put("villageCode", village);
        }
        variables.put("summary", r.summary().strip());
        variables.put("peopleInvolved", r.peopleInvolved() == null ? 1L : r.peopleInvolved().longValue());
        variables.put("amountAtStake", r.amountAtStake() == null ? 0.0 : r.amountAtStake().doubleValue());
        variables.put("groupIncident", Boolean.TRUE.equals(r.groupIncident()));
        variables.put("crossArea", Boolean.TRUE.equals(r.crossArea()));
        variables.put("firstContactOwner", owner);
        return variables;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String upper(String idNumber) {
        String value = blankToNull(idNumber);
        return value == null ? null : value.toUpperCase(Locale.ROOT);
    }
}
