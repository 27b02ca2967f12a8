package org.zongzhi.casehandling.intake;

import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.Channel;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.process.Role;
import org.zongzhi.casehandling.web.EngineIdentity;

/**
 * Who may hand over a matter of which channel: a channel's system only its own channel, a window
 * clerk (受理员) what comes to the window, in person or by phone.
 */
@Component
class ChannelAccess {

    static final Set<Channel> WINDOW = Set.of(Channel.WALK_IN, Channel.PHONE);

    private final Directory directory;

    ChannelAccess(Directory directory) {
        this.directory = directory;
    }

    /** Refuses a user who may submit no channel at all, before the body is even looked at. */
    void requireIntakeRole(Authentication user) {
        List<String> groups = EngineIdentity.groups(user);
        if (!groups.contains(Role.INTAKE_CHANNEL.groupId()) && !groups.contains(Role.INTAKE.groupId())) {
            throw new ChannelRefusedException("用户 " + user.getName() + " 不是受理员或受理渠道账号，不能登记事项");
        }
    }

    void requireMaySubmit(Authentication user, Channel channel) {
        List<String> groups = EngineIdentity.groups(user);
        if (groups.contains(Role.INTAKE_CHANNEL.groupId())) {
            String own = directory.channelOf(user.getName()).orElse(null);
            if (channel.name().equals(own)) {
                return;
            }
            throw new ChannelRefusedException("渠道账号 " + user.getName() + " 只能提交"
                    + (own == null ? "本渠道" : IntakeValidation.channel(own).map(Channel::label).orElse(own))
                    + "的事项，不能提交" + channel.label() + "的事项");
        }
        if (groups.contains(Role.INTAKE.groupId()) && WINDOW.contains(channel)) {
            return;
        }
        throw new ChannelRefusedException("窗口受理员只能登记来访或电话事项，不能登记" + channel.label() + "的事项");
    }
}
