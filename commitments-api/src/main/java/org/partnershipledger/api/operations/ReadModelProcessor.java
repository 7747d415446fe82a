package org.partnershipledger.api.operations;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.partnershipledger.projections.Ledger;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeoutException;

/**
 * The processor that feeds every read model: how far behind the event store it is, and a rebuild from scratch —
 * the reset handlers empty the tables, the tokens go back to the start of the store, every event is applied again.
 * Reads keep being answered meanwhile.
 */
@Component
public class ReadModelProcessor {

    private final EventProcessingConfiguration processing;
    private final EventStore events;

    ReadModelProcessor(EventProcessingConfiguration processing, EventStore events) {
        this.processing = processing;
        this.events = events;
    }

    public void stop() {
        processor().shutDown();
    }

    public void start() {
        processor().start();
    }

    /** How far the slowest segment has got: the position in the event store of the last event it applied. */
    public long position() {
        return processor().processingStatus().values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(0)).min().orElse(0);
    }

    /** The position of the newest event in the store. */
    public long head() {
        return position(events.createHeadToken()).orElse(0);
    }

    /** Whether the read models have applied every event now in the store. */
    public boolean caughtUp() {
        return lag() == 0;
    }

    /**
     * How many positions of the event store the slowest segment still has to apply; {@code Long.MAX_VALUE} while the
     * processor holds no segment (not started, or another node holds them all).
     */
    public long lag() {
        OptionalLong head = position(events.createHeadToken());
        if (head.isEmpty()) {
            return 0;
        }
        Map<Integer, EventTrackerStatus> status = processor().processingStatus();
        if (status.isEmpty()) {
            return Long.MAX_VALUE;
        }
        long slowest = status.values().stream()
                .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                .min().orElse(-1);
        return Math.max(0, head.getAsLong() - slowest);
    }

    public boolean isRunning() {
        return processor().isRunning();
    }

    public boolean holdsSegments() {
        return !processor().processingStatus().isEmpty();
    }

    /** How many partnerships have events parked in the dead-letter queue. */
    public long partnershipsWithDeadLetters() {
        return processing.deadLetterQueue(Ledger.PROCESSING_GROUP).map(q -> q.amountOfSequences()).orElse(0L);
    }

    public void awaitCaughtUp(Duration limit) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!caughtUp()) {
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("read models not caught up after " + limit);
            }
            Thread.sleep(20);
        }
    }

    private StreamingEventProcessor processor() {
        return processing.eventProcessor(Ledger.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow(() -> new IllegalStateException("no processor " + Ledger.PROCESSING_GROUP));
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
