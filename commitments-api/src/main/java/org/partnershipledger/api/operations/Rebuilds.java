package org.partnershipledger.api.operations;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.time.Instant;

/**
 * Rebuilds of the read models, one at a time, with their progress: events applied of the events in the store, the
 * rate, and an estimate of the time left — answered over the API and logged every few seconds while it runs.
 */
@Component
public class Rebuilds {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuilds.class);

    private final ReadModelProcessor processor;
    private Instant startedAt;
    private Instant finishedAt;
    private long total;
    private Instant lastLogged = Instant.EPOCH;

    Rebuilds(ReadModelProcessor processor) {
        this.processor = processor;
    }

    /** Where a rebuild stands. {@code state} is IDLE (none yet), RUNNING or DONE. */
    public record Progress(String state, long eventsApplied, long eventsTotal, double eventsPerSecond,
                           Long secondsLeft, Instant startedAt, Instant finishedAt) {
    }

    public synchronized Progress start() {
        if (startedAt != null && finishedAt == null) {
            return progress();
        }
        total = processor.head();
        startedAt = Instant.now();
        finishedAt = null;
        processor.rebuild();
        LOG.info("read-model rebuild started: {} events to apply", total);
        return progress();
    }

    public synchronized Progress progress() {
        if (startedAt == null) {
            return new Progress("IDLE", 0, 0, 0, null, null, null);
        }
        long applied = Math.min(total, processor.position());
        if (finishedAt == null && applied >= total && processor.caughtUp()) {
            finishedAt = Instant.now();
            LOG.info("read-model rebuild done: {} events in {}", total, Duration.between(startedAt, finishedAt));
        }
        Instant until = finishedAt == null ? Instant.now() : finishedAt;
        double seconds = Math.max(0.001, Duration.between(startedAt, until).toMillis() / 1000.0);
        double rate = applied / seconds;
        Long left = finishedAt != null ? Long.valueOf(0) : rate > 0 ? Long.valueOf(Math.round((total - applied) / rate))
                : null;
        return new Progress(finishedAt == null ? "RUNNING" : "DONE", applied, total, Math.round(rate * 10) / 10.0,
                left, startedAt, finishedAt);
    }

    /** Notices the end of a rebuild within a quarter of a second, and logs progress every two seconds. */
    @Scheduled(fixedDelay = 250)
    void watch() {
        Progress now = progress();
        if ("RUNNING".equals(now.state()) && Instant.now().isAfter(lastLogged.plusSeconds(2))) {
            lastLogged = Instant.now();
            LOG.info("read-model rebuild: {} of {} events, {} events/s, about {} s left", now.eventsApplied(),
                    now.eventsTotal(), now.eventsPerSecond(), now.secondsLeft());
        }
    }
}
