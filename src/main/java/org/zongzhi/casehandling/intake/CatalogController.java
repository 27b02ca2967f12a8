package org.zongzhi.casehandling.intake;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.cases.Channel;

/** The codes a channel's system needs to fill in a matter: channels, matter types, places. */
@RestController
@Tag(name = "信息汇集")
class CatalogController {

    record ChannelView(String code, String name) {
    }

    record Catalog(List<ChannelView> channels, List<String> matterTypes, List<Places.Township> places) {
    }

    private final Places places;

    CatalogController(Places places) {
        this.places = places;
    }

    @GetMapping("/api/catalog")
    @Operation(summary = "查询受理目录：渠道、事项类型、乡镇（街道）及村（社区）代码")
    Catalog catalog() {
        return new Catalog(
                Arrays.stream(Channel.values()).map(c -> new ChannelView(c.name(), c.label())).toList(),
                MatterTypes.ALL,
                places.townships());
    }
}
