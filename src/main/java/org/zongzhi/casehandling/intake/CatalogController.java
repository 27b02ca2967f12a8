package org.zongzhi.casehandling.intake;

import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.cases.Channel;

/** The codes a channel's system needs to fill in a matter: channels, matter types, places. */
@RestController
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
    Catalog catalog() {
        return new Catalog(
                Arrays.stream(Channel.values()).map(c -> new ChannelView(c.name(), c.label())).toList(),
                MatterTypes.ALL,
                places.townships());
    }
}
