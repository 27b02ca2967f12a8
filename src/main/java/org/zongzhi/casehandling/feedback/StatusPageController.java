package org.zongzhi.casehandling.feedback;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** /status, the address printed on the receipt, is the static page under static/status/. */
@Controller
class StatusPageController {

    @GetMapping({"/status", "/status/"})
    String page() {
        return "forward:/status/index.html";
    }
}
