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
 * Rebuilds every read model from the event store: the processor's reset handlers empty the tables, its tokens go
 * back to the start of the store, and it replays every event. Reads keep being answered meanwhile.
 */
@Component
public class ReadModelRebuild {

    private final EventProcessingConfiguration processing;
    private final EventStore events;

    ReadModelRebuild(EventProcessingConfiguration processing, EventStore events) {
        this.processing = processing;
        this.events = events;
    }

    public void start() {
        StreamingEventProcessor processor = processor();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }

    /** Whether the read models have applied every event now in the store. */
    public boolean caughtUp() {
        OptionalLong head = position(events.createHeadToken());
        if (head.isEmpty()) {
            return true;
        }
        Map<Integer, EventTrackerStatus> status = processor().processingStatus();
        return !status.isEmpty() && status.values().stream()
                .allMatch(s -> s.getCurrentPosition().orElse(-1) >= head.getAsLong());
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
