package org.zongzhi.casehandling.reports;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** /reports is the leaders' dashboard under static/reports/; it holds no figures until someone logs in through it. */
@Controller
class ReportPageController {

    @GetMapping({"/reports", "/reports/"})
    String page() {
        return "forward:/reports/index.html";
    }
}
