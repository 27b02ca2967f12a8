package org.zongzhi.casehandling.reports;

import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.zongzhi.casehandling.feedback.CitizenMask;

/** What the leaders' dashboard draws, in one answer: every chart of /reports from the same figures. */
@Service
class Dashboard {

    static final int TOP = 10;

    record Place(String code, String name, long count) {
    }

    record RepeatReporter(String maskedName, String firstCaseNo, long count) {
    }

    record View(String scope, String from, String to, List<FigureRow> byMonth, List<FigureRow> byType,
                List<FigureRow> byTownship, List<FigureRow> byUnit, List<Place> repeatPlaces,
                List<RepeatReporter> repeatPeople, List<RungCount> lettersByRung, FigureRow total) {
    }

    private final Figures figures;
    private final FigureMapper mapper;

    Dashboard(Figures figures, FigureMapper mapper) {
        this.figures = figures;
        this.mapper = mapper;
    }

    View of(Period period, ReportScope scope) {
        List<FigureRow> byTownship = figures.summary(period, Dimension.TOWNSHIP, scope).rows().stream()
                .sorted(Comparator.comparingLong(FigureRow::accepted).reversed()).toList();
        List<FigureRow> byUnit = figures.summary(period, Dimension.UNIT, scope).rows().stream()
                .sorted(Comparator.comparingLong(FigureRow::overdue).reversed()).toList();
        Figures.Summary byMonth = figures.summary(period, Dimension.MONTH, scope);
        return new View(scope.label(), period.from().toString(), period.to().toString(), byMonth.rows(),
                figures.summary(period, Dimension.TYPE, scope).rows().stream()
                        .sorted(Comparator.comparingLong(FigureRow::accepted).reversed()).toList(),
                byTownship, byUnit,
                mapper.repeatPlaces(scope, period.start(), period.end(), TOP).stream()
                        .map(k -> new Place(k.key(), figures.centreName(k.key()), k.count())).toList(),
                mapper.repeatPeople(scope, period.start(), period.end(), TOP).stream()
                        .map(p -> new RepeatReporter(CitizenMask.name(p.name()), p.firstCaseNo(), p.count())).toList(),
                mapper.lettersByRung(scope, period.start(), period.end()), byMonth.total());
    }
}
