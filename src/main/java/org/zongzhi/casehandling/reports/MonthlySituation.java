package org.zongzhi.casehandling.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Component;

/**
 * What the monthly report (月度矛盾纠纷形势分析) says about a month, from {@link Figures} and the
 * warnings of the month: the key figures with 环比 and 同比, the units with most overdue matters,
 * and a sentence for each matter type whose acceptances changed notably on the month before.
 */
@Component
class MonthlySituation {

    /** A type's change on the month before is written up from this many per cent, either way. */
    static final int NOTABLE_PERCENT = 30;
    /** ... and only when one of the two months had this many matters of it: 1 → 2 is no trend. */
    static final int NOTABLE_MIN_CASES = 3;
    static final int TOP_UNITS = 5;

    record KeyFigure(String name, String value, String previous, String monthOnMonth, String lastYear,
                     String yearOnYear) {
    }

    record OverdueUnit(String name, long overdue, long accepted) {
    }

    record View(YearMonth month, List<KeyFigure> figures, List<OverdueUnit> overdueUnits,
                List<MonthWarning> warnings, List<String> changes) {
    }

    private final Figures figures;
    private final FigureMapper figureMapper;
    private final MonthlyReportMapper reportMapper;

    MonthlySituation(Figures figures, FigureMapper figureMapper, MonthlyReportMapper reportMapper) {
        this.figures = figures;
        this.figureMapper = figureMapper;
        this.reportMapper = reportMapper;
    }

    View of(YearMonth month) {
        Period period = period(month);
        FigureRow now = total(period);
        FigureRow before = total(period(month.minusMonths(1)));
        FigureRow lastYear = total(period(month.minusYears(1)));
        List<KeyFigure> keyFigures = List.of(
                count("受理数", FigureRow::accepted, now, before, lastYear),
                count("办结数", FigureRow::closed, now, before, lastYear),
                rate("办结率", FigureRow::closureRate, now, before, lastYear),
                rate("调解成功率", FigureRow::mediationSuccessRate, now, before, lastYear),
                rate("满意率", FigureRow::satisfactionRate, now, before, lastYear),
                count("逾期数", FigureRow::overdue, now, before, lastYear),
                count("工作提示函", FigureRow::reminderLetters, now, before, lastYear),
                count("督办函", FigureRow::supervisionLetters, now, before, lastYear),
                count("工作提醒函", FigureRow::leaderReminderLetters, now, before, lastYear));
        List<OverdueUnit> overdueUnits = figures.summary(period, Dimension.UNIT, ReportScope.everything()).rows().stream()
                .filter(r -> r.overdue() > 0)
                .sorted(Comparator.comparingLong(FigureRow::overdue).reversed().thenComparing(FigureRow::label))
                .limit(TOP_UNITS)
                .map(r -> new OverdueUnit(r.label(), r.overdue(), r.accepted()))
                .toList();
        return new View(month, keyFigures, overdueUnits, reportMapper.warningsRaised(period.start(), period.end()),
                changes(month));
    }

    /** One sentence per matter type whose acceptances rose or fell notably on the month before. */
    List<String> changes(YearMonth month) {
        Period period = period(month);
        Period previous = period(month.minusMonths(1));
        Map<String, Long> now = acceptedByType(period);
        Map<String, Long> before = acceptedByType(previous);
        TreeSet<String> types = new TreeSet<>(now.keySet());
        types.addAll(before.keySet());
        Map<String, List<TypeInTownship>> places = new HashMap<>();
        for (TypeInTownship t : figureMapper.acceptedByTypeAndTownship(period.start(), period.end())) {
            places.computeIfAbsent(t.matterType(), k -> new ArrayList<>()).add(t);
        }
        String thisMonth = month.getMonthValue() + "月";
        String lastMonth = month.minusMonths(1).getMonthValue() + "月";
        List<String> sentences = new ArrayList<>();
        for (String type : types) {
            long n = now.getOrDefault(type, 0L);
            long b = before.getOrDefault(type, 0L);
            if (Math.max(n, b) < NOTABLE_MIN_CASES || n == b) {
                continue;
            }
            String counts = "（" + lastMonth + " " + b + " 件，" + thisMonth + " " + n + " 件）";
            if (b == 0) {
                sentences.add(type + "上月没有受理，本月新出现 " + n + " 件" + where(places.get(type)) + "。");
                continue;
            }
            long percent = BigDecimal.valueOf(Math.abs(n - b) * 100L)
                    .divide(BigDecimal.valueOf(b), 0, RoundingMode.HALF_UP).longValue();
            if (percent < NOTABLE_PERCENT) {
                continue;
            }
            sentences.add(n > b
                    ? type + "环比上升 " + percent + "%" + counts + where(places.get(type)) + "。"
                    : type + "环比下降 " + percent + "%" + counts + "。");
        }
        return sentences;
    }

