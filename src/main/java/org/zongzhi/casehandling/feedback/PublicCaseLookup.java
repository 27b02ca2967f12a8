package org.zongzhi.casehandling.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.zongzhi.casehandling.cases.CaseEvent;
import org.zongzhi.casehandling.cases.CaseLedger;
import org.zongzhi.casehandling.cases.CaseRecord;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.cases.CaseTerms;
import org.zongzhi.casehandling.cases.TrailEvent;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.directory.Unit;
import org.zongzhi.casehandling.personaldata.PersonalDataLookup;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * What a citizen may read about their own case with the case number and the phone number given at
 * registration: masked names, the step in plain words, and when closed the result. A wrong phone
 * and an unknown case cost the same queries and answer the same empty result.
 */
@Service
class PublicCaseLookup {
    /** Handling outcomes as the trail words them, the only trail text a citizen reads. */
    private static final Set<String> OUTCOMES = Set.copyOf(CaseTerms.CONCLUDING_OUTCOMES.values());
    /** Compared against when the case does not exist, so both paths compare alike. */
    private static final String NO_PHONE = "0".repeat(64);

    record CaseProgress(String caseNo, String reporterName, String reporterPhone, String matterType,
                        LocalDate acceptedDate, String step, String responsibleUnit, boolean closed, LocalDate closedDate,
                        List<String> result) {
    }

    private final CaseLedger ledger;
    private final Directory directory;
    private final PersonalDataLookup lookup;

    PublicCaseLookup(CaseLedger ledger, Directory directory, PersonalDataLookup lookup) {
        this.ledger = ledger;
        this.directory = directory;
        this.lookup = lookup;
    }

    /**
     * The phone is checked by its keyed hash, before anything of the case is opened; a wrong phone
     * and an unknown case still cost the same queries.
     */
    Optional<CaseProgress> find(String caseNo, String phone) {
        String stored = ledger.reporterPhoneLookup(caseNo);
        List<CaseEvent> trail = ledger.trail(caseNo); // read whether or not the phone matches: same DB work
        String given = lookup.phone(phone);
        boolean phoneMatches = MessageDigest.isEqual(bytes(stored == null ? NO_PHONE : stored),
                bytes(given == null ? "" : given)) & stored != null;
        if (!phoneMatches) {
            return Optional.empty();
        }
        return ledger.find(caseNo).map(found -> progress(found, trail));
    }

    private CaseProgress progress(CaseRecord c, List<CaseEvent> trail) {
        String unit = c.responsibleUnitCode() == null ? null
                : directory.unit(c.responsibleUnitCode()).map(Unit::name).orElse(null);
        boolean closed = c.status() == CaseStatus.CLOSED;
        return new CaseProgress(c.caseNo(), CitizenMask.name(c.reporterName()), CitizenMask.phone(c.reporterPhone()),
                c.matterType(), c.acceptedAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate(),
                closed ? c.statusLabel() : step(c.status(), unit), unit,
                closed, closed && c.closedAt() != null ? c.closedAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate() : null,
                closed ? result(trail) : List.of());
    }

    static String step(CaseStatus status, String unit) {
        return switch (status) {
            case REGISTERED -> "已受理";
            case ASSESSING -> "正在研判";
            case ASSIGNED -> unit == null ? "已交办" : "已交办给" + unit;
            case HANDLING -> unit == null ? "办理中" : "办理中（" + unit + "）";
            case FEEDBACK -> "办理完毕，正在告知结果";
            case RETURN_VISIT -> "正在回访";
            case CLOSED -> "已办结"; // how it was closed: CaseRecord.statusLabel()
            case MERGED -> "已与同一事项的其他登记合并办理";
        };
    }

    /** The last handling outcome and the closing line; internal notes and other parties stay out. */
    private static List<String> result(List<CaseEvent> trail) {
        String outcome = null;
        String closing = null;
        for (CaseEvent event : trail) {
            String detail = event.detail() == null ? "" : event.detail();
            if (TrailEvent.TASK_COMPLETED.is(event)) {
                String last = detail.substring(Math.max(detail.lastIndexOf('，'), detail.lastIndexOf('：')) + 1);
                if (OUTCOMES.contains(last)) {
                    outcome = "办理结果：" + last;
                }
            } else if (TrailEvent.CLOSED.is(event)) {
                closing = detail;
            }
        }
        List<String> lines = new ArrayList<>();
        if (outcome != null) {
            lines.add(outcome);
        }
        if (closing != null) {
            lines.add(closing);
        }
        return lines;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
