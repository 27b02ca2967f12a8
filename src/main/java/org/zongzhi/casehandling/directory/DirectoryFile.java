package org.zongzhi.casehandling.directory;

import java.util.List;
import org.zongzhi.casehandling.process.UnitGroups;

/** The shape of a directory data file (see resources/directory/demo-county.yml). */
record DirectoryFile(List<CentreEntry> centres, List<UnitEntry> units, List<PersonEntry> people,
                     List<ChannelEntry> channels) {

    DirectoryFile {
        centres = centres == null ? List.of() : centres;
        units = units == null ? List.of() : units;
        people = people == null ? List.of() : people;
        channels = channels == null ? List.of() : channels;
    }

    /** population: residents of the territory (常住人口), for 万人成讼率; optional. */
    record CentreEntry(String code, String name, String level, String parent, Integer population) {
    }

    record UnitEntry(String code, String name, String kind, String stationing, String centre, String endpoint) {

        /** Every unit is one Camunda group; its members see the unit's tasks. */
        String groupId() {
            return UnitGroups.of(code);
        }
    }

    record PersonEntry(String id, String name, String post, String centre, String unit, List<String> roles,
                       String backup) {

        PersonEntry {
            roles = roles == null ? List.of() : roles;
        }
    }

    /** A channel's own system: one login, allowed to submit matters of its channel only. */
    record ChannelEntry(String id, String name, String channel) {
    }
}
