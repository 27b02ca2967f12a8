package org.zongzhi.casehandling.intake;

import static org.zongzhi.casehandling.process.ProcessVariables.AMOUNT_AT_STAKE;
import static org.zongzhi.casehandling.process.ProcessVariables.CASE_NO;
import static org.zongzhi.casehandling.process.ProcessVariables.CHANNEL;
import static org.zongzhi.casehandling.process.ProcessVariables.CROSS_AREA;
import static org.zongzhi.casehandling.process.ProcessVariables.FIRST_CONTACT_OWNER;
import static org.zongzhi.casehandling.process.ProcessVariables.GROUP_INCIDENT;
import static org.zongzhi.casehandling.process.ProcessVariables.MATTER_TYPE;
import static org.zongzhi.casehandling.process.ProcessVariables.PEOPLE_INVOLVED;
import static org.zongzhi.casehandling.process.ProcessVariables.SUMMARY;
import static org.zongzhi.casehandling.process.ProcessVariables.TOWNSHIP_CODE;
import static org.zongzhi.casehandling.process.ProcessVariables.VILLAGE_CODE;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.cases.NewCase;
import org.zongzhi.casehandling.cases.Party;
import org.zongzhi.casehandling.engineguard.SanctionedStarts;
import org.zongzhi.casehandling.numbering.NumberLostException;
import org.zongzhi.casehandling.numbering.NumberReservation;
import org.zongzhi.casehandling.process.ProcessKeys;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.web.EngineIdentity;

/**
 * 信息汇集 from every channel: a matter becomes a case in the ledger and a running caseHandling
 * process in one transaction, once per channel reference; the answer comes once both are committed,
 * the 研判定级 task shortly after (see {@link #register}). The same reference again, or twenty
 * times at once, gets the case it already became.
 */
@Service
class CaseIntake {

    private static final Logger log = LoggerFactory.getLogger(CaseIntake.class);
    static final String PROCESS_KEY = ProcessKeys.CASE_HANDLING;
    private static final int NUMBER_ATTEMPTS = 3;

    /** The answer to a channel; the process started for a new case is for our own callers only. */
    record Receipt(String caseNo, boolean created, String channel, String externalRef,
                   @JsonIgnore ProcessInstance process) {
    }

    private final IntakeReader reader;
    private final IntakeValidation validation;
    private final ChannelAccess access;
    private final CaseLedger ledger;
    private final IntakeMapper mapper;
    private final RuntimeService runtime;
    private final TransactionTemplate transaction;

