package org.zongzhi.casehandling.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zongzhi.casehandling.CaseHandlingTest;

/** The holiday file loaded at start, and the calendar API: who reads, who changes, what a change does. */
@CaseHandlingTest
class CalendarApiTest {

    static final ClassPathResource HOLIDAYS = new ClassPathResource("supervision/public-holidays.yml");

    @Autowired
    TestRestTemplate rest;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    PublicHolidayLoader loader;
    @Autowired
    CalendarDayMapper mapper;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToTheOfficialCalendar() {
        jdbc.update("delete from calendar_days where updated_by <> ?", PublicHolidayLoader.LOADER);
        jdbc.update("delete from calendar_day_removals");
        loader.load(HOLIDAYS);
    }

    @Test
    void officialHolidaysAreLoadedAtStartAndAnyoneLoggedInReadsThem() {
        ResponseEntity<Map<String, Object>> response = rest.withBasicAuth("liuyang", "liuyang")
                .exchange("/api/calendar/2026", HttpMethod.GET, null, new ParameterizedTypeReference<>() {});
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> days = (List<Map<String, Object>>) response.getBody().get("days");
        assertThat(days).hasSize(25);
        assertThat(days).filteredOn(d -> d.get("day").equals("2026-02-14")).singleElement().satisfies(d -> {
            assertThat(d).containsEntry("kind", "WORKDAY").containsEntry("kindLabel", "调休上班")
                    .containsEntry("name", "春节调休上班").containsEntry("updatedBy", PublicHolidayLoader.LOADER);
            assertThat(d.get("source")).isEqualTo("《国务院办公厅关于2026年部分节假日安排的通知》国办发明电〔2025〕7号");
        });
        assertThat(rest.getForEntity("/api/calendar/2026", String.class).getStatusCode())
                .as("without login").isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void loadingTheFileTwiceLeavesTheSameRows() {
        List<CalendarDay> before = allRows();
        loader.load(HOLIDAYS);
        loader.load(HOLIDAYS);
        assertThat(allRows()).isEqualTo(before).hasSize(23 + 25);
    }

    @Test
    void aDayAnAdministratorAddsChangesTheNextComputation() {
        LocalDate monday = LocalDate.parse("2026-03-09");
        assertThat(calendar.addWorkingDays(monday, 1)).isEqualTo("2026-03-10");

        ResponseEntity<Map<String, Object>> put = admin().exchange("/api/calendar/days/2026-03-10", HttpMethod.PUT,
                json("{\"kind\":\"HOLIDAY\",\"name\":\"防汛停工\",\"source\":\"示范县人民政府通知\"}"),
                new ParameterizedTypeReference<>() {});
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(put.getBody()).containsEntry("day", "2026-03-10").containsEntry("updatedBy", "admin");

        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-10"))).isFalse();
        assertThat(calendar.addWorkingDays(monday, 1)).isEqualTo("2026-03-11");
        assertThat(calendar.dueAfterWorkingDays(OffsetDateTime.parse("2026-03-09T09:00+08:00"), 1))
                .isEqualTo(OffsetDateTime.parse("2026-03-11T23:59:59+08:00"));

        assertThat(admin().exchange("/api/calendar/days/2026-03-10", HttpMethod.DELETE, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(calendar.addWorkingDays(monday, 1)).isEqualTo("2026-03-10");
    }

    @Test
    void theFileDoesNotUndoWhatAnAdministratorChangedOrRemoved() {
        admin().exchange("/api/calendar/days/2026-10-10", HttpMethod.PUT,
                json("{\"kind\":\"HOLIDAY\",\"name\":\"本县不调休\",\"source\":\"示范县委办公室通知\"}"), String.class);
        admin().exchange("/api/calendar/days/2026-02-28", HttpMethod.DELETE, null, String.class);

        loader.load(HOLIDAYS);

        assertThat(mapper.find(LocalDate.parse("2026-10-10"))).satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DayKind.HOLIDAY);
            assertThat(d.name()).isEqualTo("本县不调休");
            assertThat(d.updatedBy()).isEqualTo("admin");
        });
        assertThat(mapper.find(LocalDate.parse("2026-02-28"))).isNull();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-10"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-02-28"))).as("an ordinary Saturday again").isFalse();
    }

    @Test
    void aCorrectedFileReplacesTheDaysItWroteButNotAnAdministrators() {
        admin().exchange("/api/calendar/days/2026-10-10", HttpMethod.PUT,
                json("{\"kind\":\"HOLIDAY\",\"name\":\"本县不调休\",\"source\":\"示范县委办公室通知\"}"), String.class);
        String corrected = """
                years:
                  - year: 2026
                    title: 更正后的通知
                    number: 测试〔2025〕8号
                    holidays:
                      - {name: 国庆节, from: 2026-10-01, to: 2026-10-08, workdays: [2026-10-10, 2026-10-11]}
                """;
        loader.load(new ByteArrayResource(corrected.getBytes(StandardCharsets.UTF_8), "corrected file"));

        assertThat(mapper.find(LocalDate.parse("2026-10-08")).source()).isEqualTo("《更正后的通知》测试〔2025〕8号");
        assertThat(mapper.find(LocalDate.parse("2026-10-01")).source()).isEqualTo("《更正后的通知》测试〔2025〕8号");
        assertThat(mapper.find(LocalDate.parse("2026-10-11")).kind()).isEqualTo(DayKind.WORKDAY);
        assertThat(mapper.find(LocalDate.parse("2026-09-20"))).as("no longer in the file").isNull();
        assertThat(mapper.find(LocalDate.parse("2026-10-10")).updatedBy()).isEqualTo("admin");
        assertThat(mapper.find(LocalDate.parse("2025-10-08"))).as("a year the file does not cover").isNotNull();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-10-08"))).isFalse();
    }

    @Test
    void onlyTheSystemAdministratorChangesTheCalendar() {
        TestRestTemplate supervisor = rest.withBasicAuth("zhoujie", "zhoujie");
        ResponseEntity<String> put = supervisor.exchange("/api/calendar/days/2026-03-10", HttpMethod.PUT,
                json("{\"kind\":\"HOLIDAY\",\"name\":\"防汛停工\",\"source\":\"通知\"}"), String.class);
        assertThat(put.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(put.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(put.getBody()).contains("只有系统管理员");
        assertThat(supervisor.exchange("/api/calendar/days/2026-10-01", HttpMethod.DELETE, null, String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(mapper.find(LocalDate.parse("2026-03-10"))).isNull();
        assertThat(mapper.find(LocalDate.parse("2026-10-01"))).isNotNull();
    }

    @Test
    void anInvalidKindIsRefusedInChineseNamingTheField() {
        ResponseEntity<String> response = admin().exchange("/api/calendar/days/2026-03-10", HttpMethod.PUT,
                json("{\"kind\":\"VACATION\",\"name\":\"防汛停工\",\"source\":\"通知\"}"), String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody()).contains("kind（类型）只能是 HOLIDAY（放假）或 WORKDAY（调休上班）")
                .contains("VACATION");
        assertThat(mapper.find(LocalDate.parse("2026-03-10"))).isNull();
    }

    @Test
    void otherBadInputIsRefusedInChineseNamingTheField() {
        assertThat(admin().exchange("/api/calendar/days/2026-02-30", HttpMethod.PUT,
                json("{\"kind\":\"HOLIDAY\",\"name\":\"x\",\"source\":\"y\"}"), String.class))
                .satisfies(r -> assertBadRequest(r, "date（日期）"));
        assertThat(admin().exchange("/api/calendar/days/2026-03-10", HttpMethod.PUT,
                json("{\"kind\":\"HOLIDAY\",\"source\":\"y\"}"), String.class))
                .satisfies(r -> assertBadRequest(r, "name（名称）不能为空"));
        assertThat(admin().exchange("/api/calendar/days/2026-03-10", HttpMethod.PUT,
                json("{\"kind\":\"HOLIDAY\",\"name\":\"x\",\"source\":\" \"}"), String.class))
                .satisfies(r -> assertBadRequest(r, "source（依据）不能为空"));
        assertThat(admin().exchange("/api/calendar/days/2026-03-10", HttpMethod.PUT, json("{not json"), String.class))
                .satisfies(r -> assertBadRequest(r, "请求体应为 JSON"));
        assertThat(admin().getForEntity("/api/calendar/26", String.class))
                .satisfies(r -> assertBadRequest(r, "year（年份）"));
    }

    @Test
    void removingADayWithoutExceptionIsNotFound() {
        ResponseEntity<String> response = admin().exchange("/api/calendar/days/2026-03-11", HttpMethod.DELETE, null,
                String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(response.getBody()).contains("没有节假日或调休安排");
    }

    private static void assertBadRequest(ResponseEntity<String> response, String message) {
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType().toString()).contains("application/problem+json");
        assertThat(response.getBody()).contains(message);
    }

    private List<CalendarDay> allRows() {
        return mapper.findBetween(LocalDate.parse("2025-01-01"), LocalDate.parse("2026-12-31"));
    }

    private TestRestTemplate admin() {
        return rest.withBasicAuth("admin", "admin");
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
