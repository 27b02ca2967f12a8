package org.zongzhi.casehandling.grid;

import java.time.OffsetDateTime;

/** One matter a grid worker found on patrol (grid_screenings): resolved on the spot, or handed over as a case. */
record Screening(Long id, String reportedBy, String townshipCode, String villageCode, String address,
                 String matterType, String summary, int peopleInvolved, Disposition disposition, String resolution,
                 String caseNo, OffsetDateTime reportedAt) {

    enum Disposition {
        RESOLVED_ON_SPOT("就地化解"),
        HANDED_OVER("移交中心");

        private final String label;

        Disposition(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }
}
