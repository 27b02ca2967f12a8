package org.zongzhi.casehandling.reports;

/**
 * The figures of one breakdown key, as docs/figures.md defines them. Rates are percentages with
 * two decimals, null when there is nothing to divide by; handling days are working days.
 * The court figures (万人成讼率) exist only by township, by month and in all, and not for a unit.
 */
record FigureRow(String key, String label,
                 long accepted, long screened, long closed, Double closureRate,
                 long mediated, long mediationSucceeded, Double mediationSuccessRate,
                 long visitsReached, long visitsSatisfied, Double satisfactionRate,
                 long overdue, Double overdueRate,
                 long reminderLetters, long supervisionLetters, long leaderReminderLetters,
                 Double averageHandlingDays, Double p90HandlingDays,
                 long reopened, long merged,
                 long courtReferred, long courtReferralSucceeded,
                 Long courtCases, Long population, Double courtCasesPer10k) {
}