    CaseIntake(IntakeReader reader, IntakeValidation validation, ChannelAccess access, CaseLedger ledger,
               IntakeMapper mapper, RuntimeService runtime, PlatformTransactionManager transactions) {
        this.reader = reader;
        this.validation = validation;
        this.access = access;
        this.ledger = ledger;
        this.mapper = mapper;
        this.runtime = runtime;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * A matter as the intake API and the window's start form hand it over: who may submit it, then
     * every wrong field at once ({@link IntakeRejectedException}), then the case.
     */
    Receipt accept(JsonNode body, Authentication user) {
        access.requireIntakeRole(user);
        IntakeReader.Result read = reader.read(body);
        List<FieldProblem> problems = validation.problems(read.request(), read.problems());
        // A channel that is known but not the caller's is refused as such, whatever else is wrong.
        IntakeRequest request = read.request();
        Channel channel = request == null ? null : IntakeValidation.channel(request.channel()).orElse(null);
        if (channel != null) {
            access.requireMaySubmit(user, channel);
        }
        if (!problems.isEmpty()) {
            throw new IntakeRejectedException(problems);
        }
        return submit(request, channel, user.getName());
    }

    /**
     * A matter a grid worker found on patrol and hands to the centre (the grid page): the GRID
     * channel only, every other check as at the intake API; the worker is its first contact.
     */
    Receipt acceptFromGrid(JsonNode body, Authentication gridWorker) {
        if (!EngineIdentity.groups(gridWorker).contains(Role.GRID_WORKER.groupId())) {
            throw new ChannelRefusedException("用户 " + gridWorker.getName() + " 不是网格员，不能提交网格员上报的事项");
        }
        IntakeReader.Result read = reader.read(body);
        List<FieldProblem> problems = validation.problems(read.request(), read.problems());
        IntakeRequest request = read.request();
        Channel channel = request == null ? null : IntakeValidation.channel(request.channel()).orElse(null);
        if (channel != null && channel != Channel.GRID) {
            throw new ChannelRefusedException("网格员只能提交网格员上报的事项，不能提交" + channel.label() + "的事项");
        }
        if (!problems.isEmpty()) {
            throw new IntakeRejectedException(problems);
        }
        return submit(request, channel, gridWorker.getName());
    }

    Receipt submit(IntakeRequest request, Channel channel, String firstContactOwner) {
        String ref = blankToNull(request.externalRef());
        Optional<Receipt> existing = existing(channel, ref);
        if (existing.isPresent()) {
            return existing.get();
        }
        for (int attempt = 1; ; attempt++) {
            NumberReservation number = ledger.reserveNumber();
            try {
                ProcessInstance process = transaction.execute(status -> register(request, channel, ref, firstContactOwner,
                        number));
                return new Receipt(process.getBusinessKey(), true, channel.name(), ref, process);
            } catch (NumberLostException e) {
                // Nothing was written and the number is another registration's now: take a new one.
                if (attempt == NUMBER_ATTEMPTS) {
                    throw e;
                }
                log.warn("Registration took too long to claim its case number; taking another", e);
            } catch (DuplicateKeyException e) {
                // Another request with the same reference committed first (cases_channel_ref_uq): ours
                // rolled back whole, its number given back.
                log.info("Channel {} reference submitted concurrently; answering with the existing case", channel);
                return existing(channel, ref).orElseThrow(() -> new IllegalStateException("Channel " + channel
                        + " reference " + ref + " collided on the unique index, but no case holds it", e));
            }
        }
    }

    private Optional<Receipt> existing(Channel channel, String ref) {
        if (ref == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.findCaseNo(channel.name(), ref))
                .map(caseNo -> new Receipt(caseNo, false, channel.name(), ref, null));
    }

    /**
     * The ledger rows and the process start up to its first wait state, 登记立案's asynchronous
     * continuation (one job), in one transaction: the engine writes its rows when its command ends,
     * still inside this transaction, so an acknowledged case is always committed with its job. The
     * case number was taken before, in a transaction of its own, so no other intake waits for this
     * one. Risk rules, decision tables and 研判定级 run in that job, after the answer.
     */
    private ProcessInstance register(IntakeRequest request, Channel channel, String ref, String owner,
                                     NumberReservation number) {
        NewCase newCase = newCase(request, channel, ref, owner);
        Map<String, Object> variables = processVariables(request, channel, owner);
        String caseNo = ledger.register(newCase, number);
        variables.put(CASE_NO, caseNo);
        request.attachments().forEach(a -> mapper.insertAttachment(caseNo, a));
        // Started without an engine user and under our own permission slip: the StartGuard refuses
        // any start of caseHandling that does not come through here.
        return SanctionedStarts.run(caseNo, () -> runtime.startProcessInstanceByKey(PROCESS_KEY, caseNo, variables));
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

    /**
     * What the process decides on, but the case number (known only once it is taken); the
     * reporter's name, phone and ID number stay in the ledger.
     */
    static Map<String, Object> processVariables(IntakeRequest r, Channel channel, String owner) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(CHANNEL, channel.name());
        variables.put(MATTER_TYPE, r.matterType());
        variables.put(TOWNSHIP_CODE, r.place().townshipCode());
        String village = blankToNull(r.place().villageCode());
        if (village != null) {
            variables.put(VILLAGE_CODE, village);
        }
        variables.put(SUMMARY, r.summary().strip());
        variables.put(PEOPLE_INVOLVED, r.peopleInvolved() == null ? 1L : r.peopleInvolved().longValue());
        variables.put(AMOUNT_AT_STAKE, r.amountAtStake() == null ? 0.0 : r.amountAtStake().doubleValue());
        variables.put(GROUP_INCIDENT, Boolean.TRUE.equals(r.groupIncident()));
        variables.put(CROSS_AREA, Boolean.TRUE.equals(r.crossArea()));
        variables.put(FIRST_CONTACT_OWNER, owner);
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
