package org.zongzhi.casehandling.callbacks;

import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.zongzhi.casehandling.directory.ChannelCallback;
import org.zongzhi.casehandling.directory.Directory;
import org.zongzhi.casehandling.settings.Settings;

/**
 * Delivers the outbox after commit, on every node: each round claims due updates with
 * {@code FOR UPDATE SKIP LOCKED} (two nodes never take the same row), only the earliest
 * undelivered update of each case (order per case), and keeps the row lock while sending, so a
 * node that dies mid-way leaves the row to the next round. A failure waits retryBase, doubled
 * each time up to retryMax, and is tried again for ever: the administrator sees it as stuck.
 * A crash after the channel answered but before the commit repeats that update once more, with
 * the same Idempotency-Key.
 */
@Component
class StatusCallbackPoller {

    private static final Logger log = LoggerFactory.getLogger(StatusCallbackPoller.class);

    private final StatusCallbackMapper outbox;
    private final Directory directory;
    private final ChannelStatusClient client;
    private final TransactionTemplate transaction;
    private final Settings.Callbacks settings;

    StatusCallbackPoller(StatusCallbackMapper outbox, Directory directory, ChannelStatusClient client,
                         PlatformTransactionManager transactions, Settings settings) {
        this.outbox = outbox;
        this.directory = directory;
        this.client = client;
        this.transaction = new TransactionTemplate(transactions);
        this.settings = settings.callbacks();
    }

    @Scheduled(fixedDelayString = "${zongzhi.callbacks.poll-interval:PT1S}")
    void poll() {
        try {
            Integer delivered;
            do {
                delivered = transaction.execute(status -> deliverRound());
            } while (delivered != null && delivered > 0);
        } catch (RuntimeException e) {
            // The database was away; the next round tries again.
            log.warn("Status callbacks: round failed: {}", e.toString());
        }
    }

    /** One round: returns how many updates were delivered (0 ends the rounds for now). */
    int deliverRound() {
        List<StatusCallback> due = outbox.claimDue(settings.batch());
        int delivered = 0;
        for (StatusCallback update : due) {
            try {
                ChannelCallback callback = directory.channelCallback(update.channel()).orElseThrow(
                        () -> new IllegalStateException("目录中已无渠道 " + update.channel() + " 的回调地址"));
                client.deliver(callback, update);
                outbox.markDelivered(update.id());
                delivered++;
            } catch (RuntimeException e) {
                long delay = backoff(update.attempts() + 1).toMillis();
                outbox.markFailed(update.id(), e.getMessage(), delay);
                log.warn("Status callback {} of case {} to channel {} failed (attempt {}), next in {} ms: {}",
                        update.step(), update.caseNo(), update.channel(), update.attempts() + 1, delay, e.getMessage());
            }
        }
        return delivered;
    }

    /** retryBase after the first failure, doubled after each further one, at most retryMax. */
    Duration backoff(int failures) {
        Duration wait = settings.retryBase();
        for (int i = 1; i < failures && wait.compareTo(settings.retryMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.retryMax()) > 0 ? settings.retryMax() : wait;
    }
}
