package org.zongzhi.casehandling.risk;

import static org.zongzhi.casehandling.process.ProcessVariables.CASE_NO;
import static org.zongzhi.casehandling.process.ProcessVariables.LEAD_UNIT;
import static org.zongzhi.casehandling.process.ProcessVariables.MATTER_TYPE;
import static org.zongzhi.casehandling.process.ProcessVariables.RULE_NAME;
import static org.zongzhi.casehandling.process.ProcessVariables.SUBJECT;
import static org.zongzhi.casehandling.process.ProcessVariables.TERRITORY_CODE;
import static org.zongzhi.casehandling.process.ProcessVariables.TOWNSHIP_CODE;
import static org.zongzhi.casehandling.process.ProcessVariables.UNIT;
import static org.zongzhi.casehandling.process.ProcessVariables.WARNED_CASES;
import static org.zongzhi.casehandling.process.ProcessVariables.WARNING_DETAIL;
import static org.zongzhi.casehandling.process.ProcessVariables.WARNING_ID;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.cases.ProcessActor;
import org.zongzhi.casehandling.cases.TrailEvent;
import org.zongzhi.casehandling.deadlines.PolicyDecisions;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.engineguard.SanctionedStarts;
import org.zongzhi.casehandling.personaldata.PersonalDataLookup;
import org.zongzhi.casehandling.personaldata.PersonalDataMask;
import org.zongzhi.casehandling.process.ProcessKeys;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * 风险预警: runs the warning rules when a matter is registered. A hit raises one open warning per
 * rule and subject (the next matter of the same kind joins it), marks the cases it counted, and
 * starts 处置风险预警 for the 研判员, addressed to the territory and the competent unit, so the
 * work goes "from solving one matter to preventing a class of matters".
 */
@Service
public class RiskWarnings {

    private static final int LINKS_PER_STATEMENT = 10_000;

    private final RiskMapper mapper;
    private final CaseLedger ledger;
    private final Directory directory;
    private final PolicyDecisions decisions;
    private final RuntimeService runtime;
    private final Clock clock;
    private final PersonalDataLookup lookup;

