package org.zongzhi.casehandling.callbacks;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zongzhi.casehandling.cases.CaseChanged;
import org.zongzhi.casehandling.directory.Directory;

/**
 * Puts a status update for the case's channel into the outbox, in the transaction of the case
 * change itself: the update exists exactly when the change does, and nothing here waits for the
 * channel's system. Every change of the ledger passes here (CaseLedger publishes CaseChanged).
 */
@Component
class StatusCallbackRecorder {

    private final StatusCallbackMapper outbox;
    private final Directory directory;

    StatusCallbackRecorder(StatusCallbackMapper outbox, Directory directory) {
        this.outbox = outbox;
        this.directory = directory;
    }

    @EventListener
    void on(CaseChanged change) {
        StatusStep.of(change).ifPresent(step -> record(change, step));
    }

    private void record(CaseChanged change, StatusStep step) {
        // 办理完毕 carries the result the unit (or mediator, or court) recorded on its last step.
        queue(change.caseNo(), step, step == StatusStep.CONCLUDED
                ? () -> outcome(outbox.lastCompletion(change.caseNo())) : change::detail, change.at());
    }

    /**
     * Queues one update for the case's channel, if it takes updates; must run in the transaction
     * of the change it reports.
     */
    void queue(String caseNo, StatusStep step, java.util.function.Supplier<String> text,
               java.time.OffsetDateTime at) {
        StatusCallbackMapper.CaseSource source = outbox.lockCase(caseNo);
        if (source == null) {
            throw new IllegalStateException("Case " + caseNo + " has a status update (" + step
                    + ") but is not in the ledger");
        }
        if (directory.channelCallback(source.channel()).isEmpty()) {
            return;
        }
        String result = text.get();
        outbox.insert(caseNo, source.channel(), source.externalRef(), step,
                result == null || result.isBlank() ? step.label() : result, at);
    }

    /** "完成：办理交办事项：人民调解，调解成功" → the step and its result, as the channel reads it. */
    private static String outcome(String completion) {
        return completion == null ? null : completion.replaceFirst("^完成：", "");
    }
}
