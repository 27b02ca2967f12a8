package org.zongzhi.casehandling.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The statutory holidays by 《全国年节及纪念日放假办法》 (2024), computed for any year. */
class StatutoryHolidaysTest {

    static List<String> days(int year) {
        return StatutoryHolidays.of(year).stream().map(d -> d.day() + " " + d.name()).toList();
    }

    @Test
    void year2027HasThirteenStatutoryDaysWithTheLunarOnesInPlace() {
        // 农历除夕 2027 is 5 February (正月初一 6 February); 清明 5 April; 端午 9 June; 中秋 15 September.
        assertThat(days(2027)).containsExactly(
                "2027-01-01 元旦",
                "2027-02-05 春节", "2027-02-06 春节", "2027-02-07 春节", "2027-02-08 春节",
                "2027-04-05 清明节",
                "2027-05-01 劳动节", "2027-05-02 劳动节",
                "2027-06-09 端午节",
                "2027-09-15 中秋节",
                "2027-10-01 国庆节", "2027-10-02 国庆节", "2027-10-03 国庆节");
    }

    @Test
    void lunarHolidaysAndQingmingMatchThePublishedCalendarOf2025To2030() {
        // 除夕, 清明, 端午, 中秋 as printed in the almanac (万年历) for each year.
        String[][] published = {
                {"2025", "2025-01-28", "2025-04-04", "2025-05-31", "2025-10-06"},
                {"2026", "2026-02-16", "2026-04-05", "2026-06-19", "2026-09-25"},
                {"2027", "2027-02-05", "2027-04-05", "2027-06-09", "2027-09-15"},
                {"2028", "2028-01-25", "2028-04-04", "2028-05-28", "2028-10-03"},
                {"2029", "2029-02-12", "2029-04-04", "2029-06-16", "2029-09-22"},
                {"2030", "2030-02-02", "2030-04-05", "2030-06-05", "2030-09-12"},
        };
        for (String[] year : published) {
            List<String> computed = days(Integer.parseInt(year[0]));
            assertThat(computed).as(year[0]).contains(year[1] + " 春节", year[2] + " 清明节", year[3] + " 端午节",
                    year[4] + " 中秋节");
            assertThat(computed).as("除夕 is the first of the four days of 春节 " + year[0])
                    .filteredOn(d -> d.endsWith("春节")).first().isEqualTo(year[1] + " 春节");
        }
    }

    @Test
    void a29DayTwelfthMonthStillPutsChuxiTheDayBeforeNewYear() {
        // 2025's 腊月 had 29 days: 除夕 was 腊月二十九, 28 January.
        assertThat(days(2025)).filteredOn(d -> d.endsWith("春节"))
                .containsExactly("2025-01-28 春节", "2025-01-29 春节", "2025-01-30 春节", "2025-01-31 春节");
    }

    @Test
    void everyStatutoryDayOf2025And2026IsAHolidayInItsStateCouncilNotice() {
        HolidayFile file = HolidayFile.read(new ClassPathResource("supervision/public-holidays.yml"));
        Set<LocalDate> noticed = new HashSet<>();
        file.years().forEach(y -> y.holidays().forEach(p -> {
            for (LocalDate d = p.from(); !d.isAfter(p.to()); d = d.plusDays(1)) {
                noticed.add(d);
            }
        }));
        for (int year : List.of(2025, 2026)) {
            assertThat(StatutoryHolidays.of(year)).as("statutory days of " + year).hasSize(13)
                    .allSatisfy(d -> assertThat(noticed).as(d.day() + " " + d.name()).contains(d.day()));
        }
    }
}
