package org.partnershipledger.api.config;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.AbstractSnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;

/**
 * Snapshots a partnership after {@code minimum} events, or after a fiftieth of its history when that is more.
 *
 * <p>A snapshot holds the partnership's whole state, which grows with its history; taken every fixed number of
 * events, their total cost grows with the square of the history (and the embedded database's file with it). Spaced
 * in proportion to the history, each event pays a constant share of snapshotting, and loading a partnership that is
 * not in the cache reads its latest snapshot and at most a fiftieth of its events.
 */
final class GrowingSnapshots implements SnapshotTriggerDefinition {

    static final int SHARE_OF_HISTORY = 50;

    private final Snapshotter snapshotter;
    private final int minimum;

    GrowingSnapshots(Snapshotter snapshotter, int minimum) {
        if (minimum < 1) {
            throw new IllegalArgumentException("snapshots need at least one event between them, was " + minimum);
        }
        this.snapshotter = snapshotter;
        this.minimum = minimum;
    }

    /** How many events after a snapshot taken at this sequence number the next one is due. */
    static long spacing(long sequenceNumber, int minimum) {
        return Math.max(minimum, (sequenceNumber + 1) / SHARE_OF_HISTORY);
    }

    @Override
    public SnapshotTrigger prepareTrigger(Class<?> aggregateType) {
        return new Trigger(snapshotter, aggregateType, minimum);
    }

    @Override
    public SnapshotTrigger reconfigure(Class<?> aggregateType, SnapshotTrigger trigger) {
        if (trigger instanceof Trigger growing) {
            growing.setSnapshotter(snapshotter);
            return growing;
        }
        return prepareTrigger(aggregateType);
    }

    private static final class Trigger extends AbstractSnapshotTrigger {

        private static final long serialVersionUID = 1L;

        private final int minimum;
        private long counter;
        private long sequenceNumber;

        Trigger(Snapshotter snapshotter, Class<?> aggregateType, int minimum) {
            super(snapshotter, aggregateType);
            this.minimum = minimum;
        }

        @Override
        public void eventHandled(EventMessage<?> event) {
            if (event instanceof DomainEventMessage<?> domainEvent) {
                sequenceNumber = domainEvent.getSequenceNumber();
            }
            super.eventHandled(event);
        }

        @Override
        protected boolean exceedsThreshold() {
            return ++counter >= spacing(sequenceNumber, minimum);
        }

        @Override
        protected void reset() {
            counter = 0;
        }
    }
}
