package org.zongzhi.casehandling.audit;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** /audit is the auditor's page under static/audit/; it holds no data until the auditor logs in through it. */
@Controller
class AuditPageController {

    @GetMapping({"/audit", "/audit/"})
    String page() {
        return "forward:/audit/index.html";
    }
}
