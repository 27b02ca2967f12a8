package org.zongzhi.casehandling.directory;

/** Someone who works in the system, with the colleague who covers their post (AB岗). */
public record Person(String userId, String name, String post, String centreCode, String unitCode,
                     String backupUserId) {
}
