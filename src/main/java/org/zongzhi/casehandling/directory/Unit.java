package org.zongzhi.casehandling.directory;

/** A unit that receives assigned matters: a department or a township centre. */
public record Unit(String code, String name, String kind, String stationing, String centreCode, String groupId,
                   String endpointUrl, boolean pullsOrders) {
}
