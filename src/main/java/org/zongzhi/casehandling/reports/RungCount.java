package org.zongzhi.casehandling.reports;

/** Letters of one kind issued at one rung of the escalation ladder. */
record RungCount(String kind, int rung, long count) {
}
