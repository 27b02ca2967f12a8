package org.zongzhi.casehandling.intake;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.directory.Centre;
import org.zongzhi.casehandling.directory.Directory;

/** Where a matter can arise: the townships of the directory's centres, each with its villages. */
@Component
class Places {

    record Village(String code, String name) {
    }

    record Township(String code, String name, List<Village> villages) {

        boolean hasVillage(String code) {
            return villages.stream().anyMatch(v -> v.code().equals(code));
        }
    }

    private final Directory directory;

    Places(Directory directory) {
        this.directory = directory;
    }

    List<Township> townships() {
        List<Centre> centres = directory.centres();
        return centres.stream()
                .filter(c -> "TOWNSHIP".equals(c.level()))
                .map(t -> new Township(t.code(), t.name(), centres.stream()
                        .filter(v -> "VILLAGE".equals(v.level()) && t.code().equals(v.parentCode()))
                        .map(v -> new Village(v.code(), v.name()))
                        .toList()))
                .toList();
    }

    Optional<Township> township(String code) {
        return townships().stream().filter(t -> t.code().equals(code)).findFirst();
    }
}
