package org.zongzhi.casehandling.callbacks;

import java.util.Optional;
import org.zongzhi.casehandling.cases.CaseChanged;
import org.zongzhi.casehandling.cases.CaseStatus;
import org.zongzhi.casehandling.cases.TrailEvent;

/** The moments a channel's own system is told about its case (事事有回音), with the word it reads. */
enum StatusStep {
    ACCEPTED("已受理"),
    ASSIGNED("已交办"),
    EXTENDED("已延期"),
    /** Handling is over and the result is to be told to the citizen (反馈结果). */
    CONCLUDED("已办理完毕"),
    CLOSED("已办结"),
    /** A step an administrator's process reports with the channelStatusNotice service task. */
    NOTICE("进展通知");

    private final String label;

    StatusStep(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }

    /** The step a change of the ledger stands for, if the channel is told about it. */
    static Optional<StatusStep> of(CaseChanged change) {
        TrailEvent kind = change.kind();
        if (kind == TrailEvent.REGISTERED) {
            return Optional.of(ACCEPTED);
        }
        if (kind == TrailEvent.DISPATCHED) {
            return Optional.of(ASSIGNED);
        }
        if (kind == TrailEvent.EXTENDED) {
            return Optional.of(EXTENDED);
        }
        if (kind == TrailEvent.TASK_CREATED && change.status() == CaseStatus.FEEDBACK) {
            return Optional.of(CONCLUDED);
        }
        if (kind == TrailEvent.CLOSED) {
            return Optional.of(CLOSED);
        }
        return Optional.empty();
    }
}
