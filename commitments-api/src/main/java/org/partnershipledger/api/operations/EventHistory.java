package org.partnershipledger.api.operations;

import org.axonframework.common.stream.BlockingStream;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

/**
 * Every event in the event store, in the store's order, up to a position: what a rebuild applies. Through the JDBC
 * event store it is read by {@link StoredEventHistory}; otherwise (Axon Server) through the event store's stream.
 */
public interface EventHistory {

    /** Hands each event, up to and including the one at {@code until}, to {@code each}, in order. */
    void read(long until, Each each) throws InterruptedException;

    /** Takes each event of a history in turn. */
    interface Each {
        void accept(TrackedEventMessage<?> event) throws InterruptedException;
    }

    /** The history as the event store streams it to a tracking processor from the start. */
    static EventHistory streamedBy(EventStore events) {
        return (until, each) -> {
            try (BlockingStream<TrackedEventMessage<?>> stream = events.openStream(null)) {
                while (true) {
                    TrackedEventMessage<?> event = stream.nextAvailable();
                    each.accept(event);
                    if (event.trackingToken().position().orElse(0) >= until) {
                        return;
                    }
                }
            }
        };
    }
}