    RiskWarnings(RiskMapper mapper, CaseLedger ledger, Directory directory, PolicyDecisions decisions,
                 RuntimeService runtime, Clock clock, PersonalDataLookup lookup) {
        this.lookup = lookup;
        this.mapper = mapper;
        this.ledger = ledger;
        this.directory = directory;
        this.decisions = decisions;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Transactional
    public void evaluate(String caseNo) {
        CaseRecord record = ledger.find(caseNo).orElseThrow(() -> new IllegalStateException(
                "Risk rules asked for case " + caseNo + ", which is not in the ledger"));
        OffsetDateTime now = OffsetDateTime.now(clock);
        for (RiskRule rule : mapper.findRules()) {
            if (!Boolean.TRUE.equals(rule.enabled())) {
                continue;
            }
            switch (rule.code()) {
                case "SAME_PERSON" -> {
                    List<String> cases = mapper.samePerson(caseNo, now.minusDays(rule.windowDays()));
                    if (cases.size() >= rule.threshold()) {
                        // Keyed by the person's lookup hash: the warning table holds no phone or ID number.
                        String who = record.reporterIdNumber() != null ? lookup.idNumber(record.reporterIdNumber())
                                : lookup.phone(record.reporterPhone());
                        raise(rule, "P:" + who, "同一当事人（" + masked(record) + "）", record, cases,
                                rule.windowDays() + "日内反映" + cases.size() + "件事项（阈值" + rule.threshold() + "件）");
                    }
                }
                case "SAME_VILLAGE_TYPE" -> {
                    List<String> cases = mapper.sameVillageAndType(caseNo, now.minusDays(rule.windowDays()));
                    if (cases.size() >= rule.threshold()) {
                        String place = directory.centres().stream().filter(c -> c.code().equals(record.villageCode()))
                                .map(c -> c.name()).findFirst().orElse(record.villageCode());
                        raise(rule, "V:" + record.villageCode() + ":" + record.matterType(),
                                place + " · " + record.matterType(), record, cases,
                                rule.windowDays() + "日内发生同类纠纷" + cases.size() + "件（阈值" + rule.threshold() + "件）");
                    }
                }
                case "TYPE_SURGE" -> surge(rule, record, now);
                default -> { }
            }
        }
    }

    /** This week (Monday to now, China time) against the whole of last week, for the case's type. */
    private void surge(RiskRule rule, CaseRecord record, OffsetDateTime now) {
        LocalDate monday = now.atZoneSameInstant(ChinaTime.ZONE).toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        OffsetDateTime thisWeek = monday.atStartOfDay(ChinaTime.ZONE).toOffsetDateTime();
        OffsetDateTime lastWeek = thisWeek.minusDays(7);
        long current = mapper.countOfType(record.matterType(), thisWeek, now.plusSeconds(1));
        long previous = mapper.countOfType(record.matterType(), lastWeek, thisWeek);
        if (current < rule.minCount() || previous == 0) {
            return;
        }
        long risePercent = (current - previous) * 100 / previous;
        if (risePercent >= rule.threshold()) {
            raise(rule, "T:" + record.matterType() + ":" + monday, record.matterType() + "（" + monday + "起一周）",
                    record, mapper.casesOfType(record.matterType(), thisWeek, now.plusSeconds(1)),
                    "本周" + current + "件，上周" + previous + "件，环比上升" + risePercent + "%（阈值" + rule.threshold() + "%）");
        }
    }

    private void raise(RiskRule rule, String subjectKey, String subject, CaseRecord trigger, List<String> cases,
                       String detail) {
        String unit = competentUnit(trigger);
        Long created = mapper.insertWarning(new RiskWarning(null, rule.code(), subjectKey, subject,
                trigger.caseNo(), trigger.townshipCode(), unit, cases.size(), rule.name() + "：" + detail,
                OffsetDateTime.now(clock), null, null));
        long id = created != null ? created : mapper.findOpenWarning(rule.code(), subjectKey);
        if (created == null) {
            mapper.updateCount(id, cases.size());
        }
        // In slices: a statement binds at most 65,535 values.
        for (int from = 0; from < cases.size(); from += LINKS_PER_STATEMENT) {
            mapper.linkCases(id, cases.subList(from, Math.min(cases.size(), from + LINKS_PER_STATEMENT)));
        }
        ledger.recordStep(trigger.caseNo(), null, ProcessActor.SYSTEM, TrailEvent.RISK_WARNING,
                (created != null ? "触发风险预警：" : "计入风险预警：") + subject + "，" + detail);
        if (created != null) {
            Map<String, Object> vars = new HashMap<>();
            vars.put(CASE_NO, trigger.caseNo());
            vars.put(WARNING_ID, id);
            vars.put(RULE_NAME, rule.name());
            vars.put(SUBJECT, subject);
            vars.put(WARNING_DETAIL, detail);
            // A short list for the form; the full list is in risk_warning_cases.
            vars.put(WARNED_CASES, String.join("、", cases.subList(0, Math.min(cases.size(), 20)))
                    + (cases.size() > 20 ? " 等" + cases.size() + "件" : ""));
            vars.put(TERRITORY_CODE, trigger.townshipCode());
            vars.put(UNIT, unit);
            // The triggering case is the business key: the task's trail lines go to that case.
            SanctionedStarts.run(trigger.caseNo(), () -> runtime.startProcessInstanceByKey(
                    ProcessKeys.RISK_WARNING, trigger.caseNo(), vars));
        }
    }

    /** The unit a matter of this type goes to (routeCase), so the warning reaches it as well. */
    private String competentUnit(CaseRecord record) {
        return decisions.first("routeCase", Map.of(MATTER_TYPE, record.matterType(),
                        TOWNSHIP_CODE, record.townshipCode() == null ? "" : record.townshipCode()))
                .map(r -> (String) r.getEntry(LEAD_UNIT)).orElse(null);
    }

    @Transactional
    public void handled(long warningId, String by) {
        mapper.markHandled(warningId, by, OffsetDateTime.now(clock));
    }

    public List<RiskWarning> forCase(String caseNo) {
        return mapper.findForCase(caseNo);
    }

    public List<RiskRule> rules() {
        return mapper.findRules();
    }

    @Transactional
    public void change(RiskRule rule, String by) {
        mapper.updateRule(rule, by, OffsetDateTime.now(clock));
    }

    private static String masked(CaseRecord record) {
        return record.reporterIdNumber() != null ? "身份证号 " + PersonalDataMask.idNumber(record.reporterIdNumber())
                : "手机 " + PersonalDataMask.phone(record.reporterPhone());
    }
}
