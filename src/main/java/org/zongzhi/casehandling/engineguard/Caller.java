package org.zongzhi.casehandling.engineguard;

import java.util.List;

/** Who sent a request to the engine's API, as the engine will see them. */
record Caller(String user, List<String> groups) {

    static final String ADMIN_GROUP = "camunda-admin";

    boolean admin() {
        return groups.contains(ADMIN_GROUP);
    }
}
