package org.zongzhi.casehandling.reports;

/** How many matters of one type a township had accepted in a period ('' when no township was filled in). */
record TypeInTownship(String matterType, String townshipCode, long accepted) {
}
