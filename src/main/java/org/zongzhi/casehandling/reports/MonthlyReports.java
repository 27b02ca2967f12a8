package org.zongzhi.casehandling.reports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import org.zongzhi.casehandling.settings.Settings;
import org.zongzhi.casehandling.time.ChinaTime;

/**
 * The stored monthly reports of this centre: generated once per month, by the schedule on the 1st
 * or on demand. Two nodes generating the same month at once both render, and the table's key keeps
 * the first one stored; a stored month is replaced only when asked for explicitly.
 */
@Service
class MonthlyReports {

    /** What generating a month did: stored a new report, replaced the old one, or found one there already. */
    enum Outcome { STORED, REPLACED, ALREADY_THERE }

    record Generated(Outcome outcome, MonthlyReportEntry report) {
    }

    private final MonthlySituation situation;
    private final MonthlyReportPdf pdf;
    private final MonthlyReportMapper mapper;
    private final Figures figures;
    private final Clock clock;
    private final String centre;

    MonthlyReports(MonthlySituation situation, MonthlyReportPdf pdf, MonthlyReportMapper mapper, Figures figures,
                   Clock clock, Settings settings) {
        this.situation = situation;
        this.pdf = pdf;
        this.mapper = mapper;
        this.figures = figures;
        this.clock = clock;
        this.centre = settings.centreCode();
    }

    Generated generate(YearMonth month, String by, boolean replace) {
        YearMonth current = YearMonth.now(clock.withZone(ChinaTime.ZONE));
        if (!month.isBefore(current)) {
            throw new BadUserRequestException("只能生成已经结束的月份的形势分析报告，" + month + " 尚未结束");
        }
        LocalDate first = month.atDay(1);
        if (!replace) {
            MonthlyReportEntry there = mapper.find(centre, first);
            if (there != null) {
                return new Generated(Outcome.ALREADY_THERE, there);
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        byte[] document = pdf.render(figures.centreName(centre), situation.of(month), now);
        Outcome outcome;
        if (replace) {
            mapper.replace(centre, first, document, now, by);
            outcome = Outcome.REPLACED;
        } else {
            outcome = mapper.insertIfAbsent(centre, first, document, now, by) == 1 ? Outcome.STORED
                    : Outcome.ALREADY_THERE;
        }
        return new Generated(outcome, mapper.find(centre, first));
    }

    List<MonthlyReportEntry> list() {
        return mapper.list(centre);
    }

    Optional<byte[]> pdf(YearMonth month) {
        return Optional.ofNullable(mapper.pdf(centre, month.atDay(1))).map(MonthlyReportMapper.StoredPdf::pdf);
    }
}