    /** "，主要集中在东河乡（2 件）": the township with most of the type this month (ties: by code). */
    private String where(List<TypeInTownship> places) {
        if (places == null) {
            return "";
        }
        return places.stream().filter(p -> !p.townshipCode().isEmpty())
                .max(Comparator.comparingLong(TypeInTownship::accepted)
                        .thenComparing(TypeInTownship::townshipCode, Comparator.reverseOrder()))
                .map(p -> "，主要集中在" + placeName(p.townshipCode()) + "（" + p.accepted() + " 件）")
                .orElse("");
    }

    /** 东河乡综治中心 → 东河乡: the place, not its centre. */
    private String placeName(String code) {
        String name = figures.centreName(code);
        return name.endsWith("综治中心") && name.length() > 4 ? name.substring(0, name.length() - 4) : name;
    }

    private Map<String, Long> acceptedByType(Period period) {
        Map<String, Long> byType = new HashMap<>();
        figures.summary(period, Dimension.TYPE, ReportScope.everything()).rows()
                .forEach(r -> byType.put(r.key(), r.accepted()));
        return byType;
    }

    private FigureRow total(Period period) {
        return figures.summary(period, Dimension.TOTAL, ReportScope.everything()).total();
    }

    static Period period(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    private static KeyFigure count(String name, ToLongFunction<FigureRow> figure, FigureRow now, FigureRow before,
                                   FigureRow lastYear) {
        long n = figure.applyAsLong(now);
        long b = figure.applyAsLong(before);
        long y = figure.applyAsLong(lastYear);
        return new KeyFigure(name, Long.toString(n), Long.toString(b), countChange(n, b), Long.toString(y),
                countChange(n, y));
    }

    private static KeyFigure rate(String name, Function<FigureRow, Double> figure, FigureRow now, FigureRow before,
                                  FigureRow lastYear) {
        Double n = figure.apply(now);
        Double b = figure.apply(before);
        Double y = figure.apply(lastYear);
        return new KeyFigure(name, percent(n), percent(b), rateChange(n, b), percent(y), rateChange(n, y));
    }

    /** 上升 33.3% / 下降 25.0% / 持平; against nothing there is no percentage. */
    static String countChange(long now, long base) {
        if (now == base) {
            return "持平";
        }
        if (base == 0) {
            return "基数为0";
        }
        BigDecimal change = BigDecimal.valueOf(Math.abs(now - base) * 100L)
                .divide(BigDecimal.valueOf(base), 1, RoundingMode.HALF_UP);
        return (now > base ? "上升 " : "下降 ") + change.toPlainString() + "%";
    }

    /** Rates change in percentage points (个百分点), not in per cent of themselves. */
    static String rateChange(Double now, Double base) {
        if (now == null || base == null) {
            return "—";
        }
        BigDecimal change = BigDecimal.valueOf(now).subtract(BigDecimal.valueOf(base)).setScale(2, RoundingMode.HALF_UP);
        if (change.signum() == 0) {
            return "持平";
        }
        return (change.signum() > 0 ? "上升 " : "下降 ") + change.abs().toPlainString() + " 个百分点";
    }

    static String percent(Double rate) {
        return rate == null ? "—" : BigDecimal.valueOf(rate).setScale(2, RoundingMode.HALF_UP).toPlainString() + "%";
    }
}
