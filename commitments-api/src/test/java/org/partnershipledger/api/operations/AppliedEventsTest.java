package org.partnershipledger.api.operations;

import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericTrackedDomainEventMessage;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.Segment;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rebuild applies exactly the events the read-model processor had applied: those at positions its segment's token
 * has passed, except the token's gaps — however the event's own token was made.
 */
class AppliedEventsTest {

    @Test
    void eventsUpToTheTokenAreAppliedButNotItsGaps() {
        Map<Segment, TrackingToken> claimed = Map.of(Segment.ROOT_SEGMENT,
                GapAwareTrackingToken.newInstance(10, new TreeSet<>(List.of(5L, 8L))));

        for (long position = 0; position <= 12; position++) {
            boolean expected = position <= 10 && position != 5 && position != 8;
            assertThat(Rebuilds.applied(claimed, event("p-1", position))).as("position " + position)
                    .isEqualTo(expected);
        }
    }

    /**
     * Read once the processor's gaps were filled, an event after them carries no gaps; Axon's {@code covers} would
     * then say the processor had not applied it, and the rebuild would have left it out.
     */
    @Test
    void anEventAfterAFilledGapIsStillApplied() {
        GapAwareTrackingToken processor = GapAwareTrackingToken.newInstance(10, new TreeSet<>(List.of(5L)));
        TrackedEventMessage<?> after = event("p-1", 7);

        assertThat(processor.covers(after.trackingToken())).as("Axon's answer").isFalse();
        assertThat(Rebuilds.applied(Map.of(Segment.ROOT_SEGMENT, processor), after)).isTrue();
    }

    @Test
    void eachEventIsJudgedByTheTokenOfItsPartnershipsSegment() {
        Segment[] halves = Segment.ROOT_SEGMENT.split();
        Map<Segment, TrackingToken> claimed = new HashMap<>();
        claimed.put(halves[0], GapAwareTrackingToken.newInstance(10, Collections.emptySortedSet()));
        claimed.put(halves[1], null);

        int judged = 0;
        for (int partnership = 0; partnership < 50; partnership++) {
            String id = "p-" + partnership;
            boolean firstHalf = halves[0].matches(id);
            assertThat(Rebuilds.applied(claimed, event(id, 3))).as(id).isEqualTo(firstHalf);
            judged += firstHalf ? 1 : 0;
        }
        assertThat(judged).as("both halves met").isBetween(1, 49);
    }

    @Test
    void otherTokensAreAskedWhetherTheyCoverTheEvent() {
        Map<Segment, TrackingToken> claimed = Map.of(Segment.ROOT_SEGMENT, new GlobalSequenceTrackingToken(10));
        TrackedEventMessage<?> at10 = new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(10),
                new GenericDomainEventMessage<>("Partnership", "p-1", 10, "payload"));
        TrackedEventMessage<?> at11 = new GenericTrackedDomainEventMessage<>(new GlobalSequenceTrackingToken(11),
                new GenericDomainEventMessage<>("Partnership", "p-1", 11, "payload"));

        assertThat(Rebuilds.applied(claimed, at10)).isTrue();
        assertThat(Rebuilds.applied(claimed, at11)).isFalse();
    }

    private static TrackedEventMessage<?> event(String partnership, long position) {
        return new GenericTrackedDomainEventMessage<>(
                GapAwareTrackingToken.newInstance(position, Collections.emptySortedSet()),
                new GenericDomainEventMessage<>("Partnership", partnership, position, "payload"));
    }
}
