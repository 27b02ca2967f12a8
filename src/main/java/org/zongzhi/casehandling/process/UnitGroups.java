package org.zongzhi.casehandling.process;

import java.util.Optional;

/**
 * Every unit (department or township) is one Camunda group, {@code unit-<code>}: its members see
 * the unit's tasks. The BPMN names them the same way ({@code candidateGroups="unit-${unit}"}).
 */
public final class UnitGroups {

    public static final String PREFIX = "unit-";

    private UnitGroups() {
    }

    /** The external-task topic a pulling unit's system fetches its orders from (order-FY). */
    public static final String ORDER_TOPIC_PREFIX = "order-";

    public static String orderTopic(String unitCode) {
        return ORDER_TOPIC_PREFIX + unitCode;
    }

    public static String of(String unitCode) {
        return PREFIX + unitCode;
    }

    public static boolean isUnit(String groupId) {
        return groupId != null && groupId.startsWith(PREFIX);
    }

    /** The unit a group stands for, if it is a unit's group. */
    public static Optional<String> unitCode(String groupId) {
        return isUnit(groupId) ? Optional.of(groupId.substring(PREFIX.length())) : Optional.empty();
    }
}
