package org.zongzhi.casehandling.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.zongzhi.casehandling.cases.CaseTerms;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.deadlines.WorkingCalendar;
import org.zongzhi.casehandling.directory.Centre;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.time.ChinaTime;

/** The figures of a period, broken down and scoped (docs/figures.md is their definition). */
@Service
class Figures {

    record Summary(LocalDate from, LocalDate to, String groupBy, String groupByLabel, String scope,
                   List<FigureRow> rows, FigureRow total) {
    }

    private final FigureMapper mapper;
    private final WorkingCalendar calendar;
    private final Directory directory;

    Figures(FigureMapper mapper, WorkingCalendar calendar, Directory directory) {
        this.mapper = mapper;
        this.calendar = calendar;
        this.directory = directory;
    }

    Summary summary(Period period, Dimension dimension, ReportScope scope) {
        List<FigureRow> rows = rows(period, dimension, scope);
        FigureRow total = dimension == Dimension.TOTAL && !rows.isEmpty() ? rows.get(0)
                : rows(period, Dimension.TOTAL, scope).stream().findFirst().orElseGet(() -> row(Dimension.TOTAL, "",
                        FigureCounts.none(""), List.of(), null, null));
        List<FigureRow> broken = dimension == Dimension.TOTAL ? List.of() : rows;
        return new Summary(period.from(), period.to(), dimension.param(), dimension.label(), scope.label(), broken, total);
    }

    private List<FigureRow> rows(Period period, Dimension dimension, ReportScope scope) {
        Map<String, FigureCounts> counts = mapper.counts(dimension, dimension.byMonth(), scope, period.start(), period.end())
                .stream().collect(Collectors.toMap(FigureCounts::key, c -> c));
        Map<String, List<Long>> days = new HashMap<>();
        for (ClosedSpan span : mapper.closedSpans(dimension, scope, period.start(), period.end())) {
            days.computeIfAbsent(span.key(), k -> new ArrayList<>()).add(workingDays(span));
        }
        boolean territorial = scope.unitCode() == null
                && (dimension == Dimension.TOTAL || dimension == Dimension.TOWNSHIP || dimension == Dimension.MONTH);
        Map<String, Long> court = new HashMap<>();
        Map<String, Long> population = new HashMap<>();
        if (territorial) {
            mapper.courtCases(dimension, scope, period.from(), period.to()).forEach(k -> court.put(k.key(), k.count()));
            List<KeyedCount> residents = mapper.populations(scope);
            if (dimension == Dimension.TOWNSHIP) {
                residents.forEach(k -> population.put(k.key(), k.count()));
            }
            long all = residents.stream().mapToLong(KeyedCount::count).sum();
            population.put("*", all);
        }
        TreeSet<String> keys = new TreeSet<>(counts.keySet());
        keys.addAll(days.keySet());
        keys.addAll(court.keySet());
        if (dimension == Dimension.TOTAL) {
            keys.add("");
        }
        List<FigureRow> rows = new ArrayList<>();
        for (String key : keys) {
            Long residents = !territorial ? null
                    : dimension == Dimension.TOWNSHIP ? population.get(key) : population.get("*");
            Long courtCases = territorial ? court.getOrDefault(key, 0L) : null;
            rows.add(row(dimension, key, counts.getOrDefault(key, FigureCounts.none(key)),
                    days.getOrDefault(key, List.of()), courtCases, residents));
        }
        return rows;
    }

    private FigureRow row(Dimension dimension, String key, FigureCounts c, List<Long> days, Long courtCases,
                          Long population) {
        List<Long> sorted = days.stream().sorted().toList();
        Double average = sorted.isEmpty() ? null
                : round(BigDecimal.valueOf(sorted.stream().mapToLong(Long::longValue).sum())
                        .divide(BigDecimal.valueOf(sorted.size()), 2, RoundingMode.HALF_UP));
        // p90 by nearest rank: the smallest value that at least 90 % of the closed cases do not exceed.
        Double p90 = sorted.isEmpty() ? null
                : (double) sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1);
        Double per10k = courtCases == null || population == null || population == 0 ? null
                : round(BigDecimal.valueOf(courtCases * 10_000L).divide(BigDecimal.valueOf(population), 2,
                RoundingMode.HALF_UP));
        return new FigureRow(key, label(dimension, key),
                c.accepted(), c.screened(), c.closed(), percent(c.closedOfAccepted(), c.accepted()),
                c.mediated(), c.mediationSucceeded(), percent(c.mediationSucceeded(), c.mediated()),
                c.visitsReached(), c.visitsSatisfied(), percent(c.visitsSatisfied(), c.visitsReached()),
                c.overdue(), percent(c.overdueOfAccepted(), c.accepted()),
                c.reminderLetters(), c.supervisionLetters(), c.leaderReminderLetters(),
                average, p90, c.reopened(), c.merged(), c.courtReferred(), c.courtReferralSucceeded(),
                courtCases, population, per10k);
    }

    /** Working days from acceptance to closing: the day of acceptance is not counted, the day of closing is. */
    private long workingDays(ClosedSpan span) {
        LocalDate day = span.acceptedAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        LocalDate closed = span.closedAt().atZoneSameInstant(ChinaTime.ZONE).toLocalDate();
        long count = 0;
        while (day.isBefore(closed)) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static Double percent(long part, long whole) {
        return whole == 0 ? null : round(BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2,
                RoundingMode.HALF_UP));
    }

    private static Double round(BigDecimal value) {
        return value.doubleValue();
    }

    /** The words a leader reads for a key. */
    String label(Dimension dimension, String key) {
        return switch (dimension) {
            case TOTAL -> "合计";
            case UNIT -> key.isEmpty() ? "中心当场调解/自办" : directory.unitName(key);
            case TOWNSHIP, VILLAGE -> key.isEmpty() ? "未填写" : centreName(key);
            case CHANNEL -> channelLabel(key);
            case GRADE -> key.isEmpty() ? "未定级" : CaseTerms.GRADES.getOrDefault(key, key);
            case TYPE, MONTH -> key;
        };
    }

    String centreName(String code) {
        return directory.centres().stream().filter(c -> c.code().equals(code)).map(Centre::name).findFirst()
                .orElse(code);
    }

    private static String channelLabel(String key) {
        try {
            return Channel.valueOf(key).label();
        } catch (IllegalArgumentException e) {
            return key;
        }
    }
}
