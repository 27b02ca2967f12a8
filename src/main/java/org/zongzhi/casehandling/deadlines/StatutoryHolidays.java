package org.zongzhi.casehandling.deadlines;

import com.nlf.calendar.Lunar;
import com.nlf.calendar.Solar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The statutory holidays (法定节假日) of any year by 《全国年节及纪念日放假办法》 as revised in 2024
 * (in force from 2025): 元旦 1 January; 春节 4 days, 农历除夕 and 正月初一 to 初三; 清明节 the day of the
 * 清明 solar term; 劳动节 1 and 2 May; 端午节 农历五月初五; 中秋节 农历八月十五; 国庆节 1 to 3 October.
 *
 * <p>They are what the calendar counts for a year whose State Council notice has not been entered:
 * the notice adds bridge days and 调休 around them, but can never take one of them away.
 */
final class StatutoryHolidays {

    /** One statutory day off. */
    record Day(LocalDate day, String name) {
    }

    private static final Map<Integer, List<Day>> CACHE = new ConcurrentHashMap<>();

    private StatutoryHolidays() {
    }

    /** The statutory days off of {@code year}, in date order. */
    static List<Day> of(int year) {
        return CACHE.computeIfAbsent(year, StatutoryHolidays::compute);
    }

    static boolean isStatutoryHoliday(LocalDate day) {
        return of(day.getYear()).stream().anyMatch(d -> d.day().equals(day));
    }

    private static List<Day> compute(int year) {
        List<Day> days = new ArrayList<>();
        days.add(new Day(LocalDate.of(year, 1, 1), "元旦"));
        // 正月初一 of lunar year N always falls in January or February of Gregorian year N; 除夕 is the
        // day before, whether the twelfth month has 29 or 30 days.
        LocalDate newYear = date(Lunar.fromYmd(year, 1, 1).getSolar());
        days.add(new Day(newYear.minusDays(1), "春节"));
        for (int i = 0; i < 3; i++) {
            days.add(new Day(newYear.plusDays(i), "春节"));
        }
        days.add(new Day(date(Lunar.fromYmd(year, 1, 1).getJieQiTable().get("清明")), "清明节"));
        days.add(new Day(LocalDate.of(year, 5, 1), "劳动节"));
        days.add(new Day(LocalDate.of(year, 5, 2), "劳动节"));
        days.add(new Day(date(Lunar.fromYmd(year, 5, 5).getSolar()), "端午节"));
        days.add(new Day(date(Lunar.fromYmd(year, 8, 15).getSolar()), "中秋节"));
        for (int d = 1; d <= 3; d++) {
            days.add(new Day(LocalDate.of(year, 10, d), "国庆节"));
        }
        days.sort((a, b) -> a.day().compareTo(b.day()));
        return List.copyOf(days);
    }

    private static LocalDate date(Solar solar) {
        return LocalDate.of(solar.getYear(), solar.getMonth(), solar.getDay());
    }
}
