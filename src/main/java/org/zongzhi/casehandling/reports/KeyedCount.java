package org.zongzhi.casehandling.reports;

/** A number under a key: a township's court cases or residents, a village's matters. */
record KeyedCount(String key, long count) {
}
