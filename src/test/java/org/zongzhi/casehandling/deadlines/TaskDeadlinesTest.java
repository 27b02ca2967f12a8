package org.zongzhi.casehandling.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.zongzhi.casehandling.CaseHandlingTest;

/** Each step's deadline in the unit its rule states, across real holidays. */
@CaseHandlingTest
class TaskDeadlinesTest {

    @Autowired
    TaskDeadlines deadlines;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    void now(String chinaTime) {
        ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse(chinaTime).toInstant()));
    }

    @Test
    void signingOnTheLastWorkingDayBeforeNationalDayIsDueAfterTheHoliday() {
        now("2026-09-30T16:00:00+08:00");
        TaskDeadlines.Deadline sign = deadlines.forStep("SIGN", "GENERAL");
        assertThat(sign.due()).isEqualTo(OffsetDateTime.parse("2026-10-08T23:59:59+08:00"));
        assertThat(sign.basis()).contains("1个工作日");
    }

    @Test
    void aMakeUpSaturdayCountsAsAWorkingDay() {
        now("2026-02-13T09:00:00+08:00"); // Friday before 春节; Saturday 2-14 is a 调休 working day
        assertThat(deadlines.forStep("SIGN", "GENERAL").due())
                .isEqualTo(OffsetDateTime.parse("2026-02-14T23:59:59+08:00"));
    }

    @Test
    void assessmentIsDueWithinTheHourWhateverTheDay() {
        now("2026-10-02T10:15:00+08:00");
        assertThat(deadlines.forStep("ASSESS", "MAJOR").due())
                .isEqualTo(OffsetDateTime.parse("2026-10-02T11:15:00+08:00"));
    }

    @Test
    void handlingCountsCalendarDaysByGrade() {
        now("2026-09-30T16:00:00+08:00");
        assertThat(deadlines.forStep("HANDLE", "GENERAL").due())
                .isEqualTo(OffsetDateTime.parse("2026-10-07T16:00:00+08:00"));
        assertThat(deadlines.forStep("HANDLE", "MAJOR").due())
                .isEqualTo(OffsetDateTime.parse("2026-10-15T16:00:00+08:00"));
    }

    @Test
    void statutoryPetitionLimitsAreNamedRules() {
        now("2026-03-02T09:00:00+08:00");
        TaskDeadlines.Deadline handle = deadlines.forStep("PETITION_HANDLE", "GENERAL");
        assertThat(handle.due()).isEqualTo(OffsetDateTime.parse("2026-05-01T09:00:00+08:00"));
        assertThat(handle.basis()).contains("信访工作条例").contains("60日");
        assertThat(deadlines.forStep("JUDICIAL_CONFIRMATION", "GENERAL").due())
                .isEqualTo(OffsetDateTime.parse("2026-04-01T09:00:00+08:00"));
    }

    @Test
    void signingAcrossTheEndOf2026IsProvisionalAndSkipsNewYearsDay2027() {
        now("2026-12-31T10:00:00+08:00");
        TaskDeadlines.Deadline sign = deadlines.forStep("SIGN", "GENERAL");
        assertThat(sign.due()).as("1 January 2027 is 元旦 by law").isEqualTo(OffsetDateTime.parse("2027-01-04T23:59:59+08:00"));
        assertThat(sign.provisional()).isTrue();
        assertThat(sign.basis()).isEqualTo("交办后1个工作日内签收（2027年放假安排尚未公布，暂按法定节假日计算）");
        assertThat(sign.workingDays()).isEqualTo(1);
    }

    @Test
    void aDeadlineWithinEnteredYearsOrInCalendarDaysIsNotProvisional() {
        now("2026-12-30T10:00:00+08:00");
        TaskDeadlines.Deadline sign = deadlines.forStep("SIGN", "GENERAL");
        assertThat(sign.due()).isEqualTo(OffsetDateTime.parse("2026-12-31T23:59:59+08:00"));
        assertThat(sign.provisional()).isFalse();
        assertThat(sign.basis()).isEqualTo("交办后1个工作日内签收");
        TaskDeadlines.Deadline handle = deadlines.forStep("HANDLE", "GENERAL");
        assertThat(handle.due()).as("calendar days need no holiday notice").isEqualTo(OffsetDateTime.parse("2027-01-06T10:00:00+08:00"));
        assertThat(handle.provisional()).isFalse();
    }
}
