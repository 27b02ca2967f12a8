package org.zongzhi.casehandling.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which engine API requests are administrative changes for the trail, and which are work or queries. */
class EngineChangeTest {

    @Test
    void identityAuthorizationAndDeploymentChangesAreRecorded() {
        assertThat(EngineChange.of("POST", "user/create")).contains(AuditEventType.USER_CHANGE);
        assertThat(EngineChange.of("PUT", "user/wangfang/credentials")).contains(AuditEventType.USER_CHANGE);
        assertThat(EngineChange.of("POST", "user/wangfang/unlock")).contains(AuditEventType.USER_CHANGE);
        assertThat(EngineChange.of("DELETE", "user/wangfang")).contains(AuditEventType.USER_CHANGE);
        assertThat(EngineChange.of("PUT", "group/unit-FY")).contains(AuditEventType.GROUP_CHANGE);
        assertThat(EngineChange.of("DELETE", "group/unit-FY/members/liuyang")).contains(AuditEventType.MEMBERSHIP_CHANGE);
        assertThat(EngineChange.of("PUT", "tenant/t1/user-members/liuyang")).contains(AuditEventType.TENANT_CHANGE);
        assertThat(EngineChange.of("DELETE", "authorization/abc")).contains(AuditEventType.AUTHORIZATION_CHANGE);
        assertThat(EngineChange.of("POST", "deployment/create")).contains(AuditEventType.DEPLOYMENT_CHANGE);
        assertThat(EngineChange.of("POST", "deployment/abc/redeploy")).contains(AuditEventType.DEPLOYMENT_CHANGE);
        assertThat(EngineChange.of("DELETE", "process-definition/key/caseHandling")).contains(AuditEventType.DEFINITION_CHANGE);
        assertThat(EngineChange.of("PUT", "decision-definition/abc/history-time-to-live"))
                .contains(AuditEventType.DEFINITION_CHANGE);
    }

    @Test
    void readsQueriesAndCaseWorkAreNot() {
        assertThat(EngineChange.of("GET", "user/wangfang/profile")).isEmpty();
        assertThat(EngineChange.of("POST", "group")).as("a query sent as POST").isEmpty();
        assertThat(EngineChange.of("POST", "group/count")).isEmpty();
        assertThat(EngineChange.of("POST", "process-definition/key/other/start")).isEmpty();
        assertThat(EngineChange.of("POST", "decision-definition/key/gradeCase/evaluate")).isEmpty();
        assertThat(EngineChange.of("POST", "task/abc/complete")).isEmpty();
        assertThat(EngineChange.of("POST", "task")).isEmpty();
    }
}
