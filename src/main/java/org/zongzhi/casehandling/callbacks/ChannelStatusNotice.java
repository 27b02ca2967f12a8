package org.zongzhi.casehandling.callbacks;

import static org.zongzhi.casehandling.process.ProcessVariables.NOTICE_TEXT;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseKey;

/**
 * 通知来源渠道 (service task, element template channel-status-notice.json): tells the case's channel
 * of a step the administrator's process reports, with the text of the task's input parameter
 * {@code noticeText}. Queued in the outbox like every other status, so the process never waits
 * for the channel's system; a channel without a callback gets nothing.
 */
@Component("channelStatusNotice")
class ChannelStatusNotice implements JavaDelegate {

    private final StatusCallbackRecorder recorder;
    private final Clock clock;

    ChannelStatusNotice(StatusCallbackRecorder recorder, Clock clock) {
        this.recorder = recorder;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNo = CaseKey.of(execution);
        Object text = execution.getVariableLocal(NOTICE_TEXT);
        if (!(text instanceof String notice) || notice.isBlank()) {
            throw new IllegalStateException("Case " + caseNo + ": service task " + execution.getCurrentActivityId()
                    + " (channelStatusNotice) has no input parameter " + NOTICE_TEXT + " with the text to send");
        }
        recorder.queue(caseNo, StatusStep.NOTICE, () -> notice, OffsetDateTime.now(clock));
    }
}
