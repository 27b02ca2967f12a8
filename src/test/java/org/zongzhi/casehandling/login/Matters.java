package org.zongzhi.casehandling.login;

import java.util.UUID;

/** A valid hotline matter for POST /api/cases, as the 12345 system sends it. */
final class Matters {

    private Matters() {
    }

    static String hotline() {
        return """
                {"channel": "HOTLINE_12345", "externalRef": "12345-%s",
                 "reporter": {"name": "周秀英", "phone": "13912345678", "idNumber": "11010519491231002X"},
                 "parties": [{"role": "APPLICANT", "name": "周秀英", "phone": "13912345678"}],
                 "place": {"townshipCode": "SFX-DH", "villageCode": "SFX-DH-HW", "address": "河湾村三组"},
                 "matterType": "邻里纠纷", "summary": "邻居加盖房屋挡住采光，多次协商未果",
                 "peopleInvolved": 2, "groupIncident": false, "crossArea": false,
                 "occurredAt": "2026-03-01T09:30:00+08:00"}
                """.formatted(UUID.randomUUID());
    }
}
