package org.zongzhi.casehandling.grid;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** /grid is the grid workers' phone page under static/grid/, behind their login (web.ApiSecurity). */
@Controller
class GridPageController {

    @GetMapping({"/grid", "/grid/"})
    String page() {
        return "forward:/grid/index.html";
    }
}
