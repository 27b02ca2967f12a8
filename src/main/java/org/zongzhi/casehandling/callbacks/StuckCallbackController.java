package org.zongzhi.casehandling.callbacks;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.settings.Settings;
import org.zongzhi.casehandling.web.EngineIdentity;
import org.zongzhi.casehandling.web.NotFoundException;

/**
 * The system administrator's view of status updates the channels have not taken: what failed, how
 * often, why, and what waits behind it; and "retry now" once the channel's system is back.
 */
@RestController
class StuckCallbackController {

    private final StatusCallbackMapper outbox;
    private final int stuckAfter;

    StuckCallbackController(StatusCallbackMapper outbox, Settings settings) {
        this.outbox = outbox;
        this.stuckAfter = settings.callbacks().stuckAfter();
    }

    /** One stuck update as the administrator reads it. */
    record StuckUpdate(long id, String caseNo, String channel, String channelLabel, String channelReference,
                       String step, String stepLabel, String result, OffsetDateTime occurredAt, int attempts,
                       OffsetDateTime lastAttemptAt, OffsetDateTime nextAttemptAt, String lastError, String state) {
    }

    @GetMapping("/api/status-callbacks/stuck")
    Map<String, Object> stuck(Authentication user) {
        requireAdministrator(user, "stuck");
        List<StuckUpdate> updates = outbox.findStuck(stuckAfter).stream().map(u -> new StuckUpdate(u.id(), u.caseNo(),
                u.channel(), channelLabel(u.channel()), u.externalRef(), u.step().name(), u.step().label(),
                u.resultText(), u.occurredAt(), u.attempts(), u.lastAttemptAt(), u.nextAttemptAt(), u.lastError(),
                u.attempts() >= stuckAfter ? "投递失败，将自动重试" : "等待本案前一条回音送达后投递")).toList();
        return Map.of("title", "未送达渠道的办理状态（事事有回音）", "count", updates.size(), "updates", updates);
    }

    @PostMapping("/api/status-callbacks/{id}/retry")
    Map<String, Object> retryNow(@PathVariable long id, Authentication user) {
        requireAdministrator(user, String.valueOf(id));
        if (outbox.retryNow(id) != 1) {
            throw new NotFoundException("没有待投递的回音 " + id + "（不存在或已送达）");
        }
        return Map.of("id", id, "message", "已安排立即重试");
    }

    private static void requireAdministrator(Authentication user, String what) {
        if (!EngineIdentity.groups(user).contains(Role.ADMIN.groupId())) {
            throw new AuthorizationException(user.getName(), "READ", "status callback", what);
        }
    }

    private static String channelLabel(String channel) {
        for (Channel c : Channel.values()) {
            if (c.name().equals(channel)) {
                return c.label();
            }
        }
        return channel;
    }
}
