package org.partnershipledger.api.config;

import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.SnapshotTrigger;
import org.junit.jupiter.api.Test;
import org.partnershipledger.core.partnership.Partnership;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Snapshots come every so many events while a partnership is young, then every fiftieth of its history. */
class GrowingSnapshotsTest {

    @Test
    void snapshotsAreSpacedInProportionToTheHistory() {
        List<Long> snapshotsAfter = new ArrayList<>();
        long[] sequence = {0};
        GrowingSnapshots snapshots = new GrowingSnapshots((type, id) -> snapshotsAfter.add(sequence[0]), 100);
        SnapshotTrigger trigger = snapshots.prepareTrigger(Partnership.class);
        trigger.initializationFinished();
        for (; sequence[0] < 100_000; sequence[0]++) {
            trigger.eventHandled(new GenericDomainEventMessage<>("Partnership", "p", sequence[0], "event"));
        }

        assertThat(snapshotsAfter.get(0)).as("the first after the minimum number of events").isEqualTo(99);
        assertThat(snapshotsAfter.subList(0, 50)).as("every 100 events while the history is short")
                .allSatisfy(s -> assertThat((s + 1) % 100).isZero());
        for (int i = 1; i < snapshotsAfter.size(); i++) {
            long previous = snapshotsAfter.get(i - 1);
            long gap = snapshotsAfter.get(i) - previous;
            assertThat(gap).isGreaterThanOrEqualTo(100).isGreaterThanOrEqualTo((previous + 1) / 50);
            assertThat(gap).isLessThanOrEqualTo(Math.max(100, (snapshotsAfter.get(i) + 1) / 50));
        }
        // a fixed spacing of 100 would have taken 1,000 snapshots, each of a state that grows with the history
        assertThat(snapshotsAfter).hasSizeBetween(190, 215);
        long last = snapshotsAfter.get(snapshotsAfter.size() - 1);
        assertThat(100_000 - 1 - last).as("events to read after the latest snapshot").isLessThan(100_000 / 50);
    }

    @Test
    void aTriggerReconfiguredAfterDeserialisationKeepsItsCount() {
        List<String> scheduled = new ArrayList<>();
        GrowingSnapshots snapshots = new GrowingSnapshots((type, id) -> scheduled.add(id), 3);
        SnapshotTrigger trigger = snapshots.prepareTrigger(Partnership.class);
        trigger.eventHandled(new GenericDomainEventMessage<>("Partnership", "p", 0, "event"));
        trigger.eventHandled(new GenericDomainEventMessage<>("Partnership", "p", 1, "event"));
        SnapshotTrigger reconfigured = snapshots.reconfigure(Partnership.class, trigger);
        reconfigured.eventHandled(new GenericDomainEventMessage<>("Partnership", "p", 2, "event"));
        assertThat(scheduled).containsExactly("p");
    }
}
