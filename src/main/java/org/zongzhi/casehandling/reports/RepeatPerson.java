package org.zongzhi.casehandling.reports;

/** A reporter who brought more than one matter (matched by the keyed hash of the phone); the name is masked before it leaves. */
record RepeatPerson(String name, String firstCaseNo, long count) {
}
