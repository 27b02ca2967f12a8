package org.zongzhi.casehandling.reports;

/** The counted facts of one breakdown key (FigureMapper.counts); rates are made from them in {@link Figures}. */
record FigureCounts(String key, long accepted, long screened, long closed, long closedOfAccepted, long mediated,
                    long mediationSucceeded, long visitsReached, long visitsSatisfied, long overdue,
                    long overdueOfAccepted, long reminderLetters, long supervisionLetters,
                    long leaderReminderLetters, long reopened, long merged, long courtReferred,
                    long courtReferralSucceeded) {

    static FigureCounts none(String key) {
        return new FigureCounts(key, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
}
